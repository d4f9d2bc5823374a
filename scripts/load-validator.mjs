// The TypeScript dataset validator (src/data/validate-entry.ts), bundled in memory for Node scripts, so the
// build and data:check use the very code the browser runs, with no build step before them.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function loadValidator() {
  const entry = fileURLToPath(new URL('../src/data/validate-entry.ts', import.meta.url));
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
