// Rollup plugins for data/visas.json. The file is validated at build time (the build fails on a bad dataset,
// so the browser need not re-check the bundled copy) and embedded as JSON.parse('…'), which engines parse faster
// than the same data written as a JavaScript object literal.
//
// - dataset(): the whole dataset, every language (the bundle, the ES module build).
// - splitDataset(): for the loader's build, two kinds of module instead of the file:
//   `nomad-visa:dataset-structure`, the dataset with every multilingual text left empty, and
//   `nomad-visa:language/<locale>`, that language's interface catalogue and dataset texts, fetched on demand.
// - swapModules(): makes the loader's build use src/loader/{dataset,languages}.ts in place of the modules that
//   hold every language.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadValidator } from './load-validator.mjs';

const DATA = fileURLToPath(new URL('../data/visas.json', import.meta.url));
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

async function validated(code, fail) {
  const validator = await loadValidator();
  const result = validator.validateDataset(JSON.parse(code));
  if (!result.ok) fail(`data/visas.json is invalid:\n${result.issues.map(validator.formatIssue).join('\n')}`);
  return withoutEditorNotes(result.dataset);
}

/**
 * A condition's note quotes the article's words its kind rests on: for the dataset's editors and reviewers, never
 * shown by a widget, so the built files leave it out (data/visas.json keeps it).
 */
function withoutEditorNotes(dataset) {
  for (const programme of dataset.programmes) for (const condition of programme.conditions) delete condition.note;
  return dataset;
}

const embed = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function dataset() {
  return {
    name: 'nomad-visa-dataset',
    async transform(code, id) {
      if (!id.endsWith('/data/visas.json')) return null;
      return { code: `export default ${embed(await validated(code, (m) => this.error(m)))};`, map: { mappings: '' } };
    },
  };
}

/** Takes every multilingual text out of the dataset (found as src/data/fallback.ts finds them), in order. */
function split(dataset, locales, walkTexts) {
  const structure = structuredClone(dataset);
  const texts = Object.fromEntries(locales.map((locale) => [locale, []]));
  let count = 0;
  walkTexts(structure, [], (_path, text) => {
    for (const locale of locales) {
      texts[locale].push(text[locale]);
      delete text[locale];
    }
    text.$t = count++;
  });
  return { structure, texts };
}

export function splitDataset({ locales }) {
  const PREFIX = 'nomad-visa:';
  let parts;
  return {
    name: 'nomad-visa-split-dataset',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      this.addWatchFile(DATA);
      parts ??= split(await validated(await readFile(DATA, 'utf8'), (m) => this.error(m)), locales, (await loadValidator()).walkTexts);
      const name = id.slice(PREFIX.length + 1);
      // Each text becomes an empty object when the structure is parsed; a language's texts fill them in order.
      if (name === 'dataset-structure')
        return `const texts = [];
export default { dataset: JSON.parse(${JSON.stringify(JSON.stringify(parts.structure))}, (key, value) =>
  value !== null && typeof value === 'object' && '$t' in value ? (texts[value.$t] = {}) : value), texts };`;
      if (name.startsWith('engine/')) {
        const locale = name.slice('engine/'.length);
        if (!parts.texts[locale]) this.error(`unknown module ${id.slice(1)}`);
        const exported = `engine${locale[0].toUpperCase()}${locale.slice(1)}`;
        return `export { ${exported} as default } from ${JSON.stringify(src(`i18n/messages/engine-${locale}.ts`))};`;
      }
      const locale = name.replace('language/', '');
      if (!name.startsWith('language/') || !parts.texts[locale]) this.error(`unknown module ${id.slice(1)}`);
      return `export { ${locale} as catalogue } from ${JSON.stringify(src(`i18n/messages/${locale}.ts`))};
export default ${embed(parts.texts[locale])};`;
    },
  };
}

export function swapModules() {
  const swaps = new Map([
    [src('data/dataset.ts'), src('loader/dataset.ts')],
    [src('i18n/messages/index.ts'), src('loader/languages.ts')],
  ]);
  return {
    name: 'nomad-visa-swap-modules',
    async resolveId(id, importer, options) {
      if (!importer || id.startsWith('\0')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && swaps.has(resolved.id) ? swaps.get(resolved.id) : resolved;
    },
  };
}
