// Size of the single script: raw, gzip and brotli, with a breakdown by origin. Each group's rendered code
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

export async function measureSize(file = 'dist/nomad-visa-widgets.js') {
  const bytes = await readFile(file);
  const config = configs[0];
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
