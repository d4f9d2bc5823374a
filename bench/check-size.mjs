// npm run size, npm test's size check: what each page of bench/budgets.mjs fetches, and each single file, in gzip bytes,
// against its budget. Deterministic (no browser): the files a page fetches are the loader, the static imports of
// its widgets' files and its language files.
import { readFile } from 'node:fs/promises';
import { FILES, PAGES } from './budgets.mjs';
import { gzip, LANGUAGES_BY_SIZE, pageFiles } from './size.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
for (const row of PAGES) {
  const sizes = await pageFiles(row.widgets, LANGUAGES_BY_SIZE.slice(0, row.languages));
  const total = Object.values(sizes).reduce((sum, n) => sum + n, 0);
  rows.push({ what: row.page, bytes: total, ...row });
}
for (const row of FILES) rows.push({ what: row.what, bytes: gzip(await readFile(row.file)), ...row });

let over = 0;
for (const row of rows) {
  const fits = row.bytes <= row.budgetKB * 1024;
  if (!fits) over += 1;
  const target = row.bytes <= row.targetKB * 1024 ? 'target met' : `target ${row.targetKB} KB not met`;
  console.log(`${fits ? 'ok  ' : 'OVER'} ${kb(row.bytes).padStart(6)} KB of ${row.budgetKB} KB budget (${target}): ${row.what}`);
}
if (over) {
  console.error(`\n${over} over budget (bench/budgets.mjs). Make it smaller, or raise the budget in the same commit and say why.`);
  process.exit(1);
}
