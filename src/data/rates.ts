/**
 * A site's fresher exchange rates over a dataset's, and the rates a view actually used (for its footnote).
 * No DOM.
 */
import { alsoShownIn, type DisplayCurrency } from './amounts.js';
import { createDataSource, type DataSource } from './data-source.js';
import type { Currency, Dataset, ExchangeRate, Programme, RateTable } from './schema.js';
import { lowest } from './range.js';

/** The dataset with the table's rates: a currency's primary rate in the table replaces the dataset's. */
export function withRates(dataset: Dataset, table: RateTable): Dataset {
  const replaced = new Set(table.exchangeRates.filter((rate) => rate.primary).map((rate) => rate.currency));
  const tableSources = new Set(table.sources.map((source) => source.id));
  return {
    ...dataset,
    sources: [...dataset.sources.filter((source) => !tableSources.has(source.id)), ...table.sources],
    exchangeRates: [
      ...dataset.exchangeRates.map((rate) => (rate.primary && replaced.has(rate.currency) ? { ...rate, primary: false } : rate)),
      ...table.exchangeRates,
    ],
  };
}

const rated = new WeakMap<DataSource, WeakMap<RateTable, DataSource>>();

/** `source` with the table's rates; the same pair always gives the same data source. */
export function withRateTable(source: DataSource, table: RateTable): DataSource {
  let byTable = rated.get(source);
  if (!byTable) rated.set(source, (byTable = new WeakMap()));
  let result = byTable.get(table);
  if (!result) byTable.set(table, (result = createDataSource(withRates(source.dataset, table), source.origin)));
  return result;
}

/** The currencies a programme states amounts in (income, savings, fees, cost of living). */
export function currenciesOf(programme: Programme): Currency[] {
  const found = new Set<Currency>();
  const income = programme.income?.value;
  if (income?.type === 'amount') found.add(income.currency);
  const savings = programme.savings?.value;
  if (savings?.type === 'amount') found.add(savings.currency);
  for (const fee of programme.fees?.value ?? []) if (lowest(fee.amount) > 0) found.add(fee.currency);
  if (programme.costOfLiving) found.add(programme.costOfLiving.value.currency);
  return [...found];
}

/**
 * The primary rates a view converted with: those of the programmes' currencies (and of `also`, e.g. the
 * visitor's income) and of the display currency, where they differ (every conversion goes through the euro).
 */
export function ratesUsed(
  dataset: Dataset,
  programmes: readonly Programme[],
  display: DisplayCurrency,
  also: readonly Currency[] = [],
): ExchangeRate[] {
  const shown = alsoShownIn(display);
  if (!shown && !also.length) return [];
  const from = new Set([...programmes.flatMap(currenciesOf), ...also]);
  if (shown) from.delete(shown);
  if (from.size === 0 || (!shown && from.size === 1)) return [];
  const needed = new Set<string>(shown ? [...from, shown] : from);
  return dataset.exchangeRates.filter((rate) => rate.primary && needed.has(rate.currency));
}
