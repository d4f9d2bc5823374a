// Server-side commands that browser tests call with executeServerCommand():
// - "data-check": runs the real `npm run data:check` CLI on a dataset the test sends;
// - "bin-check": runs the package's `nomad-visa-widgets check` (bin/, with the built dist/validate.js) on it;
// - "json-schema": checks a file the test sends against data/visas.schema.json (or, with `schema: "rates"`,
//   data/rates.schema.json) with a JSON Schema validator, and says whether that committed schema is what
//   `npm run data:schema` would write;
// - "node-script": runs an ES module `code` in Node from the project root (with `conditions`, e.g. "browser" as an
//   edge runtime resolves packages), and gives back { code, stdout, stderr };
// - "bundle-app": bundles a framework app from test/frameworks (`entry`) with esbuild, as a site's build would,
//   into test/frameworks/build/ (not committed), and gives back { url } for the test page to import;
// - "npm-pack": the file list `npm pack --dry-run` would publish, and the source map each published script names;
// - "read-seed": { text } of a source article in ../shared/seeds; text is null where that folder is absent;
// - "read-sources": { files: { path: text } } of every file under src/ and of the README, for tests that check
//   what the code reads (catalogue keys, theme tokens).
// - "accessible-names": { names } of every node with the given role in the test page's accessibility tree (what a
//   screen reader is told), from the browser itself.
// (A command must not answer null or undefined: the runner would take that as "not handled".)
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadValidator } from './load-validator.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = join(root, '..', 'shared', 'seeds');

export function serverCommands() {
  return {
    name: 'nomad-visa-widgets-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'accessible-names') return accessibleNames(session, payload);
      if (command === 'table-rows') return tableRows(session);
      if (command === 'data-check') return runCheck(['scripts/data-check.mjs'], payload);
      if (command === 'bin-check') return runCheck(['bin/nomad-visa-widgets.js', 'check'], payload);
      if (command === 'json-schema') return checkJsonSchema(payload);
      if (command === 'read-seed') return readSeed(payload);
      if (command === 'npm-pack') return npmPack();
      if (command === 'node-script') return runNodeScript(payload);
      if (command === 'bundle-app') return bundleApp(payload);
      if (command === 'read-sources') return readSources();
      return undefined;
    },
  };
}

async function accessibleNames(session, { role }) {
  const page = session.browser.getPage(session.id);
  const names = [];
  const walk = (node) => {
    if (node.role === role) names.push(node.name ?? '');
    (node.children ?? []).forEach(walk);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return { names };
}

/**
 * The rows of every table in the page's accessibility tree, as a screen reader walks them: for each row, its
 * cells' roles and names (columnheader, rowheader, cell), so a test can see which header each cell falls under.
 */
async function tableRows(session) {
  const page = session.browser.getPage(session.id);
  const tables = [];
  const cells = (row) => {
    const found = [];
    const walk = (node) => {
      if (['columnheader', 'rowheader', 'cell', 'gridcell'].includes(node.role)) found.push({ role: node.role, name: node.name ?? '' });
      else (node.children ?? []).forEach(walk);
    };
    (row.children ?? []).forEach(walk);
    return found;
  };
  const walk = (node, rows) => {
    if (node.role === 'table') {
      const own = [];
      tables.push(own);
      (node.children ?? []).forEach((child) => walk(child, own));
      return;
    }
    if (node.role === 'row' && rows) rows.push(cells(node));
    else (node.children ?? []).forEach((child) => walk(child, rows));
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }), undefined);
  return { tables };
}

async function runCheck([script, ...args], { json }) {
  const dir = await mkdtemp(join(tmpdir(), 'visa-data-'));
  const file = join(dir, 'visas.json');
  try {
    await writeFile(file, json);
    return await new Promise((resolve) => {
      execFile(process.execPath, [join(root, script), ...args, file], { cwd: root }, (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}`.replaceAll(file, 'visas.json') });
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function bundleApp({ entry }) {
  const { build } = await import('esbuild');
  const name = entry.replace(/\.\w+$/, '').replaceAll('/', '-');
  const outfile = join(root, 'test/frameworks/build', `${name}.js`);
  await build({
    entryPoints: [join(root, 'test/frameworks', entry)],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    // What React and Vue builds define; Vue's flags keep the options API and its template compiler.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    outfile,
    logLevel: 'error',
    plugins: [svelteComponents()],
  });
  return { url: `/${outfile.slice(root.length).replaceAll('\\', '/').replace(/^\//, '')}` };
}

/** Compiles .svelte files for esbuild, as a Svelte site's build plugin does (TypeScript in the script block). */
function svelteComponents() {
  return {
    name: 'svelte',
    setup(build) {
      build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
        const { compile, preprocess } = await import('svelte/compiler');
        const { transform } = await import('esbuild');
        const source = await readFile(path, 'utf8');
        const typescript = {
          script: async ({ content, attributes }) =>
            attributes.lang === 'ts' ? { code: (await transform(content, { loader: 'ts' })).code } : undefined,
        };
        const { code } = await preprocess(source, typescript, { filename: path });
        return { contents: compile(code, { filename: path, generate: 'client' }).js.code, loader: 'js' };
      });
    },
  };
}

function runNodeScript({ code, conditions = [] }) {
  return new Promise((resolve) => {
    const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', code];
    execFile(process.execPath, args, { cwd: root, timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function checkJsonSchema({ json, schema = 'visas' }) {
  const { default: Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020');
  const committed = await readFile(join(root, `data/${schema === 'rates' ? 'rates' : 'visas'}.schema.json`), 'utf8');
  const { datasetJsonSchema, rateTableJsonSchema } = await loadValidator();
  const generated = schema === 'rates' ? rateTableJsonSchema() : datasetJsonSchema();
  const upToDate = committed === `${JSON.stringify(generated, null, 2)}\n`;
  // Formats (uri) are left to the widgets' own check; the schema's job is shape.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(committed));
  const valid = validate(JSON.parse(json));
  return { upToDate, valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
}

function npmPack() {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFile(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 8 * 1024 * 1024 }, async (error, stdout) => {
      if (error) return resolve({ files: [], error: error.message });
      const [info] = JSON.parse(stdout);
      const files = info.files.map((f) => f.path).sort();
      const mapOf = {};
      for (const file of files.filter((f) => f.endsWith('.js'))) {
        const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(await readFile(join(root, file), 'utf8'))?.[1];
        if (map) mapOf[file] = join(file, '..', map).replaceAll('\\', '/');
      }
      resolve({ files, mapOf, size: info.size, unpackedSize: info.unpackedSize });
    });
  });
}

async function readSeed({ name }) {
  try {
    return { text: await readFile(join(seeds, basename(name)), 'utf8') };
  } catch {
    return { text: null };
  }
}

async function readSources() {
  const entries = await readdir(join(root, 'src'), { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath ?? e.path, e.name)
        .slice(root.length)
        .replaceAll('\\', '/'),
    );
  const files = {};
  for (const path of [...paths, 'README.md', 'custom-elements.json'])
    files[path] = await readFile(join(root, path), 'utf8').catch(() => '');
  return { files };
}
