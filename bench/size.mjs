// Size of the all-in-one bundle: raw, gzip and brotli, with a breakdown by origin; and what a page fetches
// through the loader (pageFiles). Each group's rendered code
// (as rollup emits it into the bundle) is minified and compressed on its own, so the parts are estimates
// that do not add up exactly to the whole (compression shares context across the file).
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs from '../rollup.config.mjs';

const GROUPS = [
  ['Lit (lit, lit-html, lit-element, @lit/*)', (id) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)],
  ['zod/mini', (id) => id.includes('node_modules/zod/')],
  ['dataset (data/visas.json)', (id) => id.endsWith('data/visas.json')],
  ['message catalogues (src/i18n/messages)', (id) => id.includes('/src/i18n/messages/')],
  ['our code (src/, rest)', (id) => id.includes('/src/')],
  ['other dependencies', () => true],
];

export const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export async function measureSize(file = 'dist/nomad-visa-widgets.bundle.js') {
  const bytes = await readFile(file);
  const config = configs.find((c) => c.output.file?.endsWith('nomad-visa-widgets.bundle.js'));
  const bundle = await rollup({ input: config.input, plugins: config.plugins.filter((p) => p.name !== 'terser'), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  const modules = output[0].modules;
  const groups = GROUPS.map(([name]) => ({ name, code: '' }));
  for (const [id, module] of Object.entries(modules)) {
    const index = GROUPS.findIndex(([, test]) => test(id));
    groups[index].code += `${module.code ?? ''}\n`;
  }
  const parts = [];
  for (const group of groups) {
    if (!group.code.trim()) continue;
    const min =
      (await minify(group.code, { ecma: 2022, module: false, compress: true, mangle: true, format: { comments: false } })).code ?? '';
    const buffer = Buffer.from(min);
    parts.push({ name: group.name, raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) });
  }
  return { file, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes), parts };
}

/** The files of dist/lazy/ a module imports statically, itself included (as the browser fetches them). */
export async function staticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]*?from\s*)?["'](\.\/[^"']+)["']/g))
    await staticImports(dir + match[1].slice(2), seen);
  return seen;
}

/** What a page with these widgets fetches through the loader, per file (gzip bytes), with these languages. */
export async function pageFiles(widgets, locales, dist = 'dist') {
  const files = new Set([`${dist}/nomad-visa-widgets.js`]);
  for (const widget of widgets) await staticImports(`${dist}/lazy/${widget}.js`, files);
  for (const locale of locales) {
    files.add(`${dist}/lazy/language-${locale}.js`);
    // The rule engine's texts come apart, for the one widget that judges profiles.
    if (widgets.includes('visa-eligibility')) files.add(`${dist}/lazy/engine-${locale}.js`);
  }
  const sizes = {};
  for (const file of files) sizes[file] = gzip(await readFile(file));
  return sizes;
}

/** The languages a page row is measured with: the largest file first. */
export const LANGUAGES_BY_SIZE = ['ru', 'de', 'en'];
