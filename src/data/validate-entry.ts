/** What the `nomad-visa-widgets check` command and `npm run data:check` need, without the bundled dataset. */
export { validateDataset, formatIssue } from './validate.js';
export { listConflicts } from './conflicts.js';
export { datasetJsonSchema } from './json-schema.js';
