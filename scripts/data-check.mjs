// Validates a dataset file with the same schema and checks the widgets use.
// Usage: node scripts/data-check.mjs [data/visas.json]
// Prints one line per problem ("<programme id>: <field path>: <message>") and exits 1 if there is any.
import { readFile } from 'node:fs/promises';
import { loadValidator } from './load-validator.mjs';

const file = process.argv[2] ?? 'data/visas.json';
const validator = await loadValidator();

let input;
try {
  input = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  console.error(`${file}: cannot be read as JSON: ${error.message}`);
  process.exit(1);
}

const result = validator.validateDataset(input);
if (!result.ok) {
  for (const issue of result.issues) console.error(`${file}: ${validator.formatIssue(issue)}`);
  console.error(`${file}: ${result.issues.length} problem(s) found.`);
  process.exit(1);
}
const { programmes, sources } = result.dataset;
const conflicts = programmes.flatMap((programme) => validator.listConflicts(programme));
const countries = new Set(programmes.map((programme) => programme.country));
console.log(
  `${file}: valid: ${programmes.length} programmes in ${countries.size} countries, ${sources.length} sources, ` +
    `${conflicts.length} recorded conflicts between sources.`,
);
