/** Income and savings rules: thresholds in the programme's own currency and period, both incomes, family uplifts. */
import { perMonth, perPeriod, type MoneyPeriod } from '../data/amounts.js';
import type { FamilyRules, IncomeRequirement, SavingsRequirement } from '../data/schema.js';
import { moneyAlso } from '../i18n/format.js';
import { moneyWithDisplay, notGiven, sentence, text, type CheckStatus, type Evaluation, type RuleContext } from './context.js';
import type { Money } from './profile.js';

type AmountIncome = Extract<IncomeRequirement, { type: 'amount' }>;
type AmountSavings = Extract<SavingsRequirement, { type: 'amount' }>;

/** Within this share of a threshold, an approximate amount (converted, or "about" in the source) decides nothing. */
const UNCERTAIN_BAND = 0.05;

export interface Household {
  spouse: boolean;
  children: number;
}

export function householdOf(ctx: RuleContext): Household {
  return { spouse: ctx.profile.spouse === true, children: ctx.profile.children ?? 0 };
}

/** The income threshold for this household, in the income's own currency and period. */
function applyFamilyUplift(
  base: number,
  family: FamilyRules | undefined,
  household: Household,
): { amount: number; childrenUnpriced: boolean } {
  const uplift = family?.incomeUplift;
  if (!uplift) return { amount: base, childrenUnpriced: false };
  switch (uplift.type) {
    case 'percent':
      return {
        amount: base * (1 + ((household.spouse ? uplift.spouse : 0) + household.children * uplift.perChild) / 100),
        childrenUnpriced: false,
      };
    case 'per-member':
      return { amount: base + uplift.amount * ((household.spouse ? 1 : 0) + household.children), childrenUnpriced: false };
    case 'partner-total':
      return { amount: household.spouse ? uplift.amount : base, childrenUnpriced: household.children > 0 };
  }
}

/** The visitor's amount (a month, or once for savings) in `currency`, per `period`, and whether a rate was applied. */
function givenIn(ctx: RuleContext, money: Money, currency: string, period: MoneyPeriod | 'once') {
  const converted = ctx.convert(money.amount, money.currency, currency);
  return { amount: period === 'once' ? converted.amount : perPeriod(converted.amount, period), approximate: converted.approximate };
}

function compare(given: number, threshold: number, uncertain: boolean): CheckStatus {
  if (uncertain && Math.abs(given - threshold) < threshold * UNCERTAIN_BAND) return 'unknown';
  return given >= threshold ? 'met' : 'unmet';
}

function incomePhrase(ctx: RuleContext, req: AmountIncome, threshold: number, household: Household, uplifted: boolean): string {
  const { t } = ctx;
  // Name the household only where the source sets a family amount; elsewhere it says nothing about one.
  const people =
    uplifted && (household.spouse || household.children) ? t.forHousehold(t.household(household.spouse, household.children)) : '';
  return [
    t.incomeAtLeast(moneyWithDisplay(ctx, round(threshold), req.currency), req.period, req.basis, req.approximate === true),
    people,
    req.averageOfMonths ? t.overLastMonths(req.averageOfMonths, req.monthsRule) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function round(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The visitor's amount, with the same in the display currency and the programme's currency where those differ. */
function givenMoney(ctx: RuleContext, money: Money, programmeCurrency: string): string {
  return moneyAlso(ctx.f, ctx.convert, money.amount, money.currency, [ctx.displayCurrency, programmeCurrency]);
}

/** A gross income at least this many times an amount meets it when no net income is given (see assumedNet). */
const GROSS_FACTOR_FOR_NET = 2;

/** The visitor's incomes as they are compared with one threshold: in its currency and period. */
function incomesIn(ctx: RuleContext, req: AmountIncome) {
  const { monthlyIncome: net, grossMonthlyIncome: gross } = ctx.profile;
  return {
    net: net && givenIn(ctx, net, req.currency, req.period),
    gross: gross && givenIn(ctx, gross, req.currency, req.period),
  };
}

/** What the visitor gave, in one sentence: one income or both. */
function givenIncomeText(ctx: RuleContext, currency: string): string | undefined {
  const { monthlyIncome: net, grossMonthlyIncome: gross } = ctx.profile;
  if (net && gross) return ctx.t.youEarnBoth(givenMoney(ctx, gross, currency), givenMoney(ctx, net, currency));
  if (net) return ctx.t.youEarn(givenMoney(ctx, net, currency), 'net');
  if (gross) return ctx.t.youEarn(givenMoney(ctx, gross, currency), 'gross');
  return undefined;
}

interface BasisOutcome {
  status: CheckStatus;
  /** The figure the status rests on, for higher tiers. */
  amount?: number;
  reason?: string;
  cause?: Evaluation['cause'];
  missing?: ('monthlyIncome' | 'grossMonthlyIncome')[];
}

/**
 * Net income never exceeds gross. Per threshold: one stated after tax is compared with the net, one before tax with
 * the gross; one whose basis the sources do not state is met by a net figure that reaches it and failed by a gross
 * figure below it, and anything between stays open. A gross figure alone meets an after-tax (or unstated) amount
 * when it is at least twice that amount (see assumedNet).
 */
function byBasis(ctx: RuleContext, req: AmountIncome, threshold: number, uncertain: boolean): BasisOutcome {
  const { t } = ctx;
  const { net, gross } = incomesIn(ctx, req);
  const near = (given: { amount: number; approximate: boolean }) => uncertain || given.approximate;
  const judge = (given: { amount: number; approximate: boolean }, amount = threshold) => compare(given.amount, amount, near(given));
  const nearReason = req.approximate ? t.approximateThreshold : t.convertedNearThreshold;
  const open = (given: { amount: number }, reason: string, cause: Evaluation['cause'], missing?: BasisOutcome['missing']) => ({
    status: 'unknown' as const,
    amount: given.amount,
    reason,
    cause,
    ...(missing ? { missing } : {}),
  });
  const decided = (given: { amount: number; approximate: boolean }): BasisOutcome => {
    const status = judge(given);
    return status === 'unknown' ? open(given, nearReason, 'near') : { status, amount: given.amount };
  };
  const grossAlone = (g: { amount: number; approximate: boolean }): BasisOutcome => {
    const status = judge(g);
    if (status === 'unmet') return { status, amount: g.amount, reason: t.grossShort };
    if (status === 'unknown') return open(g, nearReason, 'near');
    if (judge(g, threshold * GROSS_FACTOR_FOR_NET) === 'met')
      return { status: 'met', amount: g.amount / GROSS_FACTOR_FOR_NET, reason: t.assumedNet };
    return open(g, t.netDecides, 'answer', ['monthlyIncome']);
  };
  switch (req.basis) {
    case 'net':
      return net ? decided(net) : grossAlone(gross!);
    case 'gross': {
      if (gross) return decided(gross);
      const status = judge(net!);
      if (status === 'met') return { status, amount: net!.amount };
      return status === 'unknown' ? open(net!, nearReason, 'near') : open(net!, t.grossBelow, 'answer', ['grossMonthlyIncome']);
    }
    case 'unspecified': {
      const netStatus = net && judge(net);
      const grossStatus = gross && judge(gross);
      if (netStatus === 'met') return { status: 'met', amount: net!.amount };
      if (grossStatus === 'unmet') return { status: 'unmet', amount: gross!.amount, ...(net ? {} : { reason: t.grossShort }) };
      if (netStatus === 'unknown') return open(net!, nearReason, 'near');
      if (grossStatus === 'unknown') return open(gross!, nearReason, 'near');
      // Left: the net falls short and the gross reaches it, or only one of them was given.
      if (net && gross) return open(net, t.basisUnstated('both'), 'unpublished');
      if (gross) return grossAlone(gross);
      return open(net!, t.basisUnstated('net'), 'answer', ['grossMonthlyIncome']);
    }
  }
}

/** Judges one income requirement (one source's version of it). */
export function evaluateIncome(ctx: RuleContext, req: IncomeRequirement, family: FamilyRules | undefined): Evaluation {
  const { t, profile } = ctx;
  if (req.type === 'none') return { status: 'met', message: t.noIncomeRequired, phrase: t.noIncomeRequired };
  if (req.type === 'unquantified') return unquantified(ctx, req);
  const household = householdOf(ctx);
  const { amount: threshold, childrenUnpriced } = applyFamilyUplift(req.amount, family, household);
  const phrase = incomePhrase(ctx, req, threshold, household, family?.incomeUplift !== undefined);
  if (!profile.monthlyIncome && !profile.grossMonthlyIncome)
    return {
      status: 'unknown',
      phrase,
      cause: 'answer',
      missing: ['grossMonthlyIncome'],
      message: sentence(t.needs(phrase), t.noIncomeGiven),
    };

  const givenText = givenIncomeText(ctx, req.currency)!;
  const outcome = byBasis(ctx, req, threshold, req.approximate === true);
  let { status, cause } = outcome;
  let missing = outcome.missing;
  const reasons: string[] = outcome.reason ? [outcome.reason] : [];
  if (status === 'met' && childrenUnpriced) {
    status = 'unknown';
    cause = 'unpublished';
    reasons.push(t.noAmountForChildren);
  }
  const topTier = Math.max(...(req.tiers ?? []).map((tier) => tier.amount));
  if (status === 'met' && req.tiers && (outcome.amount ?? 0) < topTier) {
    status = 'unknown';
    cause = 'not-asked';
    missing = undefined;
    for (const tier of req.tiers) reasons.push(t.higherTier(text(ctx, tier.label), ctx.f.money(tier.amount, req.currency)));
  }
  if (req.details && status !== 'met') reasons.push(text(ctx, req.details));
  if (status === 'unknown' && cause === 'answer') for (const field of missing ?? []) reasons.push(t.notGiven(field));
  return {
    status,
    phrase,
    given: givenText,
    ...(status === 'unknown' ? { cause, ...(missing ? { missing } : {}) } : {}),
    message: sentence(t.needs(phrase), givenText, ...reasons),
  };
}

/**
 * A requirement without an amount: a document to prepare never changes the verdict; an authority's judgement
 * keeps it open and says who decides.
 */
function unquantified(ctx: RuleContext, req: Extract<IncomeRequirement | SavingsRequirement, { type: 'unquantified' }>): Evaluation {
  const phrase = text(ctx, req.description);
  if (req.kind === 'document') return { status: 'met', phrase, message: ctx.t.documentToPrepare(phrase) };
  return { status: 'unknown', cause: 'unpublished', phrase, message: ctx.t.unpublished(phrase, text(ctx, req.decidedBy)) };
}

function evaluateSavingsValue(ctx: RuleContext, req: AmountSavings): Evaluation {
  const { t, profile } = ctx;
  const phrase = t.savingsAtLeast(moneyWithDisplay(ctx, req.amount, req.currency));
  const details = req.details ? text(ctx, req.details) : '';
  if (!profile.savings) return notGiven(ctx, phrase, 'savings', details);
  const given = givenIn(ctx, profile.savings, req.currency, 'once');
  const status = compare(given.amount, req.amount, given.approximate);
  const givenText = t.youSaved(givenMoney(ctx, profile.savings, req.currency));
  return {
    status,
    ...(status === 'unknown' ? { cause: 'near' as const } : {}),
    phrase,
    given: givenText,
    message: sentence(t.needs(phrase), details, givenText, status === 'unknown' && t.convertedNearThreshold),
  };
}

/** An amount the visitor would need, in their own currency and in the programme's (per month for income). */
export interface Needed {
  amount: number;
  own: { amount: number; currency: string };
}

/**
 * The monthly income, in `currency`, that meets every version the sources give of the programme's income
 * threshold for this household (uplifts included); undefined where no amount is set.
 */
export function incomeNeeded(ctx: RuleContext, currency: string): Needed | undefined {
  const fact = ctx.programme.income;
  if (!fact) return undefined;
  const household = householdOf(ctx);
  let best: Needed | undefined;
  for (const req of [fact.value, ...(fact.conflicts ?? []).map((c) => c.value)]) {
    if (req.type !== 'amount') continue;
    const monthly = perMonth(applyFamilyUplift(req.amount, ctx.programme.family?.value, household).amount, req.period);
    const amount = ctx.convert(monthly, req.currency, currency).amount;
    if (!best || amount > best.amount) best = { amount, own: { amount: monthly, currency: req.currency } };
  }
  return best;
}

/** The savings, in `currency`, that meet every version of the programme's savings amount. */
export function savingsNeeded(ctx: RuleContext, currency: string): Needed | undefined {
  const fact = ctx.programme.savings;
  if (!fact) return undefined;
  let best: Needed | undefined;
  for (const req of [fact.value, ...(fact.conflicts ?? []).map((c) => c.value)]) {
    if (req.type !== 'amount') continue;
    const amount = ctx.convert(req.amount, req.currency, currency).amount;
    if (!best || amount > best.amount) best = { amount, own: { amount: req.amount, currency: req.currency } };
  }
  return best;
}

/** Judges one savings requirement (one source's version of it). */
export function evaluateSavings(ctx: RuleContext, req: SavingsRequirement): Evaluation {
  if (req.type === 'none') return { status: 'met', message: ctx.t.noSavingsRequired };
  if (req.type === 'unquantified') return unquantified(ctx, req);
  return evaluateSavingsValue(ctx, req);
}

/**
 * How far the visitor's income clears the income every source asks of this household, as a share of it
 * (0.2: 20 % above), never below 0; undefined where no amount applies or no income was given.
 */
export function incomeHeadroom(ctx: RuleContext): number | undefined {
  const given = ctx.profile.monthlyIncome ?? ctx.profile.grossMonthlyIncome;
  if (!given) return undefined;
  const needed = incomeNeeded(ctx, given.currency);
  if (!needed || needed.amount <= 0) return undefined;
  return Math.max(0, given.amount / needed.amount - 1);
}
