/**
 * The family, judged apart from the applicant: who may come along on this permit. Income uplifts for a family
 * still belong to the applicant's income check (money-rules.ts).
 */
import { sentence, text, type RuleContext } from './context.js';
import type { FamilyRules } from '../data/schema.js';
import { householdOf, type Household } from './money-rules.js';

export type FamilyStatus = 'allowed' | 'not-allowed' | 'conditional' | 'unknown';

export interface FamilyOutcome {
  status: FamilyStatus;
  message: string;
}

/**
 * Only when the visitor brings family (a spouse or children): can they come? Judged on the newest source's
 * rule; where an older source says otherwise, the message says so too.
 */
export function familyOutcome(ctx: RuleContext): FamilyOutcome | undefined {
  const household = householdOf(ctx);
  if (!household.spouse && household.children === 0) return undefined;
  const fact = ctx.programme.family;
  if (!fact) return { status: 'unknown', message: ctx.t.familyUnknown };
  const outcome = judgeFamily(ctx, fact.value, household);
  const differing = (fact.conflicts ?? []).filter(
    (c) => c.value.allowed !== fact.value.allowed || String(c.value.members) !== String(fact.value.members),
  );
  if (!differing.length) return outcome;
  const older = differing.map((c) => ctx.t.familySourcesDiffer(ctx.yearOf(c.sources), text(ctx, c.value.details) || ctx.t.familyUnknown));
  return { status: outcome.status, message: sentence(outcome.message, ...older) };
}

function judgeFamily(ctx: RuleContext, family: FamilyRules, household: Household): FamilyOutcome {
  const { t } = ctx;
  const details = text(ctx, family.details);
  if (family.allowed === 'no') return { status: 'not-allowed', message: sentence(t.familyCannotJoin, details) };
  if (family.allowed === 'conditional') return { status: 'conditional', message: details || t.familyUnknown };
  const members = family.members;
  if (members && household.spouse && !members.includes('spouse') && !members.includes('partner')) {
    return { status: 'unknown', message: sentence(t.familyMemberNotNamed(t.household(true, 0)), details) };
  }
  if (members && household.children > 0 && !members.includes('children')) {
    return { status: 'unknown', message: sentence(t.familyMemberNotNamed(t.household(false, household.children)), details) };
  }
  return { status: 'allowed', message: sentence(t.familyCanJoin(t.household(household.spouse, household.children)), details) };
}
