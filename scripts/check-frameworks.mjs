// Type-checks the apps in test/frameworks against the framework typings in dist/types/frameworks (run by
// `npm test` after the build): a React 19 TSX file and an Angular component with tsc, a Vue 3.5 single-file component with vue-tsc (strict
// templates), and Svelte 5 components with svelte-check. Each app also holds mistakes the typings must catch
// (@ts-expect-error / @vue-expect-error, and Wrong.svelte, which must fail with exactly its three errors).
import { execFile } from 'node:child_process';

const run = (bin, args, cwd = '.') =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });

const results = [];
const react = await run('node_modules/typescript/bin/tsc', ['-p', 'test/frameworks/react/tsconfig.json']);
results.push(['React 19 (tsc)', react.ok, react.output]);
const angular = await run('node_modules/typescript/bin/tsc', ['-p', 'test/frameworks/angular/tsconfig.json']);
results.push(['Angular (tsc)', angular.ok, angular.output]);
const vue = await run('node_modules/vue-tsc/bin/vue-tsc.js', ['-p', 'test/frameworks/vue/tsconfig.json']);
results.push(['Vue 3.5 (vue-tsc)', vue.ok, vue.output]);
const svelte = await run(
  '../../../node_modules/svelte-check/bin/svelte-check',
  ['--tsconfig', './tsconfig.json', '--output', 'machine'],
  'test/frameworks/svelte',
);
const errors = svelte.output.split('\n').filter((line) => / ERROR /.test(line));
const expected = ['"Wrong.svelte" 6:', '"Wrong.svelte" 7:', '"Wrong.svelte" 8:'];
const svelteOk = errors.length === expected.length && expected.every((place, i) => errors[i].includes(place));
results.push(['Svelte 5 (svelte-check)', svelteOk, svelte.output]);

for (const [name, ok, output] of results) {
  if (ok) console.log(`framework typings, ${name}: ok`);
  else console.error(`framework typings, ${name} failed:\n${output}`);
}
process.exitCode = results.every(([, ok]) => ok) ? 0 : 1;
