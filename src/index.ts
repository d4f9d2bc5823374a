/**
 * nomad-visa-widgets: the public API, identical in the ES module build and on
 * `window.NomadVisaWidgets` in the single-script build, and the elements (importing this registers them).
 * Without a DOM, import `nomad-visa-widgets/api`, `/data` or `/eligibility` instead.
 */
export * from './api.js';
// <visa-data> first: defined before the widgets, it can answer their context requests as they upgrade.
export { VisaData } from './elements/visa-data/visa-data.js';
export { VisaEligibility } from './elements/visa-eligibility/visa-eligibility.js';
export { VisaCard } from './elements/visa-card/visa-card.js';
export { VisaCompare } from './elements/visa-compare/visa-compare.js';
export { VisaCompareChangeEvent, VisaDataErrorEvent, VisaDataLoadEvent, VisaEligibilityChangeEvent } from './shared/events.js';
export type { CompareChangeDetail, DataErrorDetail, DataLoadDetail, EligibilityChangeDetail } from './shared/events.js';
