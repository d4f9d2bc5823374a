// npm run bench: builds, then measures size, start-up, interaction and scale in headless Chromium with the
// CPU throttled 4x, prints a table and writes bench/results.json. Not part of npm test.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HELP } from '../scripts/find-chrome.mjs';
import { FILES, PAGES, TARGETS } from './budgets.mjs';
import { gzip, measureSize } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const THROTTLE = 4;

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
const stats = (values) => ({ median: round(median(values)), p95: round(quantile(values, 0.95)), runs: values.length });
const round = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);

function serve() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!path.startsWith(root) || !statSync(path).isFile()) throw new Error();
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function throttledPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

async function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 3000);
      }),
  );
}

/** The gzip size of each file of ours a page fetched (read from disk: the bench server does not compress). */
async function fetchedFiles(urls) {
  const sizes = {};
  for (const url of urls) {
    const path = new URL(url).pathname.slice(1);
    if (path.startsWith('dist/')) sizes[path] = gzip(await readFile(join(root, path)));
  }
  return sizes;
}

/** Fresh loads of one page: script evaluation, first render of its widgets, first paint, longest task, files. */
async function startUp(browser, base, path, tag) {
  const evaluation = [],
    render = [],
    paint = [],
    longest = [];
  let files = {};
  for (let i = 0; i < RUNS; i += 1) {
    const page = await throttledPage(browser);
    const urls = [];
    page.on('response', (response) => urls.push(response.url()));
    await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    const result = await page.evaluate(() => window.__benchDone);
    if (i === 0) files = await fetchedFiles(urls);
    evaluation.push(result.scriptEvaluation);
    render.push(result.marks[tag]);
    paint.push(await firstContentfulPaint(page));
    longest.push(Math.max(0, ...result.longTasks));
    await page.close();
  }
  return {
    files,
    bytes: Object.values(files).reduce((sum, n) => sum + n, 0),
    scriptEvaluation: stats(evaluation),
    firstRender: stats(render),
    firstContentfulPaint: stats(paint),
    longestTask: stats(longest),
  };
}

/** A static HTML table with the same full comparison and the same styles, no script: the floor. */
async function writeStaticBaseline(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/pages/visa-compare.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const { markup, css } = await page.evaluate(() => {
    const root = document.querySelector('visa-compare').shadowRoot;
    const css = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return { markup: root.innerHTML.replace(/<!--[^>]*-->/g, ''), css: css.replaceAll(':host', '.host') };
  });
  await page.close();
  const head = `<meta charset="utf-8"><title>static baseline</title><link rel="icon" href="data:,"><style>${css}</style>`;
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><div class="host">${markup}</div></body></html>`;
  await writeFile(join(root, 'bench/generated/static-compare.html'), html);
}

async function staticFloor(browser, base) {
  const paint = [];
  for (let i = 0; i < RUNS; i += 1) {
    const page = await throttledPage(browser);
    await page.goto(`${base}/bench/generated/static-compare.html`, { waitUntil: 'load' });
    paint.push(await firstContentfulPaint(page));
    await page.close();
  }
  return { firstContentfulPaint: stats(paint) };
}

/** Time from an action to the frame that shows its result, repeated on one loaded page. */
async function interaction(browser, base, path, action) {
  const page = await throttledPage(browser);
  await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const times = await page.evaluate(
    async (runs, actionSource) => {
      const act = new Function('i', actionSource);
      const durations = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        const element = act(i);
        await element.updateComplete;
        // Read the clock inside the frame callback: its argument is the frame's start, which can precede the action.
        const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        durations.push(frame - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return durations;
    },
    RUNS,
    action,
  );
  await page.close();
  return stats(times);
}

/**
 * Typing an answer as a visitor does: real key presses (CDP input events) into the income field of a German and
 * a Russian page, each page in a fresh browser context (nothing cached, no warm renderer). Each key is timed from
 * its event's timestamp to a task queued from the next animation frame, which runs once that frame's style, layout
 * and paint are done. The floor is the same keys into a plain <input> on a page with no widget, in the same run.
 */
const TYPED_PROFILE =
  'citizenship="us" employment="employee" degree it-professional years-experience="8" employer-country="us" income-currency="USD"';
const KEY_PROBE = `<script>window.__keys = []; window.__results = []; let lastKey = 0;
const afterPaint = (list, start) => requestAnimationFrame(() => { const channel = new MessageChannel();
channel.port1.onmessage = () => list.push(performance.now() - start); channel.port2.postMessage(0); });
document.addEventListener('keydown', (event) => { lastKey = event.timeStamp; afterPaint(__keys, lastKey); }, true);
document.addEventListener('visa-eligibility-change', () => afterPaint(__results, lastKey));</script>`;

async function writeTypingPages() {
  const head = (lang) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">${KEY_PROBE}</head>`;
  for (const lang of ['de', 'ru'])
    await writeFile(
      join(root, `bench/generated/typing-${lang}.html`),
      `${head(lang)}<body><visa-eligibility ${TYPED_PROFILE}></visa-eligibility>` +
        '<script src="/dist/nomad-visa-widgets.js"></script></body></html>',
    );
  await writeFile(
    join(root, 'bench/generated/typing-floor.html'),
    `${head('de')}<body><label>Einkommen <input id="plain"></label></body></html>`,
  );
}

async function typeKeys(browser, base, page) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await tab.goto(`${base}/bench/generated/${page}`, { waitUntil: 'load' });
    if (page === 'typing-floor.html') await tab.focus('#plain');
    else {
      const field = await tab.waitForFunction(
        () =>
          document.querySelector('visa-eligibility')?.shadowRoot?.querySelector('.summary') &&
          document.querySelector('visa-eligibility').shadowRoot.querySelector('#grossIncome'),
        { timeout: 20000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await field.focus();
    }
    await tab.evaluate(() => {
      window.__keys = [];
      window.__results = [];
    });
    for (const key of ['7', '5', '0', '0', 'Backspace']) {
      await tab.keyboard.press(key);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await tab.evaluate(() => ({ keys: window.__keys, results: window.__results }));
  } finally {
    await context.close();
  }
}

async function typing(browser, base) {
  await writeTypingPages();
  const times = { floor: [], de: [], ru: [] };
  const shown = { de: [], ru: [] };
  const runs = Math.max(1, Math.round(RUNS / 4));
  // Interleaved, so a neighbour's load on a shared machine falls on all three alike.
  for (let i = 0; i < runs; i += 1)
    for (const name of Object.keys(times)) {
      const { keys, results } = await typeKeys(browser, base, `typing-${name}.html`);
      times[name].push(...keys);
      shown[name]?.push(...results);
    }
  const floor = stats(times.floor);
  // Two figures per key: to the next paint (the typed character; what INP measures), and to the paint that shows
  // the results for it (after the visa-eligibility-change event).
  const page = (lang) => ({
    ...stats(times[lang]),
    vsFloor: round(median(times[lang]) / floor.median),
    results: { ...stats(shown[lang]), vsFloor: round(median(shown[lang]) / floor.median) },
  });
  return { floor, de: page('de'), ru: page('ru') };
}

async function syntheticDataset() {
  const data = JSON.parse(await readFile(join(root, 'data/visas.json'), 'utf8'));
  const originals = data.programmes;
  const programmes = [];
  for (let i = 0; programmes.length < 500; i += 1) {
    const source = originals[i % originals.length];
    const copy = structuredClone(source);
    copy.id = `${source.country}-synthetic-${i}`;
    for (const locale of Object.keys(copy.title)) copy.title[locale] = `${source.title[locale]} #${i}`;
    programmes.push(copy);
  }
  await writeFile(join(root, 'bench/generated/synthetic-500.json'), JSON.stringify({ ...data, programmes }));
}

/**
 * <visa-data> with 500 programmes (a 3.2 MB file): the longest task while it is fetched, parsed and checked,
 * beside a floor from the same run (the file fetched and parsed, nothing else); the check alone, in steps; and
 * its comparison's render.
 */
async function compare500(browser, base) {
  const times = [];
  const floor = [];
  const checking = [];
  for (let i = 0; i < Math.min(RUNS, 5); i += 1) {
    const page = await throttledPage(browser);
    await page.goto(`${base}/bench/pages/compare-500.html`, { waitUntil: 'load' });
    times.push(await page.evaluate(() => window.__compare500));
    await page.close();
    const parse = await throttledPage(browser);
    await parse.goto(`${base}/bench/pages/parse-500.html`, { waitUntil: 'load' });
    floor.push((await parse.evaluate(() => window.__parse500)).longest);
    await parse.close();
    const check = await throttledPage(browser);
    await check.goto(`${base}/bench/pages/validate-500.html`, { waitUntil: 'load' });
    const checked = await check.evaluate(() => window.__validate500);
    if (!checked.ok) throw new Error('bench/generated/synthetic-500.json did not validate');
    checking.push(checked);
    await check.close();
  }
  const longest = stats(times.map((t) => t.longestLoading));
  const parseFloor = stats(floor);
  return {
    loadToRender: stats(times.map((t) => t.render)),
    longestDrawingTask: stats(times.map((t) => t.longestDrawing)),
    rows: times[0]?.rows,
    longestLoadingTask: { ...longest, floor: parseFloor.median, vsFloor: round(longest.median / parseFloor.median) },
    // The check alone, in steps: its longest task, and how long it takes in all.
    checkInSteps: { longestTask: stats(checking.map((c) => c.longest)), total: stats(checking.map((c) => c.ms)) },
  };
}

async function cards100(browser, base) {
  return startUp(browser, base, 'bench/pages/cards-100.html', 'visa-card');
}

async function engineThroughput(browser, base) {
  const page = await browser.newPage(); // not throttled: raw engine speed
  await page.goto(`${base}/bench/pages/visa-card.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.__benchDone);
  const result = await page.evaluate(async () => {
    const { checkEligibility } = await window.NomadVisaWidgets.ready;
    const profiles = ['us', 'de', 'ru', 'in', 'br'].flatMap((citizenship, c) =>
      ['employee', 'freelancer', 'business-owner'].map((employment, e) => ({
        citizenship,
        employment,
        monthlyIncome: { amount: 1500 + c * 900 + e * 300, currency: c % 2 ? 'USD' : 'EUR' },
        spouse: e === 1,
        children: c % 3,
        degree: c % 2 === 0,
        yearsExperience: c + e,
        itProfessional: e !== 2,
        employerCountry: 'us',
        employerEmployees: 80,
        monthsWorking: 12,
      })),
    );
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < 1000) checkEligibility(profiles[count++ % profiles.length]);
    return {
      profilesPerSecond: Math.round((count * 1000) / (performance.now() - start)),
      programmesPerProfile: (await window.NomadVisaWidgets.ready).programmes.length,
    };
  });
  await page.close();
  return result;
}

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HELP);
  process.exit(1);
}
await mkdir(join(root, 'bench/generated'), { recursive: true });
await syntheticDataset();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: CHROME_ARGS,
});
try {
  const size = await measureSize(join(root, 'dist/nomad-visa-widgets.bundle.js'));
  const startup = {};
  for (const row of PAGES) startup[row.id] = await startUp(browser, base, row.bench, row.widgets.at(-1));
  await writeStaticBaseline(browser, base);
  const floor = await staticFloor(browser, base);
  const interactions = {
    'sort a column': await interaction(
      browser,
      base,
      'bench/pages/visa-compare.html',
      "const el = document.querySelector('visa-compare'); el.shadowRoot.querySelector('thead button').click(); return el;",
    ),
    'apply a filter': await interaction(
      browser,
      base,
      'bench/pages/visa-compare.html',
      "const el = document.querySelector('visa-compare'); el.shadowRoot.querySelector('input[name=family]').click(); return el;",
    ),
    'change one eligibility answer': await interaction(
      browser,
      base,
      'bench/pages/visa-eligibility.html',
      "const el = document.querySelector('visa-eligibility'); const s = el.shadowRoot.querySelector('#citizenship'); " +
        "s.value = ['us','de','ru','in'][i % 4]; s.dispatchEvent(new Event('change', { bubbles: true, composed: true })); return el;",
    ),
  };
  const typed = await typing(browser, base);
  const scale = {
    '100 <visa-card>s': await cards100(browser, base),
    '<visa-compare>, 500 programmes': await compare500(browser, base),
    checkEligibility: await engineThroughput(browser, base),
  };
  const compareFcp = startup.compare.firstContentfulPaint.median;
  const ratio = round(compareFcp / floor.firstContentfulPaint.median);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const fileSizes = [];
  for (const row of FILES) fileSizes.push({ row, bytes: gzip(await readFile(join(root, row.file))) });
  const targets = [
    ...PAGES.flatMap((row) => [
      { target: `${row.page}: ≤ ${row.targetKB} KB`, value: kb(startup[row.id].bytes), met: startup[row.id].bytes <= row.targetKB * 1024 },
      {
        target: `${row.page}: longest task ≤ ${row.longestTaskMs} ms (median)`,
        value: `${startup[row.id].longestTask.median} ms`,
        met: startup[row.id].longestTask.median <= row.longestTaskMs,
      },
    ]),
    ...fileSizes.map(({ row, bytes }) => ({
      target: `${row.what}: ≤ ${row.targetKB} KB`,
      value: kb(bytes),
      met: bytes <= row.targetKB * 1024,
    })),
    ...Object.entries(interactions).map(([name, s]) => ({
      target: `${name}: ≤ ${TARGETS.interactionMs} ms median`,
      value: `${s.median} ms`,
      met: s.median <= TARGETS.interactionMs,
    })),
    {
      target: `full comparison first paint ≤ ${TARGETS.compareVsStatic}x static table`,
      value: `${ratio}x`,
      met: ratio <= TARGETS.compareVsStatic,
    },
  ];
  const results = {
    date: new Date().toISOString(),
    chrome: await browser.version(),
    throttle: THROTTLE,
    runs: RUNS,
    size,
    startup,
    staticTable: floor,
    compareVsStatic: ratio,
    interactions,
    typed,
    scale,
    targets,
  };
  await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  print(results);
} finally {
  await browser.close();
  server.close();
}

function print(r) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\nnomad-visa-widgets benchmark: ${r.chrome}, CPU throttled ${r.throttle}x, ${r.runs} fresh loads each\n`);
  console.log('Files each page fetched (gzip)');
  for (const [id, s] of Object.entries(r.startup)) {
    console.log(`  ${id}: ${kb(s.bytes)}`);
    for (const [file, bytes] of Object.entries(s.files)) console.log(`    ${kb(bytes).padStart(9)}  ${file}`);
  }
  console.log('\nSize of dist/nomad-visa-widgets.bundle.js, the all-in-one file');
  console.table([
    { part: 'whole file', raw: kb(r.size.raw), gzip: kb(r.size.gzip), brotli: kb(r.size.brotli) },
    ...r.size.parts.map((p) => ({ part: p.name, raw: kb(p.raw), gzip: kb(p.gzip), brotli: kb(p.brotli) })),
  ]);
  console.log('Start-up (ms, median / p95)');
  console.table(
    Object.fromEntries(
      Object.entries(r.startup).map(([name, s]) => [
        name,
        {
          'script load+eval': `${s.scriptEvaluation.median} / ${s.scriptEvaluation.p95}`,
          'first render': `${s.firstRender.median} / ${s.firstRender.p95}`,
          'first paint': `${s.firstContentfulPaint.median} / ${s.firstContentfulPaint.p95}`,
          'longest task': `${s.longestTask.median} / ${s.longestTask.p95}`,
        },
      ]),
    ),
  );
  console.log(
    `Static HTML table, same comparison, no script: first paint ${r.staticTable.firstContentfulPaint.median} / ` +
      `${r.staticTable.firstContentfulPaint.p95} ms; ours is ${r.compareVsStatic}x`,
  );
  console.log('\nInteraction, event to next frame (ms, median / p95)');
  console.table(Object.fromEntries(Object.entries(r.interactions).map(([name, s]) => [name, { median: s.median, p95: s.p95 }])));
  const t = r.typed;
  console.log(
    `Typing an income into <visa-eligibility>, key to painted frame, fresh context per load (ms, median / p95): ` +
      `German ${t.de.median} / ${t.de.p95} (${t.de.vsFloor}x floor), Russian ${t.ru.median} / ${t.ru.p95} ` +
      `(${t.ru.vsFloor}x floor); floor, a plain input: ${t.floor.median} / ${t.floor.p95}, ${t.de.runs} keys each`,
  );
  console.log(
    `  ... key to the frame that shows its results: German ${t.de.results.median} / ${t.de.results.p95} ` +
      `(${t.de.results.vsFloor}x floor), Russian ${t.ru.results.median} / ${t.ru.results.p95} (${t.ru.results.vsFloor}x floor)`,
  );
  const cards = r.scale['100 <visa-card>s'];
  const big = r.scale['<visa-compare>, 500 programmes'];
  const engine = r.scale.checkEligibility;
  console.log(
    `Scale: 100 cards first render ${cards.firstRender.median} / ${cards.firstRender.p95} ms ` +
      `(longest task ${cards.longestTask.median} ms); ` +
      `<visa-compare> over 500 programmes: data loaded to the first page (${big.rows} rows) drawn ${big.loadToRender.median} ms ` +
      `(longest task ${big.longestDrawingTask.median} ms); ` +
      `longest task while the file is fetched, parsed and checked ${big.longestLoadingTask.median} / ` +
      `${big.longestLoadingTask.p95} ms (${big.longestLoadingTask.vsFloor}x the floor: fetch and JSON.parse alone, ` +
      `${big.longestLoadingTask.floor} ms); checked in steps: longest task ${big.checkInSteps.longestTask.median} / ` +
      `${big.checkInSteps.longestTask.p95} ms over ${big.checkInSteps.total.median} ms; ` +
      `checkEligibility: ${engine.profilesPerSecond} profiles/s over ${engine.programmesPerProfile} programmes (not throttled)`,
  );
  console.log('\nTargets');
  console.table(r.targets.map((t) => ({ target: t.target, value: t.value, met: t.met ? 'met' : 'NOT met' })));
}
