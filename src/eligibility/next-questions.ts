/**
 * The next question: for results left "to be checked" only for want of answers, which single answer settles the
 * most programmes. No DOM: the element asks it, and so can a site's own script.
 */
import type { ProfileField } from '../i18n/catalogue.js';
import { PROFILE_ORDER } from './answer-fields.js';
import type { EligibilityResult } from './engine.js';

export interface NextQuestion {
  field: ProfileField;
  /** The programmes this answer alone would settle (eligible or not), in the order of the results. */
  programmes: string[];
}

/** Ties go to the question the form asks first. */

/**
 * The answers that would each settle programmes on their own, the one that settles most first. A programme
 * counts only where every open point is a missing answer, and one field is all it misses.
 */
export function nextQuestions(results: readonly Pick<EligibilityResult, 'programme' | 'verdict' | 'checks'>[]): NextQuestion[] {
  const settled = new Map<ProfileField, string[]>();
  for (const result of results) {
    if (result.verdict !== 'unknown') continue;
    const open = result.checks.filter((check) => check.status === 'unknown');
    if (!open.every((check) => check.cause === 'answer' && check.missing?.length)) continue;
    const fields = new Set(open.flatMap((check) => check.missing!));
    if (fields.size !== 1) continue;
    const [field] = fields;
    settled.set(field, [...(settled.get(field) ?? []), result.programme]);
  }
  return [...settled]
    .map(([field, programmes]) => ({ field, programmes }))
    .sort((a, b) => b.programmes.length - a.programmes.length || PROFILE_ORDER.indexOf(a.field) - PROFILE_ORDER.indexOf(b.field));
}
