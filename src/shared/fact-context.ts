/** The bundled dataset's converter and source dates, packaged for the fact formatters. */
import { convert, dataset } from '../data/dataset.js';
import type { Locale } from '../data/locales.js';
import type { DisplayCurrency, FactContext } from '../i18n/programme-facts.js';

const years = new Map(dataset.sources.map((source) => [source.id, source.asOf.slice(0, 4)]));

export function yearOf(sources: string[]): string {
  return sources.map((id) => years.get(id) ?? '').sort().at(-1) ?? '';
}

export function factContext(locale: Locale, currency: DisplayCurrency): FactContext {
  return { locale, currency, convert, yearOf };
}

/** Reads the `currency` attribute: EUR (default), USD or local; anything else is a problem to report. */
export function readDisplayCurrency(value: string | undefined): { currency: DisplayCurrency; ok: boolean } {
  const upper = (value ?? 'EUR').trim();
  if (upper === 'local') return { currency: 'local', ok: true };
  if (upper.toUpperCase() === 'EUR' || upper.toUpperCase() === 'USD') return { currency: upper.toUpperCase() as DisplayCurrency, ok: true };
  return { currency: 'EUR', ok: false };
}
