/**
 * nomad-visa-widgets: the public API, identical in the ES module build and on
 * `window.NomadVisaWidgets` in the single-script build.
 */
export { programmes, getProgramme, convert, dataset, countryGroups } from './data/dataset.js';
export { validateDataset, formatIssue } from './data/validate.js';
export type { DatasetIssue, DatasetValidation } from './data/validate.js';
export { listConflicts } from './data/conflicts.js';
export type { SourceConflict } from './data/conflicts.js';
export type { ConvertedAmount } from './data/currency.js';
export { LOCALES } from './data/locales.js';
export type { Locale } from './data/locales.js';
export type * from './data/schema.js';
export { version } from './version.js';
export { checkEligibility, closeness, createEligibilityChecker, EligibilityInputError } from './eligibility/index.js';
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
  Profile,
  Verdict,
} from './eligibility/index.js';
// <visa-data> first: defined before the widgets, it can answer their context requests as they upgrade.
export { VisaData } from './elements/visa-data/visa-data.js';
export { VisaEligibility } from './elements/visa-eligibility/visa-eligibility.js';
export { VisaCard } from './elements/visa-card/visa-card.js';
export { VisaCompare } from './elements/visa-compare/visa-compare.js';
export { VisaCompareChangeEvent, VisaEligibilityChangeEvent } from './shared/events.js';
export type { CompareChangeDetail, EligibilityChangeDetail } from './shared/events.js';
