/**
 * Reading the attributes every widget shares, once: each reader returns the value to use and, for a bad
 * value, a problem to show in the widget and warn about once in the console, naming attribute and value.
 */
import { isCurrency } from '../data/currency.js';
import type { DataSource } from '../data/data-source.js';
import type { Programme } from '../data/schema.js';
import type { UiMessages } from '../i18n/catalogue.js';
import type { DisplayCurrency } from '../i18n/programme-facts.js';

export interface AttributeProblem {
  attribute: string;
  value: string;
  /** A key of the catalogue's `ui.reasons`, so every reason has a message in every language. */
  reason: keyof UiMessages['reasons'];
}

export interface Read<T> {
  value: T;
  problems: AttributeProblem[];
}

const warned = new WeakMap<Element, Set<string>>();

export function warnAttributeProblems(element: Element, problems: readonly AttributeProblem[]): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  for (const { attribute, value, reason } of problems) {
    const key = `${attribute}\u0000${value}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    console.warn(`<${element.localName}>: ignored ${attribute}="${value}" (${reason})`);
  }
}

/** Splits "pt, es ,hr" into ['pt', 'es', 'hr']. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * `currency`: EUR, any currency the datasets have a rate for (USD, GBP, NOK, …) in any case, or "local" (only
 * the programme's own amounts). Absent or bad: the inherited value (from <visa-data>), else EUR.
 */
export function readCurrency(value: string | undefined, inherited?: DisplayCurrency): Read<DisplayCurrency> {
  const fallback = inherited ?? 'EUR';
  if (value === undefined || value === null) return { value: fallback, problems: [] };
  const text = value.trim();
  if (text === 'local') return { value: 'local', problems: [] };
  if (isCurrency(text.toUpperCase())) return { value: text.toUpperCase() as DisplayCurrency, problems: [] };
  return { value: fallback, problems: [{ attribute: 'currency', value, reason: 'unknownCurrency' }] };
}

export type Theme = 'light' | 'dark' | 'auto' | undefined;

/** `theme`: light, dark, auto, or absent (inherit the page's colours). */
export function readTheme(value: string | undefined): Read<Theme> {
  if (value === undefined || value === null || value === 'light' || value === 'dark' || value === 'auto')
    return { value: value ?? undefined, problems: [] };
  return { value: undefined, problems: [{ attribute: 'theme', value, reason: 'unknownTheme' }] };
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level`: 1 to 6, the level of the widget's top headings; its inner headings are one below. Default 2. */
export function readHeadingLevel(value: string | undefined): Read<HeadingLevel> {
  if (value === undefined || value === null) return { value: DEFAULT_HEADING_LEVEL, problems: [] };
  const level = Number(value.trim());
  if (Number.isInteger(level) && level >= 1 && level <= 6) return { value: level as HeadingLevel, problems: [] };
  return { value: DEFAULT_HEADING_LEVEL, problems: [{ attribute: 'heading-level', value, reason: 'unknownHeadingLevel' }] };
}

/**
 * `programmes` + `countries`: these programmes, and every programme in these countries (one meaning for every
 * widget; see data/selection.ts). `undefined` when neither attribute is set (all programmes); when nothing known
 * is named, the problem says so and `undefined` keeps the widget useful.
 */
export function readSelection(
  source: DataSource,
  programmes: string | undefined,
  countries: string | undefined,
): Read<Programme[] | undefined> {
  if (programmes === undefined && countries === undefined) return { value: undefined, problems: [] };
  const selection = source.select({
    programmes: programmes === undefined ? undefined : splitList(programmes),
    countries: countries === undefined ? undefined : splitList(countries),
  });
  const problems: AttributeProblem[] = [
    ...selection.unknownProgrammes.map((value): AttributeProblem => ({ attribute: 'programmes', value, reason: 'unknownProgramme' })),
    ...selection.unknownCountries.map((value): AttributeProblem => ({ attribute: 'countries', value, reason: 'unknownCountry' })),
  ];
  if (!selection.empty) return { value: selection.programmes, problems };
  const attribute = programmes !== undefined ? 'programmes' : 'countries';
  problems.push({ attribute, value: (attribute === 'programmes' ? programmes : countries) ?? '', reason: 'nothingSelected' });
  return { value: undefined, problems };
}
