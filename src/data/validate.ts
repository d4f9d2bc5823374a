/**
 * Validates a dataset (ours or an agency's) and reports each problem with the
 * programme id and the field path, e.g. `pt-digital-nomad: income.value.amount: expected a number, got "3480"`.
 * Pure: no DOM, usable in the browser and in Node scripts.
 */
import { citedSources, deriveProgramme } from './derive.js';
import { fillFallbacks, walkTexts, type FallbackMark } from './fallback.js';
import { walkFacts } from './facts.js';
import { isLocale } from './locales.js';
import { inMonths } from './amounts.js';
import type { Bounds, Range } from './range.js';
import {
  datasetHeadSchema,
  programmeSchema,
  rateTableSchema,
  type Dataset,
  type DatasetInput,
  type ExchangeRate,
  type ProgrammeInput,
  type RateTable,
  type Source,
} from './schema.js';
import { formatIssue, type DatasetIssue } from './issues.js';
import { sourceDates } from './source-dates.js';

export { formatIssue, type DatasetIssue };

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };
export type RateTableValidation = { ok: true; rates: RateTable } | { ok: false; issues: DatasetIssue[] };

type Key = PropertyKey;

export interface ValidationOptions {
  /** The mark after a text shown in another language than the reader's (see fallback.ts). */
  mark?: FallbackMark;
}

/**
 * Checks a dataset file and returns it ready to use: every programme's `sources` and `asOf` derived, every
 * text complete (a missing language filled by its fallback, marked by `options.mark`).
 */
export function validateDataset(input: unknown, options: ValidationOptions = {}): DatasetValidation {
  const steps = datasetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long validateDatasetInSteps works before it pauses. */
const SLICE_MS = 8;

/**
 * validateDataset in steps, for a page: after each programme that ends a slice of 8 ms it awaits `pause()` (a
 * yield to the main thread), so a large dataset never freezes the page; `pause` may throw to give up (a
 * deadline). The same checks and result as validateDataset.
 */
export async function validateDatasetInSteps(
  input: unknown,
  options: ValidationOptions & { pause: () => Promise<void> },
): Promise<DatasetValidation> {
  const steps = datasetSteps(input, options);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < SLICE_MS) continue;
    await options.pause();
    since = performance.now();
  }
}

/** Checks a table of exchange rates for `<visa-data rates-src>`, with the same messages as a dataset. */
export function validateRateTable(input: unknown): RateTableValidation {
  const parsed = rateTableSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((issue) => toDatasetIssues(input, issue)) };
  const issues = checkSourcesAndRates(parsed.data.sources, parsed.data.exchangeRates).issues;
  return issues.length ? { ok: false, issues } : { ok: true, rates: parsed.data };
}

/** Deeper than this, a file is no dataset (its deepest field is about a dozen levels down), and walking it would overflow the stack. */
export const MAX_DEPTH = 64;

/** The checks of validateDataset, one programme per step (yield) at each stage. */
function* datasetSteps(input: unknown, options: ValidationOptions): Generator<void, DatasetValidation> {
  const given: unknown[] = Array.isArray((input as { programmes?: unknown } | null)?.programmes)
    ? (input as { programmes: unknown[] }).programmes
    : [];
  const rest = typeof input === 'object' && input !== null ? { ...input, programmes: [] } : input;
  const parts: [unknown, Key[]][] = [[rest, []], ...given.map((programme, i): [unknown, Key[]] => [programme, ['programmes', i]])];
  for (const [part, path] of parts) {
    const tooDeep = deeperThan(part, path, MAX_DEPTH);
    if (tooDeep)
      return { ok: false, issues: [locate(input, tooDeep, `nested more than ${MAX_DEPTH} levels deep; no field of a dataset is`)] };
    yield;
  }
  const head = datasetHeadSchema.safeParse(input);
  const issues = head.success ? [] : head.error.issues.flatMap((issue) => toDatasetIssues(input, issue));
  const programmes: ProgrammeInput[] = [];
  for (const [i, programme] of given.entries()) {
    const parsed = programmeSchema.safeParse(programme);
    if (parsed.success) programmes.push(parsed.data);
    else
      issues.push(
        ...parsed.error.issues.flatMap((issue) => toDatasetIssues(input, { ...issue, path: ['programmes', i, ...(issue.path as Key[])] })),
      );
    yield;
  }
  const missing = missingDefaultTexts(input, rest, []);
  for (const [i, programme] of given.entries()) {
    missing.push(...missingDefaultTexts(input, programme, ['programmes', i]));
    yield;
  }
  if (!head.success || issues.length) return { ok: false, issues: [...issues, ...missing] };
  const data: DatasetInput = { ...head.data, programmes };
  const cross = crossCheck(data);
  for (const programme of programmes) {
    cross.check(programme);
    yield;
  }
  issues.push(...missing, ...cross.issues);
  if (issues.length) return { ok: false, issues };
  const language = data.defaultLanguage ?? 'en';
  fillFallbacks({ ...data, programmes: [] }, language, options.mark);
  const dates = sourceDates(data.sources);
  const derived = [];
  for (const programme of programmes) {
    fillFallbacks(programme, language, options.mark);
    derived.push(deriveProgramme(programme, data.sources, dates));
    yield;
  }
  return { ok: true, dataset: { ...data, programmes: derived } };
}

/**
 * The start of the path (at most three keys) of a value in `node` (at `path`) nested deeper than `limit`
 * levels of arrays and objects, else undefined. Walks without recursion.
 */
function deeperThan(node: unknown, path: Key[], limit: number): Key[] | undefined {
  const stack: [unknown, number, Key[]][] = [[node, path.length, path]];
  while (stack.length) {
    const [value, depth, at] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return at;
    for (const [key, child] of Object.entries(value))
      stack.push([child, depth + 1, at.length < 3 ? [...at, Array.isArray(value) ? Number(key) : key] : at]);
  }
  return undefined;
}

/** Every text in `node` (at `path` in the file `data`) must be given in the dataset's default language. */
function missingDefaultTexts(data: unknown, node: unknown, path: (string | number)[]): DatasetIssue[] {
  const declared = (data as Partial<DatasetInput> | null)?.defaultLanguage;
  const language = isLocale(declared) ? declared : 'en';
  const issues: DatasetIssue[] = [];
  walkTexts(node, path, (at, texts) => {
    if (texts[language] === undefined) {
      const given = Object.keys(texts).join(', ');
      issues.push(locate(data, at, `missing the text in the default language "${language}" (given: ${given})`));
    }
  });
  return issues;
}

interface RawIssue {
  code: string;
  path: Key[];
  message: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  options?: unknown[];
}

function toDatasetIssues(input: unknown, raw: object): DatasetIssue[] {
  const issue = raw as RawIssue;
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((key) => locate(input, [...issue.path, key], 'unknown field'));
  }
  return [locate(input, issue.path, describe(issue, valueAt(input, issue.path)))];
}

function describe(issue: RawIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `missing (expected ${issue.expected})` : `expected ${article(issue.expected)}, got ${show(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${show(value)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}, got ${show(value)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `${show(value)} is not an http(s) URL`;
      return `${show(value)} is not a valid ${issue.format === 'regex' ? 'value for this field' : issue.format}`;
    case 'invalid_value':
      return `${show(value)} is not allowed; expected one of ${(issue.values ?? []).map(show).join(', ')}`;
    case 'invalid_union':
      return `${show(value)} does not match any allowed form of this field`;
    default:
      return issue.message;
  }
}

function article(word = 'value'): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function valueAt(root: unknown, path: Key[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

function joinPath(path: Key[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns `programmes[5].income…` into the programme's id plus a path inside it. */
function locate(input: unknown, path: Key[], message: string): DatasetIssue {
  if (path[0] === 'programmes' && typeof path[1] === 'number') {
    const id = valueAt(input, ['programmes', path[1], 'id']);
    const programme = typeof id === 'string' && id ? id : `programmes[${path[1]}]`;
    return { programme, path: joinPath(path.slice(2)), message };
  }
  return { path: joinPath(path), message };
}

/** A range needs a bound, and `min` must not exceed `max` (compared through `size`). */
function checkRange<T>(path: string, range: Range<T>, size: (bound: T) => number, at: (path: string, message: string) => void) {
  if (typeof range !== 'object' || range === null || 'amount' in range) return;
  const { min, max } = range as Bounds<T>;
  if (min === undefined && max === undefined) at(path, 'a range needs "min", "max" or both');
  else if (min !== undefined && max !== undefined && size(min) > size(max)) at(path, '"min" is above "max"');
}

/** Source ids are unique; rates cite known sources, leave out EUR and give at most one primary rate per currency. */
function checkSourcesAndRates(sources: readonly Source[], rates: readonly ExchangeRate[]) {
  const issues: DatasetIssue[] = [];
  const seenSources = new Set<string>();
  sources.forEach((source, i) => {
    if (seenSources.has(source.id)) issues.push({ path: `sources[${i}].id`, message: `duplicate source id "${source.id}"` });
    seenSources.add(source.id);
  });
  const dates = sourceDates(sources);
  const unknownSource = (ids: string[]) => ids.filter((id) => !dates.has(id));
  const primaries = new Map<string, number>();
  rates.forEach((rate, i) => {
    for (const id of unknownSource(rate.sources)) issues.push({ path: `exchangeRates[${i}].sources`, message: `unknown source "${id}"` });
    if (rate.currency === 'EUR')
      issues.push({ path: `exchangeRates[${i}].currency`, message: 'EUR is the base currency and takes no rate' });
    if (rate.primary) primaries.set(rate.currency, (primaries.get(rate.currency) ?? 0) + 1);
  });
  for (const [currency, count] of primaries) {
    if (count > 1)
      issues.push({ path: 'exchangeRates', message: `${currency} has ${count} primary rates; exactly one is used for conversions` });
  }
  return { issues, dates, unknownSource, primaries };
}

/**
 * Rules that span fields: references resolve, ids are unique, the newest source is the one shown. The
 * dataset's own parts are checked at once; each programme by `check`, all into `issues`.
 */
function crossCheck(data: DatasetInput): { issues: DatasetIssue[]; check(programme: ProgrammeInput): void } {
  const { issues, dates, unknownSource, primaries } = checkSourcesAndRates(data.sources, data.exchangeRates);
  const newest = dates.newest;

  const groups = new Set(data.countryGroups.map((g) => g.id));
  data.countryGroups.forEach((group, i) => {
    for (const id of unknownSource(group.sources)) issues.push({ path: `countryGroups[${i}].sources`, message: `unknown source "${id}"` });
  });
  const convertible = (currency: string) => currency === 'EUR' || primaries.has(currency);

  const seen = new Set<string>();
  const check = (programme: ProgrammeInput) => {
    const at = (path: string, message: string) => issues.push({ programme: programme.id, path, message });
    if (seen.has(programme.id)) at('id', 'duplicate programme id');
    seen.add(programme.id);
    if (!programme.id.startsWith(`${programme.country}-`)) at('id', `must start with the country code "${programme.country}-"`);

    walkFacts(programme, '', (path, fact) => {
      for (const id of unknownSource(fact.sources)) at(`${path}.sources`, `unknown source "${id}"`);
      for (const [i, conflict] of (fact.conflicts ?? []).entries()) {
        for (const id of unknownSource(conflict.sources)) at(`${path}.conflicts[${i}].sources`, `unknown source "${id}"`);
        if (newest(conflict.sources) > newest(fact.sources)) {
          at(`${path}.conflicts[${i}]`, 'comes from a newer source than the value shown; the newest source must be shown');
        }
      }
    });
    // Both are derived from the facts; a file may still carry them (datasets written before), but then they must agree.
    const cited = [...citedSources(programme)];
    if (programme.sources) {
      const differ = programme.sources.length !== cited.length || cited.some((id) => !programme.sources?.includes(id));
      if (differ) at('sources', `does not match the sources the facts cite (${cited.join(', ')}); leave it out: it is derived`);
    }
    const expectedAsOf = newest(cited);
    if (programme.asOf !== undefined && programme.asOf !== expectedAsOf)
      at('asOf', `must be the newest cited source's date, "${expectedAsOf}"; leave it out: it is derived`);

    const money: [string, string][] = [];
    const income = programme.income?.value;
    if (income?.type === 'amount') money.push(['income.value.currency', income.currency]);
    const savings = programme.savings?.value;
    if (savings?.type === 'amount') money.push(['savings.value.currency', savings.currency]);
    programme.fees?.value.forEach((fee, i) => {
      money.push([`fees.value[${i}].currency`, fee.currency]);
      checkRange(`fees.value[${i}].amount`, fee.amount, (n) => n, at);
    });
    for (const [path, currency] of money) if (!convertible(currency)) at(path, `no exchange rate for ${currency}`);

    const nationality = programme.nationality?.value;
    for (const [key, list] of [
      ['allowed', nationality?.allowed],
      ['excluded', nationality?.excluded],
    ] as const) {
      list?.forEach((entry, i) => {
        if (entry.length > 2 && !groups.has(entry as never)) at(`nationality.value.${key}[${i}]`, `unknown country group "${entry}"`);
      });
    }
    programme.checks.forEach((check, i) => {
      if (check.value.type === 'employer-in-group' && !groups.has(check.value.group))
        at(`checks[${i}].value.group`, `unknown country group "${check.value.group}"`);
      if (check.value.type === 'schengen-visa-free' && !groups.has('SCHENGEN_VISA_FREE'))
        at(`checks[${i}].value.type`, 'needs the country group "SCHENGEN_VISA_FREE"');
    });
    for (const key of ['income', 'savings'] as const) {
      const value = programme[key]?.value;
      if (value?.type === 'unquantified' && value.kind !== 'document' && !value.decidedBy)
        at(`${key}.value.decidedBy`, 'missing: a criterion without an amount says who decides');
    }
    const rent = programme.costOfLiving?.value.rentOneBedroom;
    if (rent !== undefined) checkRange('costOfLiving.value.rentOneBedroom', rent, (n) => n, at);
    const processing = programme.processing?.value;
    if (processing) checkRange('processing.value.amount', processing.amount, (n) => n, at);
    const initial = programme.validity?.value.initial;
    if (initial) checkRange('validity.value.initial', initial, inMonths, at);
  };
  return { issues, check };
}
