/** Locale-aware formatting with Intl, cached per locale. No DOM. */
import type { Locale } from '../data/locales.js';

export interface Formatter {
  locale: Locale;
  money(amount: number, currency: string): string;
  number(value: number): string;
  /** "a, b and c" (conjunction) or "a, b or c" (disjunction). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  country(code: string): string;
  duration(amount: number, unit: 'days' | 'months' | 'years'): string;
  /** "90–180 days", "90–180 дней": one unit, the plural the language gives the range. */
  durationRange(min: number, max: number, unit: 'days' | 'months' | 'years'): string;
  /** A cached unit formatter ("5 weeks", "5–7 weeks" with formatRange). */
  unit(unit: 'day' | 'week' | 'month' | 'year'): Intl.NumberFormat;
}

const cache = new Map<Locale, Formatter>();

export function formatter(locale: Locale): Formatter {
  let f = cache.get(locale);
  if (!f) {
    f = createFormatter(locale);
    cache.set(locale, f);
  }
  return f;
}

function createFormatter(locale: Locale): Formatter {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  const units = { days: 'day', months: 'month', years: 'year' } as const;
  const unitFormats = new Map<string, Intl.NumberFormat>();
  // Intl.DisplayNames.of is slow enough to show up when a form re-renders: look each country up once.
  const countryNames = new Map<string, string>();
  const unit = (name: string) => {
    let format = unitFormats.get(name);
    if (!format) unitFormats.set(name, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' })));
    return format;
  };
  return {
    locale,
    money(amount, currency) {
      // Whole amounts without decimals; amounts with cents keep two (Croatia: 2,539.31 EUR).
      const key = `${currency}:${Number.isInteger(amount) ? 0 : 2}`;
      let format = moneyFormats.get(key);
      if (!format) {
        const digits = Number.isInteger(amount) ? 0 : 2;
        format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        moneyFormats.set(key, format);
      }
      return format.format(amount);
    },
    number: (value) => numbers.format(value),
    list: (items, type = 'conjunction') => lists[type].format(items),
    country(code) {
      let name = countryNames.get(code);
      if (name === undefined) {
        try {
          name = regions.of(code.toUpperCase()) ?? code;
        } catch {
          name = code; // not a well-formed region code: show it as given
        }
        countryNames.set(code, name);
      }
      return name;
    },
    duration: (amount, name) => unit(units[name]).format(amount),
    durationRange: (min, max, name) => unit(units[name]).formatRange(min, max),
    unit,
  };
}
