// Validates dataset files with the same schema and checks the widgets use (the validator bundled from src/,
// so no build is needed first). Usage: node scripts/data-check.mjs [data/visas.json …]
// Prints one line per problem ("<file>: <programme id>: <field path>: <message>") and exits 1 if there is any.
import { checkFiles } from '../bin/check.js';
import { loadValidator } from './load-validator.mjs';

const files = process.argv.slice(2);
process.exitCode = await checkFiles(await loadValidator(), files.length ? files : ['data/visas.json']);
