/**
 * Faults that used to leave a blank or wrong widget, against the built single script: any value in any property,
 * bare booleans as frameworks pass them, addresses as URL objects, and two comparisons that want one URL key.
 */
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import raw from '../../data/visas.json';
import { FRESH_RATES } from '../data/fresh-rates.js';
import { loadBuiltScript, loaderPage, mount, quietWarnings, revokeServed, serve, settle, until, type Widget } from './frames.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}

const camel = (attribute: string) => (attribute === 'lang' ? 'language' : attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** The page's uncaught errors and rejections while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(String(event.message));
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await aTimeout(20);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('faults that used to leave a blank widget (the built single script)', () => {
  before(loadBuiltScript);
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });
  after(revokeServed);

  it('takes any value in any property without throwing, and names a value that is not text in a warning', async function () {
    this.timeout(60000); // about sixty properties, two values each
    // The test server hands JSON over as a module (see web-test-runner.config.mjs).
    const manifest = ((await import(/* @vite-ignore */ '/custom-elements.json' as string)) as { default: Manifest }).default;
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(tags.map((d) => d.tagName)).to.have.members(['visa-card', 'visa-compare', 'visa-data', 'visa-eligibility']);
    const odd: [string, unknown, string][] = [
      ['an object without a text form', Object.create(null), '[object Object]'],
      ['a symbol', Symbol('odd'), 'Symbol(odd)'],
    ];
    for (const { tagName, attributes } of tags) {
      const el = await mount(`<${tagName!}></${tagName!}>`);
      for (const { name, type } of attributes!)
        for (const [what, value, shown] of odd) {
          const where = `<${tagName}> ${name} = ${what}`;
          const { warnings, restore } = quietWarnings();
          let errors: string[];
          try {
            errors = await uncaught(async () => {
              (el as unknown as Record<string, unknown>)[camel(name)] = value;
              await settle(el.parentElement!);
            });
            (el as unknown as Record<string, unknown>)[camel(name)] = undefined;
            await settle(el.parentElement!);
          } finally {
            restore();
          }
          expect(errors, where).to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('.root'), where).to.not.equal(null);
          // Booleans read any value as yes or no; lang is the page's business (the widget reads it from the DOM).
          // A list attribute names each word it ignores ("[object", "object]").
          if (type?.text !== 'boolean' && name !== 'lang')
            expect(warnings.join('\n').toLowerCase(), where).to.include(`ignored ${name}="${shown.split(' ')[0]}`.toLowerCase());
        }
      el.parentElement!.remove();
    }
  });

  it('reads "" (a bare attribute, as Vue passes it) as yes in every boolean property', async () => {
    const card = await mount(`<visa-card programme="pt-digital-nomad"></visa-card>`);
    // Compact or not, as a boolean: whether the summary is in the header or waits under "More".
    const compact = () => $(card, 'header .summary') === null && $(card, 'details[part="more"]') !== null;
    expect(compact()).to.equal(false);
    Object.assign(card, { compact: '' });
    await card.updateComplete;
    expect(compact()).to.equal(true);
    Object.assign(card, { compact: 'false', debug: '', headingLevel: 'nine' });
    await settle(card.parentElement!);
    expect(compact()).to.equal(false);
    expect($(card, '[part="notice"]')!.textContent).to.include('heading-level="nine"');
    const eligibility = await mount<Widget & { profile: Record<string, unknown> }>('<visa-eligibility></visa-eligibility>');
    Object.assign(eligibility, { spouse: '', degree: '', itProfessional: '' });
    await eligibility.updateComplete;
    expect([eligibility.profile.spouse, eligibility.profile.degree, eligibility.profile.itProfessional]).to.deep.equal([true, true, true]);
    const compare = await mount(`<visa-compare countries="pt,es"></visa-compare>`);
    Object.assign(compare, { syncUrl: '' });
    await compare.updateComplete;
    expect($(compare, '[part="share"]')).to.not.equal(null);
  });

  it('fetches src and rates-src given as URL objects, and names a src that is no address', async () => {
    const data = await mount(`<visa-data><visa-card programme="pt-digital-nomad"></visa-card></visa-data>`);
    const { warnings, restore } = quietWarnings();
    const missing = new URL('/no-such-dataset.json', location.href);
    const failed = oneEvent(data, 'visa-data-error');
    const errors = await uncaught(async () => {
      Object.assign(data, { src: missing, debug: true });
      const event = (await failed) as CustomEvent<{ src: string; message: string }>;
      expect(event.detail.src).to.equal(missing.href);
      await settle(data.parentElement!);
    });
    restore();
    expect(errors).to.deep.equal([]);
    expect(warnings.join('\n')).to.include(`src="${missing.href}" not used`);
    expect($(data, '[part="message"]')!.textContent).to.include('404');
    const loaded = oneEvent(data, 'visa-data-load');
    Object.assign(data, { src: new URL(serve(raw)) });
    await loaded;
    expect((data as Widget).provided!.status).to.equal('ready');
    Object.assign(data, { ratesSrc: new URL(serve(FRESH_RATES)) });
    await settle(data.parentElement!);
    await aTimeout(50);
    expect($(data, '[part="message"]')).to.equal(null);
    const quiet = quietWarnings();
    Object.assign(data, { src: { href: 'not/an/address.json' } });
    await settle(data.parentElement!);
    quiet.restore();
    expect(quiet.warnings.join('\n')).to.include('ignored src="[object Object]"');
    expect($(data, '[part="notice"]')!.textContent).to.include('give an address as text or a URL object');
  });

  it('gives the URL key to the comparison first in the page, even when a later one drew first', async () => {
    const { warnings, restore } = quietWarnings();
    const holder = await mount<HTMLDivElement>('<div><visa-compare sync-url countries="hr,gr" id="compare"></visa-compare></div>');
    const later = holder.querySelector<Widget>('visa-compare')!;
    expect($(later, '[part="share"]')).to.not.equal(null);
    const first = document.createElement('visa-compare') as Widget;
    Object.assign(first, { syncUrl: true, countries: 'pt,es', debug: true });
    later.before(first);
    await settle(holder);
    Object.assign(later, { debug: true });
    await settle(holder);
    restore();
    expect($(first, '[part="notice"]')).to.equal(null);
    expect($(first, '[part="share"]')).to.not.equal(null);
    expect($(later, '[part="notice"]')!.textContent).to.include('sync-url="compare"');
    expect($(later, '[part="share"]')).to.equal(null);
    expect(warnings.some((w) => w.includes('sync-url="compare"'))).to.equal(true);
    $<HTMLButtonElement>(first, 'thead button')!.click();
    await first.updateComplete;
    expect(location.hash).to.match(/^#compare\.s=/);
  });
});

describe('what failed, said as it is (the built files)', () => {
  before(loadBuiltScript);
  afterEach(() => document.querySelectorAll('body > div, body > iframe').forEach((el) => el.remove()));
  after(revokeServed);

  /** A <visa-data debug> with `attributes`, its first warning and its message once `src` has failed. */
  async function failing(src: string, attributes = '') {
    const { warnings, restore } = quietWarnings();
    const data = await mount(`<visa-data debug ${attributes}><visa-card programme="pt-digital-nomad"></visa-card></visa-data>`);
    const failed = oneEvent(data, 'visa-data-error');
    const errors = await uncaught(async () => {
      Object.assign(data, { src });
      await failed;
      await settle(data.parentElement!);
    });
    restore();
    expect(errors).to.deep.equal([]);
    return { warnings: warnings.join('\n'), message: $(data, '[part="message"]')!.textContent!.replace(/\s+/g, ' ') };
  }

  it('names a file nested 200,000 levels deep as too deep, not as a network error', async () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    const url = serve(`{"schemaVersion":1,"programmes":[{"id":"pt-x","deep":${deep}}]}`);
    const { warnings, message } = await failing(url);
    expect(warnings).to.include('nested more than 64 levels deep');
    expect(warnings).to.not.include('network');
    expect(message).to.include('nested more than 64 levels deep');
  });

  it('refuses a file larger than max-bytes before parsing it, and names a bad max-bytes', async () => {
    const { warnings, message } = await failing(serve(raw), 'max-bytes="100000"');
    expect(warnings).to.include('is larger than 0.1 MB, the limit set by max-bytes');
    expect(message).to.include('larger than 0.1 MB');
    const bad = quietWarnings();
    const data = await mount('<visa-data max-bytes="lots"></visa-data>');
    bad.restore();
    expect(bad.warnings.join('\n')).to.include('ignored max-bytes="lots" (unknownMaxBytes)');
    expect($(data, '[part="notice"]')).to.not.equal(null);
  });

  it('counts parsing and checking within timeout: a file too large to check in 0.1 s is cut off and said so', async () => {
    const programmes = Array.from({ length: 1500 }, (_, i) => ({
      ...raw.programmes[i % raw.programmes.length],
      id: `${raw.programmes[i % raw.programmes.length].country}-copy-${i}`,
    }));
    const { warnings, message } = await failing(serve({ ...raw, programmes }), 'timeout="0.1" max-bytes="50000000"');
    expect(warnings).to.include('could not be fetched and checked within 0.1 s');
    expect(message).to.include('within 0.1 s');
  });

  it("says a file of the widgets failed when the validator's chunk cannot be fetched, not the site's dataset", async () => {
    const src = serve(raw);
    const { doc, win } = await loaderPage(
      `<visa-data src="${src}"><visa-card programme="pt-digital-nomad"></visa-card></visa-data>`,
      '/__test/missing/validate/nomad-visa-widgets.js',
      'en',
    );
    await until(() => !!doc.querySelector('visa-data')?.shadowRoot?.querySelector('[part="message"]'));
    const warnings = win.__warnings.join('\n');
    expect(warnings).to.match(/could not be checked: a file of the widgets did not load \(.*\/lazy\/validate-/);
    expect(warnings).to.not.include('network error');
    expect(doc.querySelector('visa-data')!.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include(
      'This site’s own visa data could not be loaded.',
    );
  });

  it('names the shared chunk that failed, not only the widget whose file imports it', async () => {
    const { doc, win } = await loaderPage(
      '<visa-card programme="pt-digital-nomad"></visa-card>',
      '/__test/missing/base-styles/nomad-visa-widgets.js',
      'en',
    );
    await until(() => !!doc.querySelector('visa-card')?.shadowRoot?.querySelector('[part="notice"]'));
    expect(win.__warnings.join('\n')).to.match(/visa-card\.js: .*; failed: \S+\/lazy\/base-styles-\w+\.js \(404\)/);
    expect(doc.querySelector('visa-card')!.shadowRoot!.textContent).to.include('This visa widget could not start on this page.');
  });
});
