// Two builds from one entry, so both expose the same API:
// - dist/nomad-visa-widgets.js: one classic script (IIFE, minified, dataset and dependencies inlined)
//   that sets window.NomadVisaWidgets;
// - dist/esm/: an ES module for bundlers, with lit and zod left as dependencies.
// And dist/validate.js, the dataset validator for the `nomad-visa-widgets check` command (Node, zod inlined).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { dataset } from './scripts/rollup-dataset.mjs';

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

export default [
  {
    input: 'src/global.ts',
    onwarn,
    output: {
      file: 'dist/nomad-visa-widgets.js',
      format: 'iife',
      sourcemap: true,
      // The notices the bundled libraries' licences ask for, once (their sixteen per-file comments say the same).
      banner: `${THIRD_PARTY_NOTICE}\ntry{`,
      footer: `}catch(error){(${startupFailure})(error)}`,
    },
    plugins: [...plugins(), thirdPartyLicenses(), terser({ ecma: 2022, module: false, format: { comments: /^!/ } })],
  },
  {
    input: ['src/index.ts', 'src/api.ts', 'src/data-api.ts', 'src/eligibility-api.ts'],
    onwarn,
    external: (id) => /^(lit|@lit\/|zod)(\/|$)/.test(id),
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
