/** The eligibility engine over the bundled dataset. */
import { dataset } from '../data/dataset.js';
import { createEligibilityChecker } from './engine.js';

export const checkEligibility = createEligibilityChecker(dataset);
export { closeness, createEligibilityChecker, verdictOf } from './engine.js';
export type { Change, CheckEligibility, EligibilityCheck, EligibilityOptions, EligibilityResult, FamilyOutcome, FamilyStatus, Verdict } from './engine.js';
export { EligibilityInputError, validateProfile } from './profile.js';
export type { DegreeField, Money, Profile } from './profile.js';
