/** What every rule sees: the programme, the validated profile, messages and lookups. */
import type { GroupLookup } from '../data/country-groups.js';
import type { Converter } from '../data/currency.js';
import type { CountryGroupId, Currency, LocalizedText, Programme } from '../data/schema.js';
import type { Locale } from '../data/locales.js';
import type { EngineMessages, ProfileField } from '../i18n/catalogue.js';
import { moneyAlso, type Formatter } from '../i18n/format.js';
import type { ApplicantProfile } from './profile.js';

export type CheckStatus = 'met' | 'unmet' | 'unknown';

/**
 * Why a check is open ("to be checked"):
 * - answer: an answer is missing; `missing` names the fields that would settle it;
 * - unpublished: the sources publish no test, amount or list that decides it (a points test, a partial list of
 *   nationalities, whether an amount is before or after tax);
 * - sources: the sources disagree, and their versions give different verdicts;
 * - near: the visitor's amount is within the margin of a dated exchange rate or an approximate threshold;
 * - not-asked: a fact about the visitor that the form does not ask (earlier remote work, a vocational training).
 */
export type OpenCause = 'answer' | 'unpublished' | 'sources' | 'near' | 'not-asked';

export interface RuleContext {
  programme: Programme;
  /** The visitor's answers, with the one passport this evaluation is for. */
  profile: ApplicantProfile;
  locale: Locale;
  t: EngineMessages;
  /** A country group's name in the reader's language (the EU, the Schengen area). */
  groupName(group: CountryGroupId): string;
  f: Formatter;
  convert: Converter;
  groups: GroupLookup;
  displayCurrency?: Currency;
  /** The year of the newest of these sources, for "the 2024 source says …". */
  yearOf(sources: string[]): string;
}

/** One rule's outcome. `phrase` describes what is needed, for messages about conflicting sources. */
export interface Evaluation {
  status: CheckStatus;
  message: string;
  phrase?: string;
  given?: string;
  /** Why an unknown check is open. */
  cause?: OpenCause;
  /** With cause "answer": the fields whose answer would settle it. */
  missing?: ProfileField[];
}

/** An open check for want of an answer: what is needed, that the field was not given, and anything else to say. */
export function notGiven(ctx: RuleContext, phrase: string, field: ProfileField, ...reasons: (string | undefined)[]): Evaluation {
  return {
    status: 'unknown',
    phrase,
    cause: 'answer',
    missing: [field],
    message: sentence(ctx.t.needs(phrase), ...reasons, ctx.t.notGiven(field)),
  };
}

export function text(ctx: RuleContext, value: LocalizedText | undefined): string {
  return value ? value[ctx.locale] : '';
}

export function sentence(...parts: (string | undefined | false)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** Amount in its own currency, plus the display currency when that differs. */
export function moneyWithDisplay(ctx: RuleContext, amount: number, currency: string): string {
  return moneyAlso(ctx.f, ctx.convert, amount, currency, [ctx.displayCurrency]);
}

interface Versioned<T> {
  value: T;
  sources: string[];
  conflicts?: { value: T; sources: string[] }[];
}

/**
 * Evaluates a fact and every value an older source gives for it. Where the verdict would differ
 * between them, the check is unknown and says both values.
 */
export function evaluateFact<T>(ctx: RuleContext, fact: Versioned<T>, evaluate: (value: T) => Evaluation): Evaluation {
  const shown = evaluate(fact.value);
  if (!fact.conflicts?.length) return shown;
  const others = fact.conflicts.map((conflict) => ({ conflict, evaluation: evaluate(conflict.value) }));
  if (others.every(({ evaluation }) => evaluation.status === shown.status)) return shown;
  const versions = [
    { year: ctx.yearOf(fact.sources), phrase: shown.phrase ?? shown.message },
    ...others.map(({ conflict, evaluation }) => ({ year: ctx.yearOf(conflict.sources), phrase: evaluation.phrase ?? evaluation.message })),
  ];
  return {
    status: 'unknown',
    cause: 'sources',
    message: sentence(ctx.t.sourcesDisagree(versions), shown.given),
    given: shown.given,
    ...(shown.missing ? { missing: shown.missing } : {}),
  };
}
