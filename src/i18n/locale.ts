/** Picks the supported locale for a language tag: `de-AT` → `de`, `fr` → the default. */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../data/locales.js';

export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}
