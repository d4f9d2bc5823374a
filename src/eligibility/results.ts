/** Results as a reader takes them in: grouped by verdict, the best fit first, and counted. No DOM. */
import { closeness, type EligibilityResult, type Verdict } from './engine.js';

export type VerdictCounts = Record<Verdict, number>;

export function countsOf(results: readonly Pick<EligibilityResult, 'verdict'>[]): VerdictCounts {
  const counts: VerdictCounts = { eligible: 0, unknown: 0, ineligible: 0 };
  for (const result of results) counts[result.verdict] += 1;
  return counts;
}

/**
 * The results by verdict. Eligible: the best fit first. Not eligible: the nearest first, those no change can open
 * last. To be checked: in the order given.
 */
export function groupByVerdict(results: readonly EligibilityResult[]): Record<Verdict, EligibilityResult[]> {
  const groups: Record<Verdict, EligibilityResult[]> = { eligible: [], unknown: [], ineligible: [] };
  for (const result of results) groups[result.verdict].push(result);
  groups.eligible.sort((a, b) => closeness(a) - closeness(b));
  groups.ineligible.sort((a, b) => closeness(a) - closeness(b));
  return groups;
}
