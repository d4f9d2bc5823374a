import raw from '../../data/visas.json';
import { walkTexts } from '../../src/data/fallback.js';
import { LOCALES, type Locale } from '../../src/data/locales.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the bundled dataset with every text in `language` only, declared as its default language. */
export function datasetIn(language: Locale): Json {
  const data: Json = JSON.parse(JSON.stringify(raw));
  walkTexts(data, [], (_path, texts) => {
    for (const locale of LOCALES) if (locale !== language) delete texts[locale];
  });
  data.defaultLanguage = language;
  return data;
}
