// Tests run in real headless Chromium (Debian's package, or CHROME_PATH); see scripts/test.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROME_ARGS } from './scripts/find-chrome.mjs';
import { serverCommands } from './scripts/test-commands.mjs';
import { countingReporter } from './scripts/test-reporter.mjs';

const json = fromRollup(rollupJson);

/**
 * Servers that misbehave, for <visa-data>'s timeout: /__test/never sends nothing at all, /__test/drip sends
 * headers and then one byte of JSON every 100 ms, for ever. Both stop when the browser gives up.
 */
const slowServers = async (ctx, next) => {
  if (ctx.path !== '/__test/never' && ctx.path !== '/__test/drip') return next();
  const closed = new Promise((resolve) => ctx.req.on('close', resolve));
  if (ctx.path === '/__test/never') return void (await closed);
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json' });
  ctx.res.write('{"programmes": [');
  const timer = setInterval(() => ctx.res.write(' '), 100);
  await closed;
  clearInterval(timer);
  ctx.res.end();
};

/** test/pages/trusted-types.html?policies=…: served as a page that requires Trusted Types and allows those policies. */
const trustedTypesPage = async (ctx, next) => {
  await next();
  if (ctx.path !== '/test/pages/trusted-types.html') return;
  const policies = String(ctx.query.policies ?? '').replace(/[^\w -]/g, '');
  ctx.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${policies}`);
};

/**
 * /__test/<fault>/<names>/…: the built files, some of them faulty, for the loader's failure paths. The loader and
 * dist/lazy/ are served from there, except that files of dist/lazy/ whose names start with one of the
 * comma-separated <names> are: `missing` (404), `hang` (never answer) or `slow-<ms>` (answer after <ms>), e.g.
 * /__test/missing/visa-compare,language-de/nomad-visa-widgets.js or /__test/slow-3000/language-de/….
 */
const faultyFiles = async (ctx, next) => {
  const match = /^\/__test\/(missing|hang|slow-(\d+))\/([^/]+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  const [, fault, delay, names, file] = match;
  ctx.path = `/dist/${file}`;
  if (!(file.startsWith('lazy/') && names.split(',').some((name) => file.slice(5).startsWith(name)))) return next();
  if (fault === 'missing') {
    ctx.status = 404;
    return;
  }
  const closed = new Promise((resolve) => ctx.req.on('close', resolve));
  if (fault === 'hang') return void (await closed);
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, Number(delay)))]);
  ctx.set('cache-control', 'no-store');
  return next();
};

/** /__test/package@1.0.0 answers like a CDN's package URL: the loader, and the package's files below it. */
const packageUrl = async (ctx, next) => {
  const match = /^\/__test\/package@[\d.]+(\/.*)?$/.exec(ctx.path);
  if (match) ctx.path = match[1] ?? '/dist/nomad-visa-widgets.js';
  return next();
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [slowServers, trustedTypesPage, faultyFiles, packageUrl],
  rootDir: '.',
  // Two pages at once. Keyboard tests bring their page to the front, and the other page's
  // requestAnimationFrame pauses meanwhile: tests mount plain wrappers with fixtureSync(), which needs no frame.
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  mimeTypes: { '**/*.json': 'js' },
  // Lit's one-line dev-mode notice in every file hides the logs that matter.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  plugins: [json({ preferConst: true }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), serverCommands()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
