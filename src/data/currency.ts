/** Currency conversion with the dataset's dated rates. Converted amounts are always marked approximate. */
import type { Currency, ExchangeRate } from './schema.js';
import { CURRENCIES } from './vocabulary.js';

export interface ConvertedAmount {
  amount: number;
  currency: Currency;
  /** True whenever a rate was applied: rates are dated references, not live prices. */
  approximate: boolean;
  /** As-of date of the older rate used (absent when nothing was converted). */
  asOf?: string;
  /** Sources of the rates used. */
  sources: string[];
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

export type Converter = (amount: number, from: string, to: string) => ConvertedAmount;

/** Builds `convert(amount, from, to)` over the primary rate of each currency. */
export function createConverter(rates: readonly ExchangeRate[]): Converter {
  const byCurrency = new Map<string, ExchangeRate>();
  for (const rate of rates) if (rate.primary) byCurrency.set(rate.currency, rate);

  const rateFor = (currency: string, argument: string): ExchangeRate | undefined => {
    if (currency === 'EUR') return undefined;
    const rate = byCurrency.get(currency);
    if (!rate) throw new RangeError(`convert: no exchange rate for ${argument} currency "${currency}"`);
    return rate;
  };

  return (amount, from, to) => {
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      throw new TypeError(`convert: amount must be a finite number, got ${String(amount)}`);
    }
    const fromRate = rateFor(from, 'source');
    const toRate = rateFor(to, 'target');
    const currency = to as Currency;
    if (from === to) return { amount, currency, approximate: false, sources: [] };
    const eur = fromRate ? (amount * fromRate.eur) / fromRate.amount : amount;
    const converted = toRate ? (eur * toRate.amount) / toRate.eur : eur;
    const used = [fromRate, toRate].filter((rate): rate is ExchangeRate => rate !== undefined);
    return {
      amount: converted,
      currency,
      approximate: true,
      asOf: used.map((rate) => rate.asOf).sort()[0],
      sources: [...new Set(used.flatMap((rate) => rate.sources))],
    };
  };
}

const EURO_AREA = 'ad at be cy de ee es fi fr gr hr ie it lt lu lv mc me mt nl pt si sk sm va xk'.split(' ');
const NATIONAL: Record<string, Currency> = {
  us: 'USD',
  jp: 'JPY',
  bg: 'BGN',
  cz: 'CZK',
  dk: 'DKK',
  gb: 'GBP',
  hu: 'HUF',
  pl: 'PLN',
  ro: 'RON',
  se: 'SEK',
  ch: 'CHF',
  li: 'CHF',
  is: 'ISK',
  no: 'NOK',
  tr: 'TRY',
  au: 'AUD',
  br: 'BRL',
  ca: 'CAD',
  cn: 'CNY',
  hk: 'HKD',
  id: 'IDR',
  il: 'ILS',
  in: 'INR',
  kr: 'KRW',
  mx: 'MXN',
  my: 'MYR',
  nz: 'NZD',
  ph: 'PHP',
  sg: 'SGD',
  th: 'THB',
  za: 'ZAR',
  al: 'ALL',
  kz: 'KZT',
  ec: 'USD',
  sv: 'USD',
};

/** The currency people of this country most likely earn in, where it is one we have a rate for: a default for forms. */
export function currencyOfCountry(country: string): Currency | undefined {
  return EURO_AREA.includes(country) ? 'EUR' : NATIONAL[country];
}
