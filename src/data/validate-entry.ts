/** What the `nomad-visa-widgets check` command and `npm run data:check` need, without the bundled dataset. */
export { validateDataset, validateRateTable, formatIssue } from './validate.js';
export { listConflicts } from './conflicts.js';
export { datasetJsonSchema, rateTableJsonSchema } from './json-schema.js';
export { walkTexts } from './fallback.js';
