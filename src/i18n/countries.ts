/** Every country as { code, name } in the locale's alphabetical order, for select lists. */
import { COUNTRY_CODES } from '../data/iso-countries.js';
import type { Locale } from '../data/locales.js';
import { formatter } from './format.js';

const cache = new Map<Locale, { code: string; name: string }[]>();

/**
 * Territories nobody is a citizen of and no company is registered in: Antarctica, Bouvet Island, Heard and
 * McDonald Islands, South Georgia, the French Southern Territories and the US Minor Outlying Islands.
 */
const UNINHABITED = new Set(['aq', 'bv', 'hm', 'gs', 'tf', 'um']);

/** Every country people hold a passport of, as { code, name } in the locale's alphabetical order. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (!list) {
    const f = formatter(locale);
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.filter((code) => !UNINHABITED.has(code))
      .map((code) => ({ code, name: f.country(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  return list;
}

const baseCollators = new Map<Locale, Intl.Collator>();

/**
 * The country whose name was typed, in the locale's language, ignoring case and accents ("turkiye",
 * "Türkiye"); undefined while it names none.
 */
export function countryByName(locale: Locale, text: string): string | undefined {
  const typed = text.trim();
  if (!typed) return undefined;
  let collator = baseCollators.get(locale);
  if (!collator) baseCollators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
  return countryOptions(locale).find((option) => collator.compare(option.name, typed) === 0)?.code;
}

const currencyCache = new Map<Locale, { code: string; name: string }[]>();

/** Every currency the dataset can convert, as { code, name } ("GBP", "British Pound"), sorted by code. */
export function currencyOptions(locale: Locale, codes: readonly string[]): { code: string; name: string }[] {
  let list = currencyCache.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    list = [...codes].sort().map((code) => ({ code, name: names.of(code) ?? code }));
    currencyCache.set(locale, list);
  }
  return list;
}
