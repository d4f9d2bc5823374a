/** A data source's converter and source dates, packaged for the fact formatters. */
import type { Locale } from '../data/locales.js';
import type { DisplayCurrency, FactContext } from '../i18n/programme-facts.js';
import type { DataSource } from './data-source.js';

export function factContext(source: DataSource, locale: Locale, currency: DisplayCurrency): FactContext {
  return { locale, currency, convert: source.convert, yearOf: source.yearOf };
}

/** Reads a `currency` attribute: EUR (default), USD or local; anything else is a problem to report. */
export function readDisplayCurrency(value: string | undefined): { currency: DisplayCurrency; ok: boolean } {
  const text = (value ?? 'EUR').trim();
  if (text === 'local') return { currency: 'local', ok: true };
  if (text.toUpperCase() === 'EUR' || text.toUpperCase() === 'USD') return { currency: text.toUpperCase() as DisplayCurrency, ok: true };
  return { currency: 'EUR', ok: false };
}
