/**
 * nomad-visa-widgets/classes: the element classes, registering no tag. For a page that chooses the names (a scoped
 * registry, or a prefix of its own: `customElements.define('acme-visa-card', VisaCard)`) or the moment of
 * registration. Define a `VisaData` too if the widgets should share a dataset: they find it by context, not by tag.
 */
export { VisaData } from './elements/visa-data/visa-data.component.js';
export { VisaCard } from './elements/visa-card/visa-card.component.js';
export { VisaCompare } from './elements/visa-compare/visa-compare.component.js';
export { VisaEligibility } from './elements/visa-eligibility/visa-eligibility.component.js';
export { VisaCompareChangeEvent, VisaDataErrorEvent, VisaDataLoadEvent, VisaEligibilityChangeEvent } from './shared/events.js';
export type { CompareChangeDetail, DataErrorDetail, DataLoadDetail, EligibilityChangeDetail } from './shared/events.js';
