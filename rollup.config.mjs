// The builds:
// - dist/nomad-visa-widgets.js: the loader, a small classic script that fetches from dist/lazy/ only the code of
//   the widgets a page uses and only the language it shows (src/loader/);
// - dist/lazy/: those files, ES modules: one per element, one per language (interface and dataset texts), one
//   per language with the rule engine's texts (fetched for eligibility and the API only), the API, the validator
//   (fetched only for <visa-data src>) and the chunks they share;
// - dist/nomad-visa-widgets.bundle.js: everything in one classic script (IIFE, minified, every language), for
//   offline pages, intranets, file:// and one file pinned with SRI;
// - dist/esm/: ES modules for bundlers, with lit, @lit/context and zod left as dependencies;
// - dist/validate.js, the dataset validator for the `nomad-visa-widgets check` command (Node, zod inlined).
// The bundle and the ES modules set the same API; the loader sets it once `NomadVisaWidgets.ready` resolves.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { dataset, splitDataset, swapModules } from './scripts/rollup-dataset.mjs';

// The single script runs inside try/catch: if it cannot start, src/startup-failure.js says so in every widget.
const startupFailure = readFileSync(new URL('./src/startup-failure.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .replace(/^export default /m, '')
  .trim();

const THIRD_PARTY_NOTICE = `/*! nomad-visa-widgets, MIT License. Includes Lit, lit-html, lit-element, @lit/reactive-element and
 @lit/context: Copyright (c) 2017-2021 Google LLC, BSD 3-Clause License; and zod: Copyright (c) 2025 Colin McDonnell,
 MIT License. Full texts: THIRD-PARTY-LICENSES.txt beside this file. */`;

/** The licences of the libraries inlined into the single script, in full, as a file beside it. */
const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'zod'];
function thirdPartyLicenses() {
  return {
    name: 'third-party-licenses',
    generateBundle() {
      const texts = BUNDLED.map((name) => {
        const text = readFileSync(new URL(`./node_modules/${name}/LICENSE`, import.meta.url), 'utf8').trim();
        return `${name}\n${'='.repeat(name.length)}\n\n${text}\n`;
      });
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: texts.join('\n') });
    },
  };
}

// The languages, as src/data/locales.ts lists them.
const LOCALES = JSON.parse(
  readFileSync(new URL('./src/data/locales.ts', import.meta.url), 'utf8')
    .match(/LOCALES = (\[[^\]]*\])/)[1]
    .replaceAll("'", '"'),
);

const minify = (module) => terser({ ecma: 2022, module, format: { comments: /^!/ } });

const plugins = () => [
  nodeResolve(),
  dataset(),
  json({ preferConst: true, compact: true, exclude: ['**/data/visas.json'] }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
];

// zod's own sources trip two harmless warnings (comment placement, an internal import cycle).
const onwarn = (warning, warn) => {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
  if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
};

const ELEMENTS = ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility'];

export default [
  {
    input: 'src/loader/loader.ts',
    onwarn,
    output: {
      file: 'dist/nomad-visa-widgets.js',
      format: 'iife',
      sourcemap: true,
      banner: '/*! nomad-visa-widgets, MIT License. The files it fetches from lazy/ name their own licences. */',
    },
    plugins: [...plugins(), minify(false)],
  },
  {
    input: {
      ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `src/elements/${tag}/${tag}.ts`])),
      api: 'src/loader/api.ts',
    },
    onwarn,
    output: {
      dir: 'dist/lazy',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        if (id.startsWith('\0nomad-visa:language/')) return `language-${id.slice(-2)}.js`;
        if (id.startsWith('\0nomad-visa:engine/')) return `engine-${id.slice(-2)}.js`;
        return '[name]-[hash].js';
      },
      // The licence notice, on the files that hold code of the libraries it names.
      banner: (chunk) => (Object.keys(chunk.modules).some((id) => id.includes('node_modules/')) ? THIRD_PARTY_NOTICE : ''),
    },
    plugins: [swapModules(), splitDataset({ locales: LOCALES }), ...plugins(), minify(true)],
  },
  {
    input: 'src/global.ts',
    onwarn,
    output: {
      file: 'dist/nomad-visa-widgets.bundle.js',
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
      // The notices the bundled libraries' licences ask for, once (their sixteen per-file comments say the same).
      banner: `${THIRD_PARTY_NOTICE}\ntry{`,
      footer: `}catch(error){(${startupFailure})(error)}`,
    },
    plugins: [...plugins(), thirdPartyLicenses(), minify(false)],
  },
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/api.ts', 'src/data-api.ts', 'src/eligibility-api.ts'],
    onwarn,
    external: (id) => /^(lit|@lit\/[^/]+|zod)(\/|$)/.test(id),
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/data/validate-entry.ts',
    onwarn,
    output: {
      file: 'dist/validate.js',
      format: 'es',
      banner: '/*! Includes zod: Copyright (c) 2025 Colin McDonnell, MIT License (THIRD-PARTY-LICENSES.txt beside this file). */',
    },
    plugins: plugins(),
  },
];
