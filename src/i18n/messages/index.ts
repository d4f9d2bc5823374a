/**
 * Every language's catalogue, built in: the single-file bundle, the ES module build and the tests use this.
 * `Record<Locale, …>` makes a missing language a type error. The loader's build swaps this module for
 * src/loader/languages.ts, which fetches one language at a time (see rollup.config.mjs); both export the same.
 */
import type { Locale } from '../../data/locales.js';
import type { Catalogue } from '../catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { engineDe } from './engine-de.js';
import { engineEn } from './engine-en.js';
import { engineRu } from './engine-ru.js';
import { ru } from './ru.js';

/** For the tests of the catalogues; widgets ask through messages(). */
export const catalogues: Record<Locale, Catalogue> = {
  en: { ...en, engine: engineEn },
  de: { ...de, engine: engineDe },
  ru: { ...ru, engine: engineRu },
};

export function messages(locale: Locale): Catalogue {
  return catalogues[locale];
}

/**
 * Whether a language's texts (interface and data, and with `engine` the rule engine's) are here. Built in:
 * always. The loader fetches the engine's texts apart, for <visa-eligibility> and the API only.
 */
export function languageReady(_locale: Locale, _engine = false): boolean {
  return true;
}

/** Fetches a language's texts (with `engine`, the engine's too); resolves false if they could not be had. Built in: nothing to fetch. */
export function loadLanguage(_locale: Locale, _engine = false): Promise<boolean> {
  return Promise.resolve(true);
}

/** Calls `listener` when a language's texts arrive after their deadline (see src/loader/languages.ts). Built in: never. */
export function onLateLanguage(_listener: () => void): () => void {
  return () => undefined;
}
