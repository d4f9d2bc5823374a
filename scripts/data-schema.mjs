// Writes data/visas.schema.json, the JSON Schema generated from src/data/schema.ts. A test fails when the
// committed file differs from what this writes. Usage: npm run data:schema
import { writeFile } from 'node:fs/promises';
import { loadValidator } from './load-validator.mjs';

const { datasetJsonSchema } = await loadValidator();
await writeFile(new URL('../data/visas.schema.json', import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('data/visas.schema.json written.');
