/**
 * Every language's catalogue, built in: the single-file bundle, the ES module build and the tests use this.
 * `Record<Locale, …>` makes a missing language a type error. The loader's build swaps this module for
 * src/loader/languages.ts, which fetches one language at a time (see rollup.config.mjs); both export the same.
 */
import type { Locale } from '../../data/locales.js';
import type { Catalogue } from '../catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** For the tests of the catalogues; widgets ask through messages(). */
export const catalogues: Record<Locale, Catalogue> = { en, de, ru };

export function messages(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** Whether a language's texts (interface and data) are here. Built in: always. */
export function languageReady(_locale: Locale): boolean {
  return true;
}

/** Fetches a language's texts; resolves false if they could not be had. Built in: nothing to fetch. */
export function loadLanguage(_locale: Locale): Promise<boolean> {
  return Promise.resolve(true);
}
