/**
 * `nomad-visa-widgets/eligibility`: the eligibility engine over the bundled dataset, with no DOM and no elements:
 * `checkEligibility` runs on a server, in an edge runtime or in a worker.
 */
export { checkEligibility, closeness, createEligibilityChecker, EligibilityInputError, nextQuestions } from './eligibility/index.js';
export type {
  Change,
  CheckEligibility,
  DegreeField,
  EligibilityCheck,
  EligibilityOptions,
  EligibilityResult,
  FamilyOutcome,
  FamilyStatus,
  Money,
  NextQuestion,
  OpenCause,
  Profile,
  ProfileField,
  Verdict,
} from './eligibility/index.js';
