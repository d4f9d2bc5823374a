/** <visa-compare>'s state as plain data: which programmes, sorted how, filtered how, and its URL-hash form. No DOM. */
import { conditionKind } from '../../data/conditions.js';
import type { Programme } from '../../data/schema.js';

import { COMPARE_FIELDS, DEFAULT_COMPARE_FIELDS } from '../../i18n/programme-facts.js';

export { COMPARE_FIELDS };
export type CompareField = (typeof COMPARE_FIELDS)[number];
export const DEFAULT_FIELDS: CompareField[] = DEFAULT_COMPARE_FIELDS;

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

/**
 * The sort after a click on a column's header: a new column starts with its best end first (the lowest income,
 * the longest validity), the same column flips.
 */
export function nextSort(sort: Sort | undefined, field: NumericField): Sort {
  const first: Sort['direction'] = NUMERIC[field] === 'high' ? 'descending' : 'ascending';
  if (sort?.field !== field) return { field, direction: first };
  return { field, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
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

/**
 * A programme open only to some: an authority judges the applicant on a criterion it does not publish or
 * reviews a status it grants, or only one profession may apply. Its figures are not comparable with the
 * others', so it is never marked best.
 */
export function isRestricted(programme: Programme): boolean {
  return (
    programme.conditions.some((condition) => ['unpublished', 'review'].includes(conditionKind(condition))) ||
    programme.checks.some((check) => check.value.type === 'it-professional')
  );
}

export type BestValues = (row: Row, field: CompareField) => boolean;

/**
 * Which cells hold the best value of their column among comparable rows: programmes of the same kind (a
 * digital-nomad visa against digital-nomad visas), none of them restricted, where two or more have a value.
 */
export function bestValues(rows: readonly Row[], fields: readonly CompareField[]): BestValues {
  const byKind = new Map<string, Row[]>();
  for (const row of rows) {
    if (isRestricted(row.programme)) continue;
    const kind = row.programme.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), row]);
  }
  const best = new Map<string, Partial<Record<NumericField, number>>>();
  for (const [kind, group] of byKind) {
    const values: Partial<Record<NumericField, number>> = {};
    for (const field of fields) {
      if (!isNumericField(field)) continue;
      const numbers = group.map((row) => row.numbers[field]).filter((v): v is number => v !== undefined);
      if (numbers.length < 2) continue;
      values[field] = NUMERIC[field] === 'low' ? Math.min(...numbers) : Math.max(...numbers);
    }
    best.set(kind, values);
  }
  return (row, field) => {
    if (!isNumericField(field) || isRestricted(row.programme)) return false;
    const value = best.get(row.programme.kind)?.[field];
    return value !== undefined && row.numbers[field] === value;
  };
}

/** Whether a programme's sources state a field at all (read from the data, not from its texts). */
export function statesField(programme: Programme, field: CompareField): boolean {
  switch (field) {
    case 'tax':
      return programme.tax.length > 0;
    case 'cost':
      return programme.costOfLiving !== undefined;
    default:
      return programme[field] !== undefined;
  }
}

/**
 * The columns to draw: the fields some shown programme states (the rest are named in a footnote), and with
 * `differencesOnly` (two programmes or more) only those whose texts differ between them.
 */
export function visibleColumns(
  rows: readonly Row[],
  fields: readonly CompareField[],
  differencesOnly: boolean,
  textOf: (row: Row, field: CompareField) => string | undefined,
): { shown: CompareField[]; unstated: CompareField[]; alike: CompareField[] } {
  const stated = fields.filter((field) => rows.some((row) => statesField(row.programme, field)));
  const unstated = rows.length ? fields.filter((field) => !stated.includes(field)) : [];
  if (!differencesOnly || rows.length < 2) return { shown: stated, unstated, alike: [] };
  const differ = (field: CompareField) => {
    const first = textOf(rows[0], field);
    return rows.some((row) => textOf(row, field) !== first);
  };
  const shown = stated.filter(differ);
  return { shown, unstated, alike: stated.filter((field) => !shown.includes(field)) };
}
