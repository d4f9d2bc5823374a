/** Every country as { code, name } in the locale's alphabetical order, for select lists. */
import { COUNTRY_CODES } from '../data/iso-countries.js';
import type { Locale } from '../data/locales.js';
import { formatter } from './format.js';

const cache = new Map<Locale, { code: string; name: string }[]>();

export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (!list) {
    const f = formatter(locale);
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: f.country(code) })).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  return list;
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
