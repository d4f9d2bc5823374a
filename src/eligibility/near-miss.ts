/**
 * Near-miss advice: for a programme the visitor is not eligible for, the changes to their situation that would
 * clear every unmet requirement; for one left to be checked by an income below an amount that may be meant
 * before tax, the income that settles it. Each unmet check needs one change, so the list is as short as it can be; a
 * requirement nobody can change (citizenship, the kind of work, free movement) leaves no advice at all.
 * Every proposal is re-checked by the engine before it is offered, so advice never promises more than the rules give.
 */
import type { CheckableRequirement } from '../data/schema.js';
import type { CheckStatus, RuleContext } from './context.js';
import { householdOf, incomeNeeded, savingsNeeded, type Needed } from './money-rules.js';
import type { ApplicantProfile, Money } from './profile.js';

export interface Change {
  /** The requirement this change clears: income, savings, or a requirement type such as degree-or-experience. */
  requirement: string;
  /** The change in one sentence, in the requested language. */
  message: string;
  /** Income (a month) or savings still missing, in the visitor's own currency; rounded up. */
  shortfall?: Money;
  /** How far off, as a share of the threshold (0.1 = 10 % short); for ranking. Money changes only. */
  gap?: number;
}

export interface NearMiss {
  changes: Change[];
  /** What the verdict becomes with every change: eligible, or still to be checked (an authority decides). */
  verdict: 'eligible' | 'unknown';
}

interface Fix {
  change: Change;
  apply(profile: ApplicantProfile): ApplicantProfile;
}

type Evaluate = (profile: ApplicantProfile) => { requirement: string; status: CheckStatus }[];

/** Rounds up, to cents for amounts in the programme's own currency and to whole units for converted ones. */
function roundUp(amount: number, cents: boolean): number {
  const factor = cents ? 100 : 1;
  return Math.ceil(amount * factor - 1e-9) / factor;
}

/** "€480" exactly, or "≈ £405" plus the exact amount in the programme's currency. */
function shortfallText(ctx: RuleContext, needed: Needed, given: Money, shortfall: number): { text: string; exact?: string } {
  const { f, t } = ctx;
  if (given.currency === needed.own.currency) return { text: f.money(shortfall, given.currency) };
  const own = ctx.convert(given.amount, given.currency, needed.own.currency).amount;
  const exact = f.money(roundUp(needed.own.amount - own, true), needed.own.currency);
  return { text: t.approx(f.money(shortfall, given.currency)), exact };
}

function moneyFix(
  ctx: RuleContext,
  requirement: 'income' | 'savings',
  needed: Needed | undefined,
  given: Money | undefined,
  field: 'monthlyIncome' | 'grossMonthlyIncome' | 'savings',
): Fix | undefined {
  if (!needed || !given) return undefined;
  const sameCurrency = given.currency === needed.own.currency;
  const shortfall = roundUp(needed.amount - given.amount, sameCurrency);
  if (shortfall <= 0) return undefined;
  const { text, exact } = shortfallText(ctx, needed, given, shortfall);
  const message = requirement === 'income' ? ctx.t.changeIncome(text, exact) : ctx.t.changeSavings(text, exact);
  const amount = { amount: given.amount + shortfall, currency: given.currency };
  return {
    change: { requirement, message, shortfall: { amount: shortfall, currency: given.currency }, gap: shortfall / needed.amount },
    apply: (profile) => ({ ...profile, [field]: amount }),
  };
}

/** A country outside the programme's, in the OECD (so that no other employer rule is broken by the proposal). */
function elsewhere(ctx: RuleContext): string {
  return ctx.programme.country === 'us' ? 'ca' : 'us';
}

function requirementFix(ctx: RuleContext, req: CheckableRequirement): Fix | undefined {
  const { t, f, programme } = ctx;
  const change = (message: string): Change => ({ requirement: req.type, message });
  switch (req.type) {
    case 'degree-or-experience': {
      const itOnly = req.experienceField === 'it';
      return {
        change: change(t.changeExperience(req.experienceYears, itOnly, req.degreeField === 'stem')),
        apply: (p) => ({
          ...p,
          yearsExperience: Math.max(p.yearsExperience ?? 0, req.experienceYears),
          ...(itOnly ? { itProfessional: true } : {}),
        }),
      };
    }
    case 'employer-min-employees':
      return { change: change(t.changeEmployerSize(req.min)), apply: (p) => ({ ...p, employerEmployees: req.min }) };
    case 'employer-in-group': {
      const member = ctx.groups.membersOf(req.group).find((code) => code !== programme.country);
      return member
        ? { change: change(t.changeEmployerGroup(ctx.groupName(req.group))), apply: (p) => ({ ...p, employerCountry: member }) }
        : undefined;
    }
    case 'employer-abroad':
      return {
        change: change(t.changeEmployerAbroad(f.country(programme.country))),
        apply: (p) =>
          p.clientCountries
            ? { ...p, clientCountries: [...p.clientCountries.filter((code) => code !== programme.country), elsewhere(ctx)] }
            : { ...p, employerCountry: elsewhere(ctx) },
      };
    case 'clients-in-country':
      return {
        change: change(t.changeClient(f.country(req.country))),
        apply: (p) => ({ ...p, clientCountries: [...(p.clientCountries ?? []).filter((code) => code !== req.country), req.country] }),
      };
    case 'min-months-working': {
      const more = req.months - (ctx.profile.monthsWorking ?? 0);
      return {
        change: change(t.changeMonths(Math.max(more, 0), req.inclusive)),
        apply: (p) => ({ ...p, monthsWorking: req.inclusive ? req.months : req.months + 0.5 }),
      };
    }
    case 'it-professional':
    case 'schengen-visa-free':
      return undefined; // a career or a passport: not a change to offer
  }
}

function fixFor(ctx: RuleContext, requirement: string, evaluate: Evaluate): Fix | undefined {
  const { profile, programme } = ctx;
  if (requirement === 'income') {
    // The figure the visitor gave: after tax where given, else before tax.
    const field = profile.monthlyIncome ? 'monthlyIncome' : 'grossMonthlyIncome';
    const given = profile[field];
    const fix = moneyFix(ctx, 'income', given && incomeNeeded(ctx, given.currency), given, field);
    if (!fix) return undefined;
    const extras: string[] = [];
    // A family uplift (Greece, Montenegro, Iceland): applying alone may be enough.
    const household = householdOf(ctx);
    if (programme.family?.value.incomeUplift && (household.spouse || household.children)) {
      const alone = evaluate({ ...profile, spouse: false, children: 0 }).find((check) => check.requirement === 'income');
      if (alone && alone.status !== 'unmet') extras.push(ctx.t.changeAlone);
    }
    // Croatia: savings may replace the income.
    const savings = programme.savings?.value;
    if (savings?.type === 'amount' && savings.role === 'alternative-to-income') {
      extras.push(ctx.t.changeOrSavings(ctx.f.money(savings.amount, savings.currency)));
    }
    if (extras.length) fix.change.message = [fix.change.message, ...extras].join(' ');
    return fix;
  }
  if (requirement === 'savings') {
    const given = profile.savings;
    return moneyFix(ctx, 'savings', given && savingsNeeded(ctx, given.currency), given, 'savings');
  }
  const fact = programme.checks.find((check) => check.value.type === requirement);
  return fact ? requirementFix(ctx, fact.value) : undefined;
}

/**
 * The changes that clear every unmet check, verified by evaluating the changed profile; undefined when some
 * unmet requirement cannot be changed, or the changes would not be enough.
 */
export function nearMiss(
  ctx: RuleContext,
  checks: readonly { requirement: string; status: CheckStatus }[],
  evaluate: Evaluate,
): NearMiss | undefined {
  const unmet = checks.filter((check) => check.status === 'unmet');
  if (!unmet.length) return settlingIncome(ctx, checks, evaluate);
  const fixes: Fix[] = [];
  for (const check of unmet) {
    const fix = fixFor(ctx, check.requirement, evaluate);
    if (!fix) return undefined;
    fixes.push(fix);
  }
  const changed = fixes.reduce((profile, fix) => fix.apply(profile), ctx.profile);
  const after = evaluate(changed);
  if (after.some((check) => check.status === 'unmet')) return undefined;
  return { changes: fixes.map((fix) => fix.change), verdict: after.some((check) => check.status === 'unknown') ? 'unknown' : 'eligible' };
}

/**
 * A "to be checked" programme whose income check is open because the visitor's figure falls short of an amount
 * the sources may mean before tax: the income that would settle it. Offered only when that one change makes the
 * programme eligible, as re-checked by the engine.
 */
function settlingIncome(
  ctx: RuleContext,
  checks: readonly { requirement: string; status: CheckStatus }[],
  evaluate: Evaluate,
): NearMiss | undefined {
  if (!checks.some((check) => check.requirement === 'income' && check.status === 'unknown')) return undefined;
  const fix = fixFor(ctx, 'income', evaluate);
  if (!fix) return undefined;
  const after = evaluate(fix.apply(ctx.profile));
  return after.every((check) => check.status === 'met') ? { changes: [fix.change], verdict: 'eligible' } : undefined;
}
