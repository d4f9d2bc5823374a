// The dataset check shared by `nomad-visa-widgets check` (with the validator built into dist/) and
// `npm run data:check` (with the same validator bundled from src/, so it runs before a build).
// Prints one line per problem ("<file>: <programme id>: <field path>: <message>"); returns the exit code.
import { readFile } from 'node:fs/promises';

export async function checkFiles(validator, files, { log = console.log, error = console.error } = {}) {
  let failed = 0;
  for (const file of files) {
    let input;
    try {
      input = JSON.parse(await readFile(file, 'utf8'));
    } catch (reason) {
      error(`${file}: cannot be read as JSON: ${reason.message}`);
      failed++;
      continue;
    }
    const result = validator.validateDataset(input);
    if (!result.ok) {
      for (const issue of result.issues) error(`${file}: ${validator.formatIssue(issue)}`);
      error(`${file}: ${result.issues.length} problem(s) found.`);
      failed++;
      continue;
    }
    const { programmes, sources } = result.dataset;
    const conflicts = programmes.flatMap((programme) => validator.listConflicts(programme));
    const countries = new Set(programmes.map((programme) => programme.country));
    log(
      `${file}: valid: ${programmes.length} programmes in ${countries.size} countries, ${sources.length} sources, ` +
        `${conflicts.length} recorded conflicts between sources.`,
    );
  }
  return failed ? 1 : 0;
}
