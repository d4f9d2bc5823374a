/**
 * Reading the attributes every widget shares, once: each reader returns the value to use and, for a bad
 * value, a problem to show in the widget and warn about once in the console, naming attribute and value.
 */
import { isCurrency } from '../data/currency.js';
import { DEFAULT_STALE_MONTHS } from '../data/staleness.js';
import type { DataSource } from '../data/data-source.js';
import type { Programme } from '../data/schema.js';
import type { UiMessages } from '../i18n/catalogue.js';
import type { DisplayCurrency } from '../data/amounts.js';

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
/** Longer values are cut in messages and warnings: a 100,000-character attribute must not flood either. */
const SHOWN_LENGTH = 80;

/** A value as messages show it: whole up to 80 characters, else its start, "…" and its length. */
export function shownValue(value: string): string {
  return value.length <= SHOWN_LENGTH ? value : `${value.slice(0, SHOWN_LENGTH - 20)}… (${value.length} characters)`;
}

export function warnAttributeProblems(element: Element, problems: readonly AttributeProblem[]): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  for (const { attribute, value, reason } of problems) {
    const key = `${attribute}\u0000${shownValue(value)}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    console.warn(`<${element.localName}>: ignored ${attribute}="${shownValue(value)}" (${reason})`);
  }
}

/**
 * A property's value as attribute text. Frameworks set properties, not attributes, and pass what they hold:
 * a number (income={5000}) or an array (countries={['pt', 'es']}) reads as "5000" and "pt,es". Never throws: a
 * symbol reads as "Symbol(…)", and an object with no text form (Object.create(null), a throwing toString) as
 * "[object Object]", which no reader accepts, so it is shown and warned as a bad value.
 */
export function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => asText(item) ?? '').join(',');
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Words of the page's own (`heading`): text or a number; "" for none. Anything else is a problem naming the attribute. */
export function readWords(attribute: string, property: unknown): Read<string | undefined> {
  if (property === undefined || property === null) return { value: undefined, problems: [] };
  if (typeof property === 'string' || typeof property === 'number') return { value: String(property).trim(), problems: [] };
  return { value: undefined, problems: [{ attribute, value: asText(property)!, reason: 'notText' }] };
}

/**
 * `src`, `rates-src`: an address, as text or as a URL object (from any window); empty: none. Anything else
 * cannot be fetched: a problem naming the attribute, and no address.
 */
export function readAddress(attribute: string, property: unknown): Read<string | undefined> {
  if (property === undefined || property === null || property === '') return { value: undefined, problems: [] };
  if (typeof property === 'string') return { value: property, problems: [] };
  if (Object.prototype.toString.call(property) === '[object URL]') return { value: (property as URL).href, problems: [] };
  return { value: undefined, problems: [{ attribute, value: asText(property)!, reason: 'notAnAddress' }] };
}

/**
 * A boolean attribute's property: present as an attribute (Lit reads it as true) or set to true; also "" and
 * any other text but "false", which is what frameworks that set properties pass for a bare attribute
 * (Vue sets `<visa-eligibility spouse>` as spouse = ""). Absent, null, false or "false": false.
 */
export function readFlag(property: unknown): boolean {
  if (typeof property === 'string') return property.trim() !== 'false';
  return property === true;
}

/** Splits "pt, es ,hr" (or ['pt', 'es', 'hr']) into ['pt', 'es', 'hr']. */
export function splitList(value: unknown): string[] {
  return (asText(value) ?? '')
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * `currency`: EUR, any currency the datasets have a rate for (USD, GBP, NOK, …) in any case, or "local" (only
 * the programme's own amounts). Absent or bad: the inherited value (from <visa-data>), else EUR.
 */
export function readCurrency(property: unknown, inherited?: DisplayCurrency): Read<DisplayCurrency> {
  const fallback = inherited ?? 'EUR';
  const value = asText(property);
  if (value === undefined) return { value: fallback, problems: [] };
  const text = value.trim();
  if (text === 'local') return { value: 'local', problems: [] };
  if (isCurrency(text.toUpperCase())) return { value: text.toUpperCase() as DisplayCurrency, problems: [] };
  return { value: fallback, problems: [{ attribute: 'currency', value, reason: 'unknownCurrency' }] };
}

export type Theme = 'light' | 'dark' | 'auto' | undefined;

/** `theme`: light, dark, auto, or absent (inherit the page's colours). */
export function readTheme(property: unknown): Read<Theme> {
  const value = asText(property);
  if (value === undefined || value === 'light' || value === 'dark' || value === 'auto') return { value, problems: [] };
  return { value: undefined, problems: [{ attribute: 'theme', value, reason: 'unknownTheme' }] };
}

/**
 * A number attribute: absent, `fallback`; a number (written as text, or given as a number) that `accepts`
 * takes, that number; anything else, `fallback` and a problem for `reason`.
 */
function readNumber(
  attribute: string,
  property: unknown,
  fallback: number,
  accepts: (n: number) => boolean,
  reason: AttributeProblem['reason'],
): Read<number> {
  const value = asText(property);
  if (value === undefined) return { value: fallback, problems: [] };
  const number = Number(value.trim());
  if (value.trim() !== '' && Number.isFinite(number) && accepts(number)) return { value: number, problems: [] };
  return { value: fallback, problems: [{ attribute, value, reason }] };
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level`: 1 to 6, the level of the widget's top headings; its inner headings are one below. Default 2. */
export function readHeadingLevel(property: unknown): Read<HeadingLevel> {
  const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 6;
  return readNumber('heading-level', property, DEFAULT_HEADING_LEVEL, inRange, 'unknownHeadingLevel') as Read<HeadingLevel>;
}

const DEFAULT_TIMEOUT = 15;
const MAX_TIMEOUT = 300;

/** `timeout` of <visa-data>: seconds to wait for its `src`, more than 0 and at most 300. Default 15. */
export function readTimeout(property: unknown): Read<number> {
  return readNumber('timeout', property, DEFAULT_TIMEOUT, (n) => n > 0 && n <= MAX_TIMEOUT, 'unknownTimeout');
}

/** The default `max-bytes` of <visa-data>: 8 MB, room for about 800 programmes written as data/visas.json is. */
export const DEFAULT_MAX_BYTES = 8 * 1_048_576;

/** `max-bytes` of <visa-data>: the largest `src` it reads, in bytes, a whole number from 1. Default 8 MB. */
export function readMaxBytes(property: unknown): Read<number> {
  return readNumber('max-bytes', property, DEFAULT_MAX_BYTES, (n) => Number.isSafeInteger(n) && n >= 1, 'unknownMaxBytes');
}

/** `stale-after`: months after which facts get a note to check them first; a whole number from 1. Default 12. */
export function readStaleAfter(property: unknown): Read<number> {
  return readNumber('stale-after', property, DEFAULT_STALE_MONTHS, (n) => Number.isInteger(n) && n >= 1, 'unknownStaleAfter');
}

/** How much of a widget's controls to show: all, the rarely used ones folded away, or none. */
export type ControlsMode = 'full' | 'compact' | 'none';

/** `controls`: full (default), compact or none. */
export function readControls(property: unknown): Read<ControlsMode> {
  const value = asText(property);
  if (value === undefined) return { value: 'full', problems: [] };
  const mode = value.trim();
  if (mode === 'full' || mode === 'compact' || mode === 'none') return { value: mode, problems: [] };
  return { value: 'full', problems: [{ attribute: 'controls', value, reason: 'unknownControls' }] };
}

/** The placeholder a link template puts a programme id in. */
const PROGRAMME_PLACEHOLDER = '{programme}';

/**
 * A link template such as `/visas/{programme}`: a function from a programme id to its address (the id
 * URI-encoded), resolved against `base`. Only http(s) addresses are used; anything else is a problem.
 */
export function readLinkTemplate(
  attribute: string,
  property: unknown,
  base: string | undefined,
): Read<((id: string) => string) | undefined> {
  const value = asText(property)?.trim();
  if (!value) return { value: undefined, problems: [] };
  if (!value.includes(PROGRAMME_PLACEHOLDER)) return { value: undefined, problems: [{ attribute, value, reason: 'noPlaceholder' }] };
  const filled = (id: string) => value.split(PROGRAMME_PLACEHOLDER).join(encodeURIComponent(id));
  // Without a document (rendered on a server) a relative link stays relative; it is still checked, against a
  // placeholder base, for a scheme other than http(s).
  const at = (id: string) => new URL(filled(id), base ?? 'https://server.invalid/');
  let sample: URL;
  try {
    sample = at('x');
  } catch {
    return { value: undefined, problems: [{ attribute, value, reason: 'unsafeLink' }] };
  }
  if (sample.protocol !== 'https:' && sample.protocol !== 'http:')
    return { value: undefined, problems: [{ attribute, value, reason: 'unsafeLink' }] };
  return { value: base === undefined ? filled : (id) => at(id).href, problems: [] };
}

/**
 * `programmes` + `countries`: these programmes, and every programme in these countries (one meaning for every
 * widget; see data/selection.ts). `undefined` when neither attribute is set (all programmes); when nothing known
 * is named, the problem says so and `undefined` keeps the widget useful.
 */
export function readSelection(source: DataSource, programmes: unknown, countries: unknown): Read<Programme[] | undefined> {
  if (programmes == null && countries == null) return { value: undefined, problems: [] };
  const selection = source.select({
    programmes: programmes == null ? undefined : splitList(programmes),
    countries: countries == null ? undefined : splitList(countries),
  });
  const problems: AttributeProblem[] = [
    ...selection.unknownProgrammes.map((value): AttributeProblem => ({ attribute: 'programmes', value, reason: 'unknownProgramme' })),
    ...selection.unknownCountries.map((value): AttributeProblem => ({ attribute: 'countries', value, reason: 'unknownCountry' })),
  ];
  if (!selection.empty) return { value: selection.programmes, problems };
  const attribute = programmes != null ? 'programmes' : 'countries';
  problems.push({ attribute, value: asText(attribute === 'programmes' ? programmes : countries) ?? '', reason: 'nothingSelected' });
  return { value: undefined, problems };
}
