// Checks the package as npm would publish it: publint --strict (package.json fields, files, exports) and
// "are the types wrong" (every export resolves to JavaScript and to types, in Node and in bundlers; the package
// is ES modules only). Prints the tools' reports only when one fails.
import { execFile } from 'node:child_process';

const run = (bin, args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });

const checks = [
  ['publint --strict', 'node_modules/publint/src/cli.js', ['--strict']],
  ['attw', 'node_modules/@arethetypeswrong/cli/dist/index.js', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
];
let failed = false;
for (const [name, bin, args] of checks) {
  const { ok, output } = await run(bin, args);
  if (ok) console.log(`${name}: ok`);
  else {
    failed = true;
    console.error(`${name} failed:\n${output}`);
  }
}
process.exitCode = failed ? 1 : 0;
