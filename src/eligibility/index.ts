/** The eligibility engine over the bundled dataset, and the one built for each other data source. */
import type { DataSource } from '../data/data-source.js';
import { bundledSource } from '../data/dataset.js';
import { createEligibilityChecker, type CheckEligibility } from './engine.js';

const checkers = new WeakMap<DataSource, CheckEligibility>();

/** The engine over this data source, built on first use. */
export function checkerFor(source: DataSource): CheckEligibility {
  let checker = checkers.get(source);
  if (!checker) checkers.set(source, (checker = createEligibilityChecker(source)));
  return checker;
}

export const checkEligibility: CheckEligibility = (profile, options) => checkerFor(bundledSource)(profile, options);
export { closeness, createEligibilityChecker, verdictOf } from './engine.js';
export { nextQuestions, type NextQuestion } from './next-questions.js';
export { countsOf, groupByVerdict, type VerdictCounts } from './results.js';
export type {
  Change,
  CheckEligibility,
  EligibilityCheck,
  EligibilityOptions,
  EligibilityResult,
  FamilyOutcome,
  FamilyStatus,
  OpenCause,
  ProfileField,
  Verdict,
} from './engine.js';
export { EligibilityInputError, validateProfile } from './profile.js';
export type { DegreeField, Money, Profile } from './profile.js';
