import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import raw from '../../data/visas.json';
import type { VisaCard } from '../../src/elements/visa-card/visa-card.js';
import type { VisaCompare } from '../../src/elements/visa-compare/visa-compare.js';
import type { VisaData } from '../../src/elements/visa-data/visa-data.js';
import type { VisaEligibility } from '../../src/elements/visa-eligibility/visa-eligibility.js';
import { VisaDataLoadEvent } from '../../src/shared/events.js';
import { FRESH_RATES } from '../data/fresh-rates.js';
import { datasetIn } from '../data/one-language.js';
import { cardRow, quietly } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Json => JSON.parse(JSON.stringify(raw));
const urls: string[] = [];
function serve(body: string, type = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([body], { type }));
  urls.push(url);
  return url;
}
const agencyDataset = () => {
  const data = copy();
  const pt = data.programmes.find((p: Json) => p.id === 'pt-digital-nomad');
  pt.title.en = 'Portugal remote-work visa (agency edition)';
  pt.income.value.amount = 4000;
  delete pt.income.conflicts;
  return data;
};

async function mount(src: string | undefined, inner = html`<visa-card programme="pt-digital-nomad"></visa-card>`) {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (text: string) => warnings.push(text);
  const wrapper = fixtureSync<HTMLElement>(
    html`<div><visa-data src=${src ?? ''}>${inner}</visa-data><visa-card id="outside" programme="pt-digital-nomad"></visa-card></div>`,
  );
  const provider = wrapper.querySelector<VisaData>('visa-data')!;
  await provider.updateComplete;
  return { wrapper, provider, warnings, restore: () => (console.warn = warn) };
}

async function settled(provider: VisaData) {
  for (let i = 0; i < 300 && provider.provided.status === 'loading'; i += 1) await aTimeout(10);
  await provider.updateComplete;
  await aTimeout(0);
}

const cardTitle = (el: Element) => (el as VisaCard).shadowRoot!.querySelector('h2')!.textContent;
const row = cardRow;

describe('<visa-data>', () => {
  after(() => urls.forEach((url) => URL.revokeObjectURL(url)));

  it("gives the widgets inside an agency's dataset; widgets outside keep the built-in one", async () => {
    const { wrapper, provider, restore } = await mount(
      serve(JSON.stringify(agencyDataset())),
      html` <visa-card programme="pt-digital-nomad"></visa-card>
        <visa-compare programmes="pt-digital-nomad" fields="income"></visa-compare>
        <visa-eligibility programmes="pt-digital-nomad" income="3600" income-basis="gross"></visa-eligibility>`,
    );
    restore();
    const loaded = oneEvent(provider, 'visa-data-load');
    await settled(provider);
    await loaded.catch(() => undefined);
    const card = wrapper.querySelector<VisaCard>('visa-data visa-card')!;
    await card.updateComplete;
    expect(cardTitle(card)).to.equal('Portugal remote-work visa (agency edition)');
    expect(cardTitle(wrapper.querySelector('#outside')!)).to.equal('Portugal digital nomad visa');
    const compare = wrapper.querySelector<VisaCompare>('visa-compare')!;
    await compare.updateComplete;
    expect(compare.shadowRoot!.querySelector('td')!.textContent).to.include('€4,000 a month.');
    const eligibility = wrapper.querySelector<VisaEligibility>('visa-eligibility')!;
    await eligibility.updateComplete;
    expect(eligibility.results[0].checks.find((c) => c.requirement === 'income')!.status).to.equal('unmet');
  });

  it('shows a quiet loading state while the dataset loads', async () => {
    const original = window.fetch;
    let release!: (response: Response) => void;
    window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
    try {
      const { wrapper, provider, restore } = await mount('https://agency.invalid/visas.json');
      restore();
      const card = wrapper.querySelector<VisaCard>('visa-data visa-card')!;
      await card.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Loading the visa data…');
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(cardTitle(card)).to.equal('Portugal digital nomad visa'); // still readable meanwhile
      release(new Response(JSON.stringify(agencyDataset())));
      await settled(provider);
      await card.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(cardTitle(card)).to.equal('Portugal remote-work visa (agency edition)');
    } finally {
      window.fetch = original;
    }
  });

  const failures: [string, () => string, string][] = [
    ['a 404', () => '/no/such/visas.json', 'The visa data at /no/such/visas.json could not be loaded (HTTP 404).'],
    ['an answer that is not JSON', () => serve('<html>Not found</html>', 'text/html'), 'is not JSON.'],
    ['a network error', () => 'http://127.0.0.1:9/visas.json', 'could not be loaded (network error).'],
  ];
  for (const [name, src, message] of failures) {
    it(`on ${name}: a visible message, a warning naming src, and the built-in data stays`, async () => {
      const url = src();
      const { wrapper, provider, warnings, restore } = await mount(url);
      await settled(provider);
      restore();
      // Visitors read a neutral line, not the address or the status.
      const neutral = provider.shadowRoot!.querySelector('[part="message"]')!.textContent!;
      expect(neutral).to.include('This site’s own visa data could not be loaded.');
      expect(neutral).to.not.include(url);
      // The site's developer reads the details with debug.
      provider.toggleAttribute('debug', true);
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include(message);
      expect(provider.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include('The widgets show the built-in data instead.');
      expect(warnings.some((w) => w.includes(`src="${url}"`))).to.equal(true);
      expect(cardTitle(wrapper.querySelector('visa-data visa-card')!)).to.equal('Portugal digital nomad visa');
      await expect(provider).to.be.accessible();
    });
  }

  describe('rates-src', () => {
    async function mountRates(ratesSrc: string, inner = html`<visa-card programme="kz-neo-nomad" currency="EUR"></visa-card>`) {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (text: string) => warnings.push(text);
      const wrapper = fixtureSync<HTMLElement>(html`<div><visa-data rates-src=${ratesSrc}>${inner}</visa-data></div>`);
      const provider = wrapper.querySelector<VisaData>('visa-data')!;
      await provider.updateComplete;
      await settled(provider);
      console.warn = warn;
      const card = wrapper.querySelector<VisaCard>('visa-card')!;
      await card.updateComplete;
      return { provider, card, warnings };
    }
    const footer = (card: VisaCard) => card.shadowRoot!.querySelector('footer')!.textContent!.replace(/\s+/g, ' ');

    it("converts with the site's fresher rates, and the footnote gives their date", async () => {
      const { card } = await mountRates(serve(JSON.stringify(FRESH_RATES)));
      // $3,000 at 1.2 USD per euro: €2,500 (the built-in rate of 1.0411 gives €2,882).
      expect(row(card, 'Income')).to.equal('$3,000 (≈ €2,500) a month.');
      expect(footer(card)).to.include('≈ converted with the rate as of USD November 2, 2026');
    });

    it('keeps the built-in rates, and says which date they have, without rates-src', async () => {
      const el = await fixture<VisaCard>(html`<visa-card programme="kz-neo-nomad"></visa-card>`);
      expect(row(el, 'Income')).to.equal('$3,000 (≈ €2,882) a month.');
      expect(footer(el)).to.include('≈ converted with the rate as of USD February 28, 2025');
    });

    it('on a bad table: a visible message, a warning naming rates-src, and the rates stay', async () => {
      const bad = structuredClone(FRESH_RATES) as unknown as Json;
      bad.exchangeRates[0].amount = 0;
      const url = serve(JSON.stringify(bad));
      const { provider, card, warnings } = await mountRates(url);
      const message = provider.shadowRoot!.querySelector('[part="message"]')!.textContent!;
      expect(message).to.include('This site’s own exchange rates could not be loaded.');
      expect(message).to.include('Amounts are converted with the rates the widgets already had.');
      expect(warnings.some((w) => w.includes(`rates-src="${url}"`) && w.includes('exchangeRates[0].amount'))).to.equal(true);
      expect(row(card, 'Income')).to.equal('$3,000 (≈ €2,882) a month.');
      provider.toggleAttribute('debug', true);
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include(
        'exchangeRates[0].amount: must be more than 0, got 0',
      );
    });

    it('on a 404: the dataset from src still loads, with its own rates', async () => {
      const warn = console.warn;
      console.warn = () => {};
      const wrapper = fixtureSync<HTMLElement>(
        html`<div>
          <visa-data src=${serve(JSON.stringify(agencyDataset()))} rates-src="/no/such/rates.json"
            ><visa-card programme="pt-digital-nomad"></visa-card
          ></visa-data>
        </div>`,
      );
      const provider = wrapper.querySelector<VisaData>('visa-data')!;
      await oneEvent(provider, 'visa-data-load');
      await settled(provider);
      for (let i = 0; i < 200 && !provider.shadowRoot!.querySelector('[part="message"]'); i += 1) await aTimeout(10);
      console.warn = warn;
      const card = wrapper.querySelector<VisaCard>('visa-card')!;
      await card.updateComplete;
      expect(cardTitle(card)).to.equal('Portugal remote-work visa (agency edition)');
      expect(provider.shadowRoot!.querySelectorAll('[part="message"]')).to.have.length(1);
      expect(provider.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include('exchange rates could not be loaded');
    });
  });

  it('on a schema error: names the programme id and field path', async () => {
    const data = copy();
    data.programmes.find((p: Json) => p.id === 'hr-digital-nomad').savings.value.amount = 'lots';
    delete data.programmes.find((p: Json) => p.id === 'ee-digital-nomad').title.en;
    const { provider, restore } = await mount(serve(JSON.stringify(data)));
    await settled(provider);
    restore();
    provider.toggleAttribute('debug', true);
    await provider.updateComplete;
    const text = provider.shadowRoot!.querySelector('[part="message"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('has 2 errors');
    expect(text).to.include('hr-digital-nomad: savings.value.amount: expected a number, got "lots"');
    expect(text).to.include('ee-digital-nomad: title: missing the text in the default language "en" (given: de, ru)');
  });

  it("loads a German-only dataset: each text falls back to German, marked in the reader's language", async () => {
    const data = datasetIn('de');
    const { provider, restore } = await mount(
      serve(JSON.stringify(data)),
      html`<visa-card lang="en" programme="pt-digital-nomad"></visa-card><visa-card lang="ru" programme="pt-digital-nomad"></visa-card
        ><visa-card lang="de" programme="pt-digital-nomad"></visa-card>`,
    );
    await settled(provider);
    restore();
    expect(provider.provided.status).to.equal('ready');
    const [en, ru, de] = [...provider.querySelectorAll<VisaCard>('visa-card')];
    for (const card of [en, ru, de]) await card.updateComplete;
    expect(cardTitle(de)).to.equal('Portugal: Visum für digitale Nomaden');
    expect(cardTitle(en)).to.equal('Portugal: Visum für digitale Nomaden (in German)');
    expect(cardTitle(ru)).to.equal('Portugal: Visum für digitale Nomaden (на немецком)');
    // The widget's own words stay in the reader's language.
    expect(en.shadowRoot!.textContent).to.include('Income');
  });

  it('gives its lang and currency to the widgets inside', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<visa-data lang="de" currency="USD"><visa-card programme="is-remote-work"></visa-card></visa-data>`,
    );
    const card = wrapper.querySelector<VisaCard>('visa-card')!;
    await card.updateComplete;
    await aTimeout(0);
    await card.updateComplete;
    expect(cardTitle(card)).to.equal('Island: Langzeitvisum für Fernarbeit');
    expect(card.shadowRoot!.querySelector('dd')!.textContent).to.include('(≈ 7.146\u00a0$)');
  });

  it('reports its own bad currency itself; the widgets inside keep their default and report nothing', async () => {
    const { value: wrapper, warnings } = await quietly(async () => {
      const provider = fixtureSync<HTMLElement>(
        html`<visa-data currency="XAU" debug><visa-card programme="is-remote-work"></visa-card></visa-data>`,
      );
      const card = provider.querySelector<VisaCard>('visa-card')!;
      await card.updateComplete;
      await aTimeout(0);
      await card.updateComplete;
      await (provider as VisaData).updateComplete;
      return provider;
    });
    const card = wrapper.querySelector<VisaCard>('visa-card')!;
    expect(wrapper.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('currency="XAU"');
    expect(card.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(card.shadowRoot!.querySelector('dd')!.textContent).to.include('≈ €');
    expect(warnings).to.deep.equal(['<visa-data>: ignored currency="XAU" (unknownCurrency)']);
  });

  it('fires typed load events', async () => {
    const loaded = new Promise<VisaDataLoadEvent>((resolve) => document.addEventListener('visa-data-load', resolve, { once: true }));
    const { restore } = await mount(serve(JSON.stringify(copy())));
    const event = await loaded;
    restore();
    expect(event instanceof VisaDataLoadEvent).to.equal(true);
    expect(event.detail.programmes).to.equal(23);
  });

  it('renders markup in a dataset as text, never as HTML', async () => {
    const data = copy();
    const pt = data.programmes.find((p: Json) => p.id === 'pt-digital-nomad');
    const payload = '<img src=x onerror="window.__visaPwned = true">';
    pt.title.en = payload;
    pt.summary.en = `<script>window.__visaPwned = true</script>${payload}`;
    pt.prepare[0].text.en = payload;
    const { wrapper, provider, restore } = await mount(
      serve(JSON.stringify(data)),
      html` <visa-card programme="pt-digital-nomad"></visa-card>
        <visa-compare programmes="pt-digital-nomad"></visa-compare>
        <visa-eligibility programmes="pt-digital-nomad"></visa-eligibility>`,
    );
    await settled(provider);
    restore();
    await aTimeout(50);
    for (const widget of wrapper.querySelectorAll('visa-data > *')) {
      await (widget as VisaCard).updateComplete;
      expect(widget.shadowRoot!.querySelector('img, script:not([src])'), widget.localName).to.equal(null);
      expect(widget.shadowRoot!.textContent).to.include(payload);
    }
    expect((window as unknown as { __visaPwned?: boolean }).__visaPwned).to.equal(undefined);
  });
});
