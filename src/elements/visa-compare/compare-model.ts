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

/** What a visitor chose, as kept in the URL hash with `sync-url`. */
export interface HashState {
  programmes?: string[];
  sort?: Sort;
  familyOnly: boolean;
  region: Region;
  /** The "income at most" amount as the visitor typed it, in the widget's currency. */
  maxIncome?: number;
}

/** At most this many programme ids are read from a URL: a shared link cannot make the widget render thousands of rows. */
export const MAX_HASH_PROGRAMMES = 100;

/** Reads this widget's keys from a location hash such as "#compare.p=pt-digital-nomad,es-digital-nomad&compare.s=income-asc". */
export function readHash(hash: string, key: string): HashState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (name: string) => params.get(`${key}.${name}`);
  if (![...params.keys()].some((name) => name.startsWith(`${key}.`))) return undefined;
  const state: HashState = { familyOnly: get('family') === '1', region: 'all' };
  const programmes = get('p');
  if (programmes !== null) state.programmes = [...new Set(programmes.split(',').filter(Boolean))].slice(0, MAX_HASH_PROGRAMMES);
  const sort = get('s')?.match(/^([a-z]+)-(asc|desc)$/);
  if (sort && isNumericField(sort[1])) state.sort = { field: sort[1], direction: sort[2] === 'asc' ? 'ascending' : 'descending' };
  const max = Number(get('max'));
  if (get('max') !== null && Number.isFinite(max) && max >= 0) state.maxIncome = max;
  const region = get('region');
  if (region === 'eu' || region === 'non-eu') state.region = region;
  return state;
}

/** Writes this widget's keys into a hash, keeping everything else in it. */
export function writeHash(hash: string, key: string, state: HashState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const name of [...params.keys()]) if (name.startsWith(`${key}.`)) params.delete(name);
  if (state.programmes) params.set(`${key}.p`, state.programmes.join(','));
  if (state.sort) params.set(`${key}.s`, `${state.sort.field}-${state.sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  if (state.familyOnly) params.set(`${key}.family`, '1');
  if (state.maxIncome !== undefined) params.set(`${key}.max`, String(state.maxIncome));
  if (state.region !== 'all') params.set(`${key}.region`, state.region);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
