/** <visa-compare>'s state as plain data: which programmes, sorted how, filtered how, and its URL-hash form. No DOM. */
import type { Programme } from '../../data/schema.js';

export const COMPARE_FIELDS = [
  'income',
  'savings',
  'validity',
  'family',
  'processing',
  'fees',
  'tax',
  'cost',
  'nationality',
  'application',
  'employment',
] as const;
export type CompareField = (typeof COMPARE_FIELDS)[number];
export const DEFAULT_FIELDS: CompareField[] = ['income', 'validity', 'family', 'processing', 'fees', 'tax', 'cost'];

/** Numeric columns, and which end of each is best for a visitor. */
const NUMERIC: Partial<Record<CompareField, 'low' | 'high'>> = {
  income: 'low',
  savings: 'low',
  validity: 'high',
  processing: 'low',
  fees: 'low',
  cost: 'low',
};
export type NumericField = 'income' | 'savings' | 'validity' | 'processing' | 'fees' | 'cost';
type Numbers = Partial<Record<NumericField, number>>;

export interface Sort {
  field: NumericField;
  direction: 'ascending' | 'descending';
}
export type Region = 'all' | 'eu' | 'non-eu';
export interface Filters {
  familyOnly: boolean;
  /** EUR a month; undefined: no limit. */
  maxIncome?: number;
  region: Region;
}
export const NO_FILTERS: Filters = { familyOnly: false, region: 'all' };

export interface Row {
  programme: Programme;
  numbers: Numbers;
}

export function isNumericField(field: string): field is NumericField {
  return field in NUMERIC;
}

/** Keeps the rows the filters allow. A programme whose income the sources leave open is kept by the income filter. */
export function applyFilters(rows: readonly Row[], filters: Filters, isEu: (country: string) => boolean): Row[] {
  return rows.filter(({ programme, numbers }) => {
    if (filters.familyOnly && !['yes', 'conditional'].includes(programme.family?.value.allowed ?? 'no')) return false;
    if (filters.maxIncome !== undefined && numbers.income !== undefined && numbers.income > filters.maxIncome) return false;
    if (filters.region === 'eu' && !isEu(programme.country)) return false;
    if (filters.region === 'non-eu' && isEu(programme.country)) return false;
    return true;
  });
}

/** Sorts by a numeric column; programmes without a value go last in either direction. Stable otherwise. */
export function applySort(rows: readonly Row[], sort: Sort | undefined): Row[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row.numbers[sort.field];
      const y = b.row.numbers[sort.field];
      if (x === undefined || y === undefined) return x === y ? a.index - b.index : x === undefined ? 1 : -1;
      return x === y ? a.index - b.index : (x - y) * sign;
    })
    .map(({ row }) => row);
}

/** The best value of each numeric column among the rows shown (only where two or more rows have a value). */
export function bestValues(rows: readonly Row[], fields: readonly CompareField[]): Partial<Record<NumericField, number>> {
  const best: Partial<Record<NumericField, number>> = {};
  for (const field of fields) {
    if (!isNumericField(field)) continue;
    const values = rows.map((row) => row.numbers[field]).filter((v): v is number => v !== undefined);
    if (values.length < 2) continue;
    best[field] = NUMERIC[field] === 'low' ? Math.min(...values) : Math.max(...values);
  }
  return best;
}
