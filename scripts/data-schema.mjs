// Writes data/visas.schema.json and data/rates.schema.json, the JSON Schemas generated from
// src/data/schema.ts. A test fails when a committed file differs from what this writes. Usage: npm run data:schema
import { writeFile } from 'node:fs/promises';
import { loadValidator } from './load-validator.mjs';

const { datasetJsonSchema, rateTableJsonSchema } = await loadValidator();
for (const [file, schema] of [
  ['visas.schema.json', datasetJsonSchema()],
  ['rates.schema.json', rateTableJsonSchema()],
]) {
  await writeFile(new URL(`../data/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`data/${file} written.`);
}
