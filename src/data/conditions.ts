/**
 * What a condition no form can check does to a verdict, by its kind (see `condition` in schema.ts). The two older
 * kinds are read here, in one place: `declaration` as confirm, `assessment` as unpublished. No DOM.
 */
import type { Condition, LocalizedText } from './schema.js';

export type ConditionKind = 'confirm' | 'review' | 'unpublished' | 'rule-of-stay';

export function conditionKind(condition: Pick<Condition, 'kind'>): ConditionKind {
  switch (condition.kind) {
    case 'declaration':
      return 'confirm';
    case 'assessment':
      return 'unpublished';
    default:
      return condition.kind;
  }
}

/** Who decides an unpublished criterion, or who reviews a reviewed one. */
export function decider(condition: Condition): LocalizedText | undefined {
  if ('decidedBy' in condition) return condition.decidedBy;
  if ('reviewedBy' in condition) return condition.reviewedBy;
  return undefined;
}
