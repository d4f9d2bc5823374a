/**
 * One checker per kind of requirement row (requirements.ts): what it reads, how it judges one source's version
 * of the rule (its message says what is needed and what was given), and what change would meet it. Adding a
 * kind of rule means one entry here and its test; the engine, the near-miss advice and the next question take it
 * from this table. No DOM.
 */
import type { ProfileField } from '../i18n/catalogue.js';
import { evaluateFact, sentence, type CheckStatus, type Evaluation, type RuleContext } from './context.js';
import { householdOf, evaluateIncome, evaluateSavings, incomeNeeded, savingsNeeded } from './money-rules.js';
import { moneyFix, otherCountry, type Change, type Evaluate, type Fix } from './near-miss.js';
import type { RequirementKind, RequirementParams, Row } from './requirements.js';
import {
  clientsAbroad,
  clientsInCountry,
  degreeOrExperience,
  employmentCheck,
  freeMovementCheck,
  known,
  monthsWorking,
  nationalityCheck,
  unpublishedCheck,
} from './rules.js';

export interface Checker<K extends RequirementKind> {
  /** The answers it reads. */
  reads: readonly ProfileField[];
  /** One source's version of the rule; undefined where it asks nothing of this visitor. */
  evaluate(ctx: RuleContext, params: RequirementParams[K], row: Row<K>): Evaluation | undefined;
  /**
   * The change to the visitor's situation that would meet it, re-checked by the engine before it is offered;
   * none where nobody can change it (a passport, a career, free movement).
   */
  fix?(ctx: RuleContext, params: RequirementParams[K], evaluate: Evaluate): Fix | undefined;
}

const change = (requirement: string, message: string): Change => ({ requirement, message });

const either = (statuses: CheckStatus[]): CheckStatus =>
  statuses.includes('met') ? 'met' : statuses.every((s) => s === 'unmet') ? 'unmet' : 'unknown';

/** The income a month that meets the amount; "or apply alone" where a family uplift is what fails. */
function incomeFix(ctx: RuleContext, params: RequirementParams['income'], evaluate: Evaluate): Fix | undefined {
  const { profile } = ctx;
  // The figure the visitor gave: after tax where given, else before tax.
  const field = profile.monthlyIncome ? 'monthlyIncome' : 'grossMonthlyIncome';
  const given = profile[field];
  const fix = moneyFix(ctx, 'income', given && incomeNeeded(ctx, given.currency), given, field);
  if (!fix) return undefined;
  const household = householdOf(ctx);
  if (params.family?.incomeUplift && (household.spouse || household.children)) {
    const alone = evaluate({ ...profile, spouse: false, children: 0 }).find((check) => check.requirement === 'income');
    if (alone && alone.status !== 'unmet') fix.change.message = `${fix.change.message} ${ctx.t.changeAlone}`;
  }
  return fix;
}

export const CHECKERS: { [K in RequirementKind]: Checker<K> } = {
  'free-movement': {
    reads: ['citizenship'],
    evaluate: (ctx, params) => freeMovementCheck(ctx, params.admitsFreeMovement),
  },
  citizenship: {
    reads: ['citizenship'],
    evaluate: (ctx, params, row) => nationalityCheck(ctx, params, row.note),
  },
  employment: {
    reads: ['employment'],
    evaluate: (ctx, params, row) => employmentCheck(ctx, params, row.note),
  },
  income: {
    reads: ['grossMonthlyIncome', 'monthlyIncome'],
    evaluate: (ctx, params) => evaluateIncome(ctx, params.requirement, params.family),
    fix: incomeFix,
  },
  savings: {
    reads: ['savings'],
    evaluate: (ctx, params) => evaluateSavings(ctx, params),
    fix: (ctx) => {
      const given = ctx.profile.savings;
      return moneyFix(ctx, 'savings', given && savingsNeeded(ctx, given.currency), given, 'savings');
    },
  },
  'any-of': {
    reads: ['grossMonthlyIncome', 'monthlyIncome', 'savings'],
    evaluate: (ctx, params) => {
      const parts = params.rows.map((row) => evaluateRow(ctx, row)).filter((e): e is Evaluation => e !== undefined);
      const status = either(parts.map((part) => part.status));
      const phrase = ctx.f.list(
        parts.map((part) => part.phrase ?? ''),
        'disjunction',
      );
      // Each alternative's own words after its "Needs …": what was given and why it is open; where one is met, that one.
      const rest = (part: Evaluation) => {
        const needs = part.phrase === undefined ? '' : ctx.t.needs(part.phrase);
        return needs && part.message.startsWith(needs) ? part.message.slice(needs.length).trim() : part.message;
      };
      const met = parts.find((part) => part.status === 'met');
      const open = parts.find((part) => part.status === 'unknown');
      const missing = [...new Set(parts.flatMap((part) => (part.status === 'unknown' ? (part.missing ?? []) : [])))];
      return {
        status,
        phrase,
        ...(status === 'unknown' && open ? { cause: open.cause, ...(missing.length ? { missing } : {}) } : {}),
        message: sentence(ctx.t.needs(phrase), ...(met ? [rest(met)] : parts.map(rest))),
      };
    },
    fix: (ctx, params, evaluate) => {
      // The first alternative's change, with the others named beside it ("or show savings of …").
      const [first, ...others] = params.rows;
      const fix = fixOf(ctx, first, evaluate);
      if (!fix) return undefined;
      for (const other of others)
        if (other.kind === 'savings') {
          const savings = (other as Row<'savings'>).params;
          if (savings.type === 'amount')
            fix.change.message = `${fix.change.message} ${ctx.t.changeOrSavings(ctx.f.money(savings.amount, savings.currency))}`;
        }
      return fix;
    },
  },
  unpublished: {
    reads: [],
    evaluate: (ctx, params) => unpublishedCheck(ctx, params.text, params.decidedBy),
  },
  'degree-or-experience': {
    reads: ['degree', 'degreeField', 'yearsExperience', 'itProfessional'],
    evaluate: degreeOrExperience,
    fix: (ctx, req) => {
      const itOnly = req.experienceField === 'it';
      return {
        change: change(req.type, ctx.t.changeExperience(req.experienceYears, itOnly, req.degreeField ?? 'any')),
        apply: (p) => ({
          ...p,
          yearsExperience: Math.max(p.yearsExperience ?? 0, req.experienceYears),
          ...(itOnly ? { itProfessional: true } : {}),
        }),
      };
    },
  },
  'employer-min-employees': {
    reads: ['employerEmployees'],
    evaluate: (ctx, req) => {
      const count = ctx.profile.employerEmployees;
      return known(
        ctx,
        ctx.t.employerMinEmployees(req.min),
        'employerEmployees',
        count !== undefined,
        () => count! >= req.min,
        () => ctx.t.employerHas(count!),
      );
    },
    fix: (ctx, req) => ({
      change: change(req.type, ctx.t.changeEmployerSize(req.min)),
      apply: (p) => ({ ...p, employerEmployees: req.min }),
    }),
  },
  'employer-in-group': {
    reads: ['employerCountry'],
    evaluate: (ctx, req) => {
      const employer = ctx.profile.employerCountry;
      return known(
        ctx,
        ctx.t.employerInGroup(ctx.groupName(req.group)),
        'employerCountry',
        employer !== undefined,
        () => ctx.groups.isMember(employer!, req.group),
        () => ctx.t.employerIn(ctx.f.country(employer!)),
      );
    },
    fix: (ctx, req) => {
      const member = ctx.groups.membersOf(req.group).find((code) => code !== ctx.programme.country);
      return member
        ? {
            change: change(req.type, ctx.t.changeEmployerGroup(ctx.groupName(req.group))),
            apply: (p) => ({ ...p, employerCountry: member }),
          }
        : undefined;
    },
  },
  'employer-abroad': {
    reads: ['employerCountry', 'clientCountries'],
    evaluate: (ctx) => {
      const { profile, programme } = ctx;
      if (profile.clientCountries) return clientsAbroad(ctx, profile.clientCountries);
      const employer = profile.employerCountry;
      return known(
        ctx,
        ctx.t.employerAbroad(ctx.f.country(programme.country)),
        'employerCountry',
        employer !== undefined,
        () => employer !== programme.country,
        () => ctx.t.employerIn(ctx.f.country(employer!)),
      );
    },
    fix: (ctx, req) => ({
      change: change(req.type, ctx.t.changeEmployerAbroad(ctx.f.country(ctx.programme.country))),
      apply: (p) =>
        p.clientCountries
          ? { ...p, clientCountries: [...p.clientCountries.filter((code) => code !== ctx.programme.country), otherCountry(ctx)] }
          : { ...p, employerCountry: otherCountry(ctx) },
    }),
  },
  'clients-in-country': {
    reads: ['clientCountries', 'clientCounts'],
    evaluate: clientsInCountry,
    fix: (ctx, req) => ({
      change: change(req.type, ctx.t.changeClient(ctx.f.country(req.country), req.min ?? 1)),
      apply: (p) => {
        const clientCountries = [...(p.clientCountries ?? []).filter((code) => code !== req.country), req.country];
        if ((req.min ?? 1) === 1) return { ...p, clientCountries };
        const counted = Math.max(req.min ?? 1, p.clientCounts?.[req.country] ?? 0);
        return { ...p, clientCountries, clientCounts: { ...p.clientCounts, [req.country]: counted } };
      },
    }),
  },
  'schengen-visa-free': {
    reads: ['citizenship'],
    evaluate: (ctx) => {
      const { citizenship } = ctx.profile;
      const { groups } = ctx;
      const free = (code: string) => groups.isMember(code, 'FREE_MOVEMENT') || groups.isMember(code, 'SCHENGEN_VISA_FREE');
      return known(
        ctx,
        ctx.t.schengenVisaFree,
        'citizenship',
        citizenship !== undefined,
        () => free(citizenship!),
        () => ctx.t.youAreCitizen(ctx.f.country(citizenship!)),
      );
    },
    // A passport: not a change to offer.
  },
  'it-professional': {
    reads: ['itProfessional'],
    evaluate: (ctx) => {
      const it = ctx.profile.itProfessional;
      return known(
        ctx,
        ctx.t.itProfessional,
        'itProfessional',
        it !== undefined,
        () => it === true,
        () => ctx.t.youWorkInIt(it === true),
      );
    },
    // A career: not a change to offer.
  },
  'min-months-working': {
    reads: ['monthsWorking'],
    evaluate: monthsWorking,
    fix: (ctx, req) => ({
      change: change(req.type, ctx.t.changeMonths(Math.max(req.months - (ctx.profile.monthsWorking ?? 0), 0), req.inclusive)),
      apply: (p) => ({ ...p, monthsWorking: req.inclusive ? req.months : req.months + 0.5 }),
    }),
  },
};

/** The name a row's check is reported under. */
export const rowName = (row: Row) => row.name ?? row.kind;

/**
 * One row judged for this visitor: by its checker, for every version the sources give (a difference in verdict
 * keeps it open), and only for the kinds of work it applies to; undefined where it asks nothing of them.
 */
export function evaluateRow(ctx: RuleContext, row: Row): Evaluation | undefined {
  const checker = CHECKERS[row.kind] as Checker<RequirementKind>;
  const employment = ctx.profile.employment;
  if (row.appliesTo && employment && !row.appliesTo.includes(employment)) return undefined;
  const shown = checker.evaluate(ctx, row.params, row);
  if (!shown) return undefined;
  const fact = {
    value: row.params,
    sources: row.sources,
    ...(row.conflicts ? { conflicts: row.conflicts.map((c) => ({ value: c.params, sources: c.sources })) } : {}),
  };
  let evaluation = evaluateFact(ctx, fact, (params) => (params === row.params ? shown : (checker.evaluate(ctx, params, row) ?? shown)));
  // Kind of work not given: a requirement for only some kinds cannot rule the visitor out.
  if (row.appliesTo && !employment && evaluation.status === 'unmet')
    evaluation = {
      ...evaluation,
      status: 'unknown',
      cause: 'answer',
      missing: ['employment'],
      message: sentence(evaluation.message, ctx.t.notGiven('employment')),
    };
  return evaluation;
}

/** The change that would meet a row, from its checker. */
export function fixOf(ctx: RuleContext, row: Row, evaluate: Evaluate): Fix | undefined {
  const checker = CHECKERS[row.kind] as Checker<RequirementKind>;
  return checker.fix?.(ctx, row.params, evaluate);
}
