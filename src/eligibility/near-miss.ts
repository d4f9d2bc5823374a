/**
 * Near-miss advice: for a programme the visitor is not eligible for, the changes to their situation that would
 * clear every unmet requirement; for one left to be checked by an income below an amount that may be meant
 * before tax, the income that settles it. Each unmet check needs one change, so the list is as short as it can be; a
 * requirement nobody can change (citizenship, the kind of work, free movement) leaves no advice at all.
 * Every proposal is re-checked by the engine before it is offered, so advice never promises more than the rules give.
 */
import type { CheckStatus, RuleContext } from './context.js';
import type { Needed } from './money-rules.js';
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

export interface Fix {
  change: Change;
  apply(profile: ApplicantProfile): ApplicantProfile;
}

export type Evaluate = (profile: ApplicantProfile) => { requirement: string; status: CheckStatus }[];

/** Rounds a shortfall up to whole units: advice needs no cents, and rounding up still meets the threshold. */
function roundUp(amount: number): number {
  return Math.ceil(amount - 1e-9);
}

/** "€480" exactly, or "≈ £405" plus the exact amount in the programme's currency. */
function shortfallText(ctx: RuleContext, needed: Needed, given: Money, shortfall: number): { text: string; exact?: string } {
  const { f } = ctx;
  if (given.currency === needed.own.currency) return { text: f.money(shortfall, given.currency) };
  const own = ctx.convert(given.amount, given.currency, needed.own.currency).amount;
  const exact = f.money(roundUp(needed.own.amount - own), needed.own.currency);
  return { text: f.approx(f.money(shortfall, given.currency)), exact };
}

export function moneyFix(
  ctx: RuleContext,
  requirement: 'income' | 'savings',
  needed: Needed | undefined,
  given: Money | undefined,
  field: 'monthlyIncome' | 'grossMonthlyIncome' | 'savings',
): Fix | undefined {
  if (!needed || !given) return undefined;
  const shortfall = roundUp(needed.amount - given.amount);
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
export function otherCountry(ctx: RuleContext): string {
  return ctx.programme.country === 'us' ? 'ca' : 'us';
}

/** The change that meets one check, by its name (from the checker of its row); undefined where none can be offered. */
export type FixFor = (requirement: string) => Fix | undefined;

/**
 * The changes that clear every unmet check, verified by evaluating the changed profile; undefined when some
 * unmet requirement cannot be changed, or the changes would not be enough.
 */
export function nearMiss(
  ctx: RuleContext,
  checks: readonly { requirement: string; status: CheckStatus }[],
  evaluate: Evaluate,
  fixFor: FixFor,
): NearMiss | undefined {
  const unmet = checks.filter((check) => check.status === 'unmet');
  if (!unmet.length) return settlingIncome(ctx, checks, evaluate, fixFor);
  const fixes: Fix[] = [];
  for (const check of unmet) {
    const fix = fixFor(check.requirement);
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
  fixFor: FixFor,
): NearMiss | undefined {
  if (!checks.some((check) => check.requirement === 'income' && check.status === 'unknown')) return undefined;
  const fix = fixFor('income');
  if (!fix) return undefined;
  const after = evaluate(fix.apply(ctx.profile));
  return after.every((check) => check.status === 'met') ? { changes: [fix.change], verdict: 'eligible' } : undefined;
}
