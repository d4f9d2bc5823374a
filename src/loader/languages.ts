/**
 * The languages as the loader's build ships them (swapped in for src/i18n/messages/index.ts): a language's
 * interface catalogue and dataset texts are fetched, as one file from the loader's folder, the first time a
 * widget shows that language. Exports the same as src/i18n/messages/index.ts.
 */
import type { Locale } from '../data/locales.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { addTexts } from './dataset.js';

interface Language {
  catalogue: Catalogue;
  default: string[];
}

const files: Record<Locale, () => Promise<Language>> = {
  en: () => import('nomad-visa:language/en'),
  de: () => import('nomad-visa:language/de'),
  ru: () => import('nomad-visa:language/ru'),
};

/** The languages loaded so far (the built-in module's `catalogues` has all three). */
export const catalogues: Record<Locale, Catalogue> = {} as Record<Locale, Catalogue>;
const loads = new Map<Locale, Promise<boolean>>();

/** A language's catalogue; a widget asks only once languageReady() says so (else: any loaded one). */
export function messages(locale: Locale): Catalogue {
  return catalogues[locale] ?? catalogues.en ?? Object.values(catalogues)[0];
}

export function languageReady(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Fetches a language once; resolves false (and warns once) if its file could not be had. */
export function loadLanguage(locale: Locale): Promise<boolean> {
  let load = loads.get(locale);
  if (!load) {
    load = files[locale]().then(
      ({ catalogue, default: texts }) => {
        addTexts(locale, texts);
        catalogues[locale] = catalogue;
        return true;
      },
      (error: unknown) => {
        console.warn(`nomad-visa-widgets: the texts for lang="${locale}" could not be loaded: ${String(error)}`);
        return false;
      },
    );
    loads.set(locale, load);
  }
  return load;
}
