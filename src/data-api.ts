/**
 * `nomad-visa-widgets/data`: the dataset, its validation and conversions, with no DOM and no elements: safe to
 * import on a server, in an edge runtime or in a worker.
 */
export { programmes, getProgramme, convert, dataset, countryGroups } from './data/dataset.js';
export { validateDataset, validateRateTable, formatIssue } from './data/validate.js';
export type { DatasetIssue, DatasetValidation, RateTableValidation, ValidationOptions } from './data/validate.js';
export { listConflicts } from './data/conflicts.js';
export type { SourceConflict } from './data/conflicts.js';
export type { ConvertedAmount } from './data/currency.js';
export { LOCALES } from './data/locales.js';
export type { Locale } from './data/locales.js';
export type * from './data/schema.js';
