// The dataset check shared by `nomad-visa-widgets check` (with the validator built into dist/) and
// `npm run data:check` (with the same validator bundled from src/, so it runs before a build).
// A file with `exchangeRates` and no `programmes` is checked as a rate table for <visa-data rates-src>.
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
    const isRateTable = input && typeof input === 'object' && !('programmes' in input) && 'exchangeRates' in input;
    const result = isRateTable ? validator.validateRateTable(input) : validator.validateDataset(input);
    if (!result.ok) {
      for (const issue of result.issues) error(`${file}: ${validator.formatIssue(issue)}`);
      error(`${file}: ${result.issues.length} problem(s) found.`);
      failed++;
      continue;
    }
    if (isRateTable) {
      const currencies = result.rates.exchangeRates.filter((rate) => rate.primary).map((rate) => rate.currency);
      log(`${file}: valid exchange rates: primary for ${currencies.join(', ') || 'no currency'}, ${result.rates.sources.length} sources.`);
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
