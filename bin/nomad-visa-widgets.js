#!/usr/bin/env node
// nomad-visa-widgets check FILE…: validates datasets for <visa-data src> exactly as the widgets do.
import { checkFiles } from './check.js';

const USAGE = `Usage: nomad-visa-widgets check FILE…

Checks visa datasets (JSON) exactly as <visa-data src> does, and exchange-rate tables as
<visa-data rates-src> does, and prints every problem with the programme id and field path.
Exits 1 when a file has a problem.`;

const [command, ...files] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else if (command !== 'check' || files.length === 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const validator = await import('../dist/validate.js');
  process.exitCode = await checkFiles(validator, files);
}
