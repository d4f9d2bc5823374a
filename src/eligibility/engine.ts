/**
 * checkEligibility(profile, options): for each programme, every rule's check, a verdict about the main applicant,
 * the family apart, and the changes that would turn "not eligible" into "eligible".
 * Any unmet check → ineligible; otherwise any unknown → unknown; otherwise eligible. Conditions an authority
 * decides or only the applicant can confirm are unknown checks, so they keep the verdict open; documents and
 * rules of stay never change it. A programme whose sources give nothing to check is never "eligible".
 * A dual national is judged with the passport that does best, per programme.
 */
import { isCurrency } from '../data/currency.js';
import { createDataSource, type DataSource } from '../data/data-source.js';
import type { Currency, Dataset } from '../data/schema.js';
import { formatter } from '../i18n/format.js';
import { resolveLocale } from '../i18n/locale.js';
import { messages } from '../i18n/messages/index.js';
import { text, type CheckStatus, type RuleContext } from './context.js';
import { familyOutcome, type FamilyOutcome, type FamilyStatus } from './family.js';
import { evaluateRow, fixOf, rowName } from './checkers.js';
import { incomeHeadroom } from './money-rules.js';
import { nearMiss, type Change } from './near-miss.js';
import { EligibilityInputError, passportsOf, validateProfile, type ApplicantProfile, type Profile } from './profile.js';
import type { ProfileField } from '../i18n/catalogue.js';
import type { OpenCause } from './context.js';
import { requirementRows, type Row } from './requirements.js';
import { confirmAndReview, freeMovementNote, hasFreeMovement } from './rules.js';

export type Verdict = 'eligible' | 'ineligible' | 'unknown';
export type { OpenCause } from './context.js';
export type { ProfileField } from '../i18n/catalogue.js';
export type { Change } from './near-miss.js';
export type { FamilyOutcome, FamilyStatus } from './family.js';

export interface EligibilityCheck {
  /**
   * citizenship, free-movement, employment, income, savings, a requirement type such as employer-abroad, or
   * unpublished (a criterion the sources publish no test for: an authority decides).
   */
  requirement: string;
  status: CheckStatus;
  /** What is needed and what was given, in the requested language. */
  message: string;
  /** Why an unknown check is open: a missing answer, an unpublished criterion, disagreeing sources, … */
  cause?: OpenCause;
  /** With cause "answer": the profile fields whose answer would settle the check. */
  missing?: ProfileField[];
}

export interface EligibilityResult {
  programme: string;
  country: string;
  /** About the main applicant only; the family is judged in `family`. */
  verdict: Verdict;
  /** The passport the verdict is for, when several were given. */
  citizenship?: string;
  checks: EligibilityCheck[];
  /** Only when a spouse or children were given: can they come on this permit? */
  family?: FamilyOutcome;
  /**
   * Not eligible: the fewest changes that clear every unmet requirement ([] when none can). To be checked only
   * because an income is below an amount that may be meant before tax: the income that makes it eligible.
   * Otherwise [].
   */
  nearMiss: Change[];
  /** With `nearMiss` applied: eligible, or still to be checked because an authority or the applicant decides. */
  nearMissVerdict?: 'eligible' | 'unknown';
  /**
   * Eligible only: how far the income clears the highest amount the sources ask of this household, as a share
   * of it (0.25: 25 % above). Absent where no amount applies or no income was given.
   */
  incomeHeadroom?: number;
  /**
   * True when an EU, EEA or Swiss citizen asks about a programme in the EU, the EEA or Switzerland: no visa is
   * needed. Not eligible for that reason, unless the programme admits them explicitly (Malta): then judged as
   * for anyone, with `freeMovementNote`.
   */
  freeMovement?: boolean;
  /** With `freeMovement` on a programme that admits such citizens: that they need no visa, in the requested language. */
  freeMovementNote?: string;
  /**
   * Facts only the applicant knows, which the form does not ask (no criminal record, no earlier visa): they never
   * hold the verdict open; an eligible result is "eligible if you can confirm" these.
   */
  confirm: string[];
  /** Who reviews the application, on criteria the engine has checked (Astana Hub); never holds the verdict open. */
  reviewedBy: string[];
  /** Documents to gather, in the requested language. */
  prepare: string[];
  /** Rules to keep while holding the permit, in the requested language. */
  conditions: string[];
}

export interface EligibilityOptions {
  /** These programme ids. With `countries` too: these programmes and every programme in those countries. */
  programmes?: string[];
  /** Programmes in these countries (ISO alpha-2). Neither option: every programme. */
  countries?: string[];
  /** Language of the messages: en, de or ru (a region variant or an unsupported tag falls back to en). */
  lang?: string;
  /** Also show amounts in this currency. */
  displayCurrency?: string;
}

export type CheckEligibility = (profile: Profile, options?: EligibilityOptions) => EligibilityResult[];

/** Builds the engine over a dataset (the bundled one, or an agency's), or over a data source already built for one. */
export function createEligibilityChecker(data: Dataset | DataSource): CheckEligibility {
  const source = 'select' in data ? data : createDataSource(data);
  const { convert, groups, yearOf } = source;

  return (input, options = {}) => {
    const profile = validateProfile(input);
    checkIncomes(profile, convert);
    const selected = selectedProgrammes(source, options);
    const locale = resolveLocale(options.lang);
    const displayCurrency = options.displayCurrency;
    if (displayCurrency !== undefined && !isCurrency(displayCurrency)) {
      throw new EligibilityInputError('options.displayCurrency', `unknown currency ${JSON.stringify(displayCurrency)}`);
    }
    const base = {
      locale,
      t: messages(locale).engine,
      groupName: messages(locale).facts.group,
      f: formatter(locale),
      convert,
      groups,
      yearOf,
      displayCurrency: displayCurrency as Currency | undefined,
    };
    const passports = passportsOf(profile);
    const applicants: ApplicantProfile[] = passports.length
      ? passports.map((citizenship) => ({ ...profile, citizenship }))
      : [{ ...profile, citizenship: undefined }];

    return selected.map((programme) => {
      const judged = applicants.map((applicant) => judge({ ...base, programme, profile: applicant }));
      const best = judged.reduce((a, b) => (closeness(b) < closeness(a) ? b : a));
      return passports.length > 1 ? best : withoutCitizenship(best);
    });
  };
}

/** Every check of one programme for one passport: each requirement row, judged by the checker of its kind. */
function evaluateChecks(ctx: RuleContext, rows: readonly Row[]): EligibilityCheck[] {
  const checks = rows.flatMap((row): EligibilityCheck[] => {
    const evaluation = evaluateRow(ctx, row);
    if (!evaluation) return [];
    const { status, message, cause, missing } = evaluation;
    return [
      {
        requirement: rowName(row),
        status,
        message,
        ...(status === 'unknown' ? { cause: cause ?? 'unpublished', ...(missing ? { missing } : {}) } : {}),
      },
    ];
  });
  // Nothing checkable: "eligible" would rest on no evidence at all.
  if (!checks.length) checks.push({ requirement: 'sources', status: 'unknown', message: ctx.t.nothingToCheck, cause: 'unpublished' });
  return checks;
}

function judge(ctx: RuleContext): EligibilityResult {
  const { programme } = ctx;
  const rows = requirementRows(programme);
  const checks = evaluateChecks(ctx, rows);
  const verdict = verdictOf(checks);
  const evaluate = (profile: ApplicantProfile) => evaluateChecks({ ...ctx, profile }, rows);
  const fixFor = (requirement: string) => {
    const row = rows.find((candidate) => rowName(candidate) === requirement);
    return row && fixOf(ctx, row, evaluate);
  };
  const advice = verdict !== 'eligible' ? nearMiss(ctx, checks, evaluate, fixFor) : undefined;
  const family = familyOutcome(ctx);
  const headroom = verdict === 'eligible' ? incomeHeadroom(ctx) : undefined;
  // Requirements without an amount that are only a document to show (Romania's proof of means).
  const documents = [programme.income?.value, programme.savings?.value].flatMap((value) =>
    value?.type === 'unquantified' && value.kind === 'document' ? [text(ctx, value.description)] : [],
  );
  return {
    programme: programme.id,
    country: programme.country,
    verdict,
    ...(ctx.profile.citizenship ? { citizenship: ctx.profile.citizenship } : {}),
    checks,
    ...(family ? { family } : {}),
    nearMiss: advice?.changes ?? [],
    ...(advice ? { nearMissVerdict: advice.verdict } : {}),
    ...(headroom !== undefined ? { incomeHeadroom: headroom } : {}),
    ...(hasFreeMovement(ctx) ? { freeMovement: true } : {}),
    ...(hasFreeMovement(ctx) && !checks.some((check) => check.requirement === 'free-movement')
      ? { freeMovementNote: freeMovementNote(ctx) }
      : {}),
    ...confirmAndReview(ctx),
    prepare: [...programme.prepare.map((item) => text(ctx, item.text)), ...documents],
    conditions: programme.conditions.filter((item) => item.kind === 'rule-of-stay').map((item) => text(ctx, item.text)),
  };
}

function withoutCitizenship(result: EligibilityResult): EligibilityResult {
  const { citizenship: _, ...rest } = result;
  return rest;
}

const VERDICT_RANK: Record<Verdict, number> = { eligible: 0, unknown: 1, ineligible: 2 };

/** How much an eligible result loses for its family: none where they can come or none was given. */
const FAMILY_FIT: Record<FamilyStatus, number> = { allowed: 0, conditional: 0.3, unknown: 0.3, 'not-allowed': 0.6 };

/**
 * A sort key, smaller is closer to "yes": eligible, then to be checked, then not eligible ordered by the
 * number of changes needed and how far the largest money gap is; not eligible with no possible change last.
 * Among eligible results, the best fit first: the family can come (when one was given), then the most income
 * to spare over the amount (no amount to meet counts as plenty).
 */
export function closeness(
  result: Pick<EligibilityResult, 'verdict' | 'nearMiss'> & Partial<Pick<EligibilityResult, 'family' | 'incomeHeadroom'>>,
): number {
  if (result.verdict === 'eligible') {
    const spare = Math.min(result.incomeHeadroom ?? 1, 1);
    return (result.family ? FAMILY_FIT[result.family.status] : 0) + 0.3 * (1 - spare);
  }
  if (result.verdict !== 'ineligible') return VERDICT_RANK[result.verdict];
  if (!result.nearMiss.length) return 1000;
  const gap = Math.max(0, ...result.nearMiss.map((change) => Math.min(change.gap ?? 0.5, 0.99)));
  return 2 + result.nearMiss.length + gap;
}

export function verdictOf(checks: readonly { status: CheckStatus }[]): Verdict {
  if (checks.some((check) => check.status === 'unmet')) return 'ineligible';
  if (checks.some((check) => check.status === 'unknown')) return 'unknown';
  return 'eligible';
}

/** Income before tax is never below income after tax; in two currencies, beyond the margin of a dated rate. */
function checkIncomes(profile: Profile, convert: DataSource['convert']): void {
  const { monthlyIncome: net, grossMonthlyIncome: gross } = profile;
  if (!net || !gross || net.currency === gross.currency) return;
  const grossInNet = convert(gross.amount, gross.currency, net.currency).amount;
  if (grossInNet < net.amount * 0.95)
    throw new EligibilityInputError(
      'grossMonthlyIncome',
      `is below monthlyIncome (${gross.amount} ${gross.currency} < ${net.amount} ${net.currency}): ` +
        'income before tax is never less than after',
    );
}

function selectedProgrammes(source: DataSource, options: EligibilityOptions) {
  const { programmes, countries } = options;
  if (programmes !== undefined && !Array.isArray(programmes))
    throw new EligibilityInputError('options.programmes', 'must be an array of programme ids');
  if (countries !== undefined && !Array.isArray(countries))
    throw new EligibilityInputError('options.countries', 'must be an array of country codes');
  const selection = source.select({ programmes, countries });
  if (selection.unknownProgrammes.length)
    throw new EligibilityInputError('options.programmes', `unknown programme id(s): ${selection.unknownProgrammes.join(', ')}`);
  if (selection.unknownCountries.length)
    throw new EligibilityInputError('options.countries', `unknown country code(s): ${selection.unknownCountries.join(', ')}`);
  return selection.programmes;
}
