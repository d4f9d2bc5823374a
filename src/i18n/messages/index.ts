/** One catalogue per supported locale; `Record<Locale, …>` makes a missing language a type error. */
import type { Locale } from '../../data/locales.js';
import type { Catalogue } from '../catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { ru } from './ru.js';

export const catalogues: Record<Locale, Catalogue> = { en, de, ru };

export function messages(locale: Locale): Catalogue {
  return catalogues[locale];
}
