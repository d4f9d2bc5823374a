/** Currency conversion with the dataset's dated rates. Converted amounts are always marked approximate. */
import { CURRENCIES, type Currency, type ExchangeRate } from './schema.js';

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
