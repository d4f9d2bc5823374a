/**
 * The family, judged apart from the applicant: who may come along on this permit. Income uplifts for a family
 * still belong to the applicant's income check (money-rules.ts).
 */
import { sentence, text, type RuleContext } from './context.js';
import { householdOf } from './money-rules.js';

export type FamilyStatus = 'allowed' | 'not-allowed' | 'conditional' | 'unknown';

export interface FamilyOutcome {
  status: FamilyStatus;
  message: string;
}

/** Only when the visitor brings family (a spouse or children): can they come? */
export function familyOutcome(ctx: RuleContext): FamilyOutcome | undefined {
  const household = householdOf(ctx);
  if (!household.spouse && household.children === 0) return undefined;
  const { t } = ctx;
  const fact = ctx.programme.family;
  if (!fact) return { status: 'unknown', message: t.familyUnknown };
  const family = fact.value;
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
