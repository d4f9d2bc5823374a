/** Locale-aware formatting with Intl, cached per locale. No DOM. */
import type { Converter } from '../data/currency.js';
import type { Locale } from '../data/locales.js';

export interface Formatter {
  locale: Locale;
  money(amount: number, currency: string): string;
  /** A converted or otherwise approximate amount: "≈ €6,300". */
  approx(amount: string): string;
  number(value: number): string;
  /** "a, b and c" (conjunction) or "a, b or c" (disjunction). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  country(code: string): string;
  /** A partial ISO date ("2025", "2025-03", "2022-10-30") as the locale writes it. */
  partialDate(date: string): string;
  duration(amount: number, unit: 'days' | 'months' | 'years'): string;
  /** "90–180 days", "90–180 дней": one unit, the plural the language gives the range. */
  durationRange(min: number, max: number, unit: 'days' | 'months' | 'years'): string;
  /** A cached unit formatter ("5 weeks", "5–7 weeks" with formatRange). */
  unit(unit: 'day' | 'week' | 'month' | 'year'): Intl.NumberFormat;
}

/**
 * The one way an amount is written with its conversions: "€3,480", or "ISK 1,000,000 (≈ €6,863, ≈ $7,146)". The
 * amount in its own currency first; each other currency given (none twice, not its own) rounded and marked ≈.
 */
export function moneyAlso(
  f: Formatter,
  convert: Converter,
  amount: number,
  currency: string,
  also: readonly (string | undefined)[],
): string {
  const own = f.money(amount, currency);
  const targets = [...new Set(also)].filter((c): c is string => !!c && c !== currency);
  if (!targets.length) return own;
  return `${own} (${targets.map((target) => f.approx(f.money(Math.round(convert(amount, currency, target).amount), target))).join(', ')})`;
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

/** A value made on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * A formatted string kept by its inputs. `Intl` formatting is slow enough to show when a widget re-renders at
 * each keystroke (23 results, each with its thresholds, shortfalls and lists), and a render asks for the same
 * strings as the last one. Bounded: the cache starts again once it holds 500 strings.
 */
function remembered<A extends unknown[]>(key: (...args: A) => string, make: (...args: A) => string): (...args: A) => string {
  const made = new Map<string, string>();
  return (...args) => {
    const k = key(...args);
    let text = made.get(k);
    if (text === undefined) {
      if (made.size >= 500) made.clear();
      made.set(k, (text = make(...args)));
    }
    return text;
  };
}

function createFormatter(locale: Locale): Formatter {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  // Each Intl object is made on first use: the first of each kind on a page loads locale data (see warmUpSteps).
  const numbers = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const lists = {
    conjunction: lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' })),
    disjunction: lazy(() => new Intl.ListFormat(locale, { type: 'disjunction' })),
  };
  const dates = {
    month: lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })),
    day: lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })),
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
    approx: (amount) => `≈ ${amount}`,
    money: remembered(
      (amount: number, currency: string) => `${currency} ${amount}`,
      (amount, currency) => {
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
    ),
    number: (value) => numbers().format(value),
    list: remembered(
      (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') => `${type}\u0000${items.join('\u0000')}`,
      (items, type = 'conjunction') => lists[type]().format(items),
    ),
    country(code) {
      let name = countryNames.get(code);
      if (name === undefined) {
        try {
          name = regions().of(code.toUpperCase()) ?? code;
        } catch {
          name = code; // not a well-formed region code: show it as given
        }
        countryNames.set(code, name);
      }
      return name;
    },
    partialDate(date) {
      const [year, month, day] = date.split('-').map(Number);
      if (!month) return String(year);
      return (day ? dates.day() : dates.month()).format(Date.UTC(year, month - 1, day || 1));
    },
    duration: (amount, name) => unit(units[name]).format(amount),
    durationRange: (min, max, name) => unit(units[name]).formatRange(min, max),
    unit,
  };
}

const warmed = new Set<string>();

/**
 * The first Intl object of each kind a page makes loads that kind's data: on a phone (CPU 4x slower) about 50 ms
 * for a number format, 5–10 ms for a date format, region names or a list format. Run before a widget's first
 * render, each step in a task of its own, these leave the render task. Returns only the steps not yet run.
 */
export function warmUpSteps(locale: Locale): (() => void)[] {
  const f = formatter(locale);
  const steps: Record<string, () => unknown> = {
    number: () => f.money(1, 'EUR'),
    date: () => f.partialDate('2025-01'),
    region: () => f.country('de'),
    list: () => f.list(['a', 'b']),
  };
  return Object.entries(steps)
    .filter(([kind]) => !warmed.has(`${locale}:${kind}`))
    .map(([kind, step]) => () => {
      warmed.add(`${locale}:${kind}`);
      step();
    });
}
