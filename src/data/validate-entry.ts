/** What `npm run data:check` needs, without the bundled dataset. */
export { validateDataset, formatIssue } from './validate.js';
export { listConflicts } from './conflicts.js';
