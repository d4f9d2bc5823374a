// Validates a dataset file with the same schema and checks the widgets use.
// Usage: node scripts/data-check.mjs [data/visas.json]
// Prints one line per problem ("<programme id>: <field path>: <message>") and exits 1 if there is any.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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

/** Bundles the TypeScript validator in memory, so this script needs no build step. */
async function loadValidator() {
  const entry = fileURLToPath(new URL('../src/data/validate-entry.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
