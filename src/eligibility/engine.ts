/**
 * checkEligibility(profile, options): for each programme, every rule's check and a verdict.
 * Any unmet check → ineligible; otherwise any unknown → unknown; otherwise eligible. A programme whose
 * sources give nothing a form can check gets one unknown check ("sources"), never a bare "eligible".
 * Requirements no form can check (documents, conditions) never change the verdict: they are listed.
 */
import { createGroupLookup } from '../data/country-groups.js';
import { createConverter, isCurrency } from '../data/currency.js';
import { isCountryCode } from '../data/iso-countries.js';
import type { Currency, Dataset } from '../data/schema.js';
import { formatter } from '../i18n/format.js';
import { resolveLocale } from '../i18n/locale.js';
import { messages } from '../i18n/messages/index.js';
import { text, type CheckStatus, type Evaluation, type RuleContext } from './context.js';
import { incomeCheck, savingsCheck } from './money-rules.js';
import { EligibilityInputError, validateProfile, type Profile } from './profile.js';
import { employmentCheck, familyCheck, nationalityCheck, requirementChecks } from './rules.js';

export type Verdict = 'eligible' | 'ineligible' | 'unknown';

export interface EligibilityCheck {
  /** citizenship, employment, income, savings, family, or a requirement type such as employer-abroad. */
  requirement: string;
  status: CheckStatus;
  /** What is needed and what was given, in the requested language. */
  message: string;
}

export interface EligibilityResult {
  programme: string;
  country: string;
  verdict: Verdict;
  checks: EligibilityCheck[];
  /** Documents to gather, in the requested language. */
  prepare: string[];
  /** Conditions the visitor must confirm; no form checks them. */
  conditions: string[];
}

export interface EligibilityOptions {
  /** Limit to these programme ids. */
  programmes?: string[];
  /** Limit to programmes in these countries (ISO alpha-2, lowercase). */
  countries?: string[];
  /** Language of the messages: en, de (a region variant or an unsupported tag falls back to en). */
  lang?: string;
  /** Also show amounts in this currency. */
  displayCurrency?: string;
}

export type CheckEligibility = (profile: Profile, options?: EligibilityOptions) => EligibilityResult[];

/** Builds the engine over a dataset (the bundled one, or an agency's). */
export function createEligibilityChecker(data: Pick<Dataset, 'programmes' | 'sources' | 'exchangeRates' | 'countryGroups'>): CheckEligibility {
  const convert = createConverter(data.exchangeRates);
  const groups = createGroupLookup(data.countryGroups);
  const years = new Map(data.sources.map((source) => [source.id, source.asOf.slice(0, 4)]));
  const yearOf = (sources: string[]) => sources.map((id) => years.get(id) ?? '').sort().at(-1) ?? '';
  const ids = new Set(data.programmes.map((p) => p.id));

  return (input, options = {}) => {
    const profile = validateProfile(input);
    const selected = selectProgrammes(data.programmes, ids, options);
    const locale = resolveLocale(options.lang);
    const displayCurrency = options.displayCurrency;
    if (displayCurrency !== undefined && !isCurrency(displayCurrency)) {
      throw new EligibilityInputError('options.displayCurrency', `unknown currency ${JSON.stringify(displayCurrency)}`);
    }
    const base = { profile, locale, t: messages(locale).engine, f: formatter(locale), convert, groups, yearOf, displayCurrency: displayCurrency as Currency | undefined };

    return selected.map((programme) => {
      const ctx: RuleContext = { ...base, programme };
      const named: [string, Evaluation | undefined][] = [
        ['citizenship', nationalityCheck(ctx)],
        ['employment', employmentCheck(ctx)],
        ['income', incomeCheck(ctx)],
        ['savings', savingsCheck(ctx)],
        ['family', familyCheck(ctx)],
        ...requirementChecks(ctx).map(({ requirement, evaluation }) => [requirement, evaluation] as [string, Evaluation]),
      ];
      const checks = named
        .filter((entry): entry is [string, Evaluation] => entry[1] !== undefined)
        .map(([requirement, { status, message }]) => ({ requirement, status, message }));
      // Nothing checkable (Kazakhstan's B9): "eligible" would rest on no evidence at all.
      if (!checks.length) checks.push({ requirement: 'sources', status: 'unknown', message: ctx.t.nothingToCheck });
      return {
        programme: programme.id,
        country: programme.country,
        verdict: verdictOf(checks),
        checks,
        prepare: programme.prepare.map((item) => text(ctx, item.text)),
        conditions: programme.conditions.map((item) => text(ctx, item.text)),
      };
    });
  };
}

export function verdictOf(checks: readonly { status: CheckStatus }[]): Verdict {
  if (checks.some((check) => check.status === 'unmet')) return 'ineligible';
  if (checks.some((check) => check.status === 'unknown')) return 'unknown';
  return 'eligible';
}

function selectProgrammes<P extends { id: string; country: string }>(all: readonly P[], ids: Set<string>, options: EligibilityOptions): P[] {
  const { programmes, countries } = options;
  if (programmes !== undefined) {
    if (!Array.isArray(programmes)) throw new EligibilityInputError('options.programmes', 'must be an array of programme ids');
    const unknown = programmes.filter((id) => !ids.has(id));
    if (unknown.length) throw new EligibilityInputError('options.programmes', `unknown programme id(s): ${unknown.join(', ')}`);
  }
  if (countries !== undefined) {
    if (!Array.isArray(countries)) throw new EligibilityInputError('options.countries', 'must be an array of country codes');
    const unknown = countries.filter((code) => !isCountryCode(code));
    if (unknown.length) throw new EligibilityInputError('options.countries', `unknown country code(s): ${unknown.join(', ')}`);
  }
  return all.filter((p) => (!programmes || programmes.includes(p.id)) && (!countries || countries.includes(p.country)));
}
