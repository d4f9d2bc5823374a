/** The eligibility engine over the bundled dataset. */
import { dataset } from '../data/dataset.js';
import { createEligibilityChecker } from './engine.js';

export const checkEligibility = createEligibilityChecker(dataset);
export { createEligibilityChecker, verdictOf } from './engine.js';
export type { CheckEligibility, EligibilityCheck, EligibilityOptions, EligibilityResult, Verdict } from './engine.js';
export { EligibilityInputError, validateProfile } from './profile.js';
export type { Money, Profile } from './profile.js';
