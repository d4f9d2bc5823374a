import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { render } from 'lit';
import { citation } from '../../src/shared/source-citation.js';
import '../../src/elements/visa-card/visa-card.js';
import type { VisaCard } from '../../src/elements/visa-card/visa-card.js';
import { cardRow, quietly } from './helpers.js';

const titles = (el: VisaCard) => [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent);
const row = cardRow;

describe('<visa-card>', () => {
  it('shows every programme of a country, one card each', async () => {
    const el = await fixture<VisaCard>(html`<visa-card country="kz"></visa-card>`);
    expect(titles(el)).to.deep.equal([
      'Kazakhstan Digital Nomad residence (B9-1)',
      'Kazakhstan Neo Nomad visa (B12-1)',
      'Kazakhstan permanent-residence visa for skilled professionals (B9)',
    ]);
    expect(el.shadowRoot!.querySelectorAll('article[aria-labelledby]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows one programme with its facts, the converted amount marked approximate, and the sources with dates', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="kz-neo-nomad"></visa-card>`);
    expect(titles(el)).to.deep.equal(['Kazakhstan Neo Nomad visa (B12-1)']);
    expect(row(el, 'Income')).to.equal('$3,000 (≈ €2,882) a month.');
    expect(row(el, 'Validity')).to.equal('1 year.');
    expect(row(el, 'Launched')).to.equal('November 2024.');
    // Sources by what a reader can judge: title, author, date, language; never a file name.
    const footer = el.shadowRoot!.querySelector('footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).to.include(
      'Neues Digital Nomad Visum: Wie IT-Fachkräfte nach Kasachstan umziehen können (Elena Ruda (Immigrant Invest) · as of 2025 · German)',
    );
    expect(footer).to.not.match(/\.txt|_[0-9a-f]{8}/);
    // When the dataset was last checked against its sources.
    expect(footer).to.include('Every figure checked against these sources on November 30, 2026.');
  });

  describe('the age of the facts, with a fixed clock', () => {
    const realNow = Date.now;
    afterEach(() => (Date.now = realNow));
    const note = (el: VisaCard) => el.shadowRoot!.querySelector('[part="stale"]')?.textContent?.trim();

    it('says quietly that facts older than 12 months may have changed; fresh ones say nothing', async () => {
      Date.now = () => Date.UTC(2027, 1, 1); // Portugal's newest source is of 2025: as late as 31 December 2025
      const old = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad"></visa-card>`);
      expect(note(old)).to.equal(
        'These facts are as of 2025 and may have changed since: check them with the authority or consulate before you apply.',
      );
      Date.now = () => Date.UTC(2026, 5, 1);
      const fresh = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad"></visa-card>`);
      expect(note(fresh)).to.equal(undefined);
      await expect(old).to.be.accessible();
    });

    it('stale-after sets the months; a bad value is reported and 12 is kept', async () => {
      Date.now = () => Date.UTC(2027, 1, 1);
      const patient = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" stale-after="24"></visa-card>`);
      expect(note(patient)).to.equal(undefined);
      const { value: bad, warnings } = await quietly(() =>
        fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" stale-after="soon" debug></visa-card>`),
      );
      expect(bad.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('stale-after="soon"');
      expect(warnings.some((w) => w.includes('stale-after="soon"'))).to.equal(true);
      expect(note(bad)).to.not.equal(undefined);
    });
  });

  it("cites sources in the widget's language, with a link where the source has an address", async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="kz-neo-nomad" lang="ru"></visa-card>`);
    expect(el.shadowRoot!.querySelector('footer')!.textContent!.replace(/\s+/g, ' ')).to.include('по состоянию на 2025 г. · немецкий');
    const holder = document.createElement('div');
    const source = {
      id: 'ecb',
      kind: 'reference',
      title: 'Euro foreign exchange reference rates',
      language: 'en',
      asOf: '2025-02-28',
      author: 'European Central Bank',
      url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    } as const;
    render(citation(source, 'de'), holder);
    const link = holder.querySelector<HTMLAnchorElement>('cite a')!;
    expect(link.href).to.equal(source.url);
    expect(link.rel).to.equal('noopener noreferrer');
    expect(holder.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Euro foreign exchange reference rates (European Central Bank · Stand 28. Februar 2025 · Englisch)',
    );
  });

  it('shows everything a visitor needs: savings, family, processing, fees, nationality, prepare, tax, cost of living', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="gr-digital-nomad"></visa-card>`);
    expect(row(el, 'Family')).to.equal(
      'Can come: spouse and children. Income +20 % for a spouse, +15 % per child. The income threshold rises by 20 % ' +
        'for a spouse and by 15 % for each child.',
    );
    expect(row(el, 'Processing')).to.equal('Up to 10 days. The consulate must reply within 10 days.');
    expect(row(el, 'Fees')).to.equal('Visa fee: €75.');
    expect(row(el, 'Tax')).to.include('180 days or more');
    expect(row(el, 'Cost of living')).to.equal('1-bedroom rent €400–€500, utilities €216, transport pass €30, cheap lunch €15.');
    const pt = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad"></visa-card>`);
    expect(row(pt, 'Savings')).to.equal('€10,440. In your bank account.');
    expect(row(pt, 'Nationality')).to.equal('Not for citizens of the EU and the EEA.');
    expect(row(pt, 'To prepare')).to.include('A document confirming your tax residence');
  });

  it('says "not stated in the sources" where a core fact is missing, instead of dropping the row', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="kz-b9" lang="de"></visa-card>`);
    expect(row(el, 'Einkommen')).to.equal('In den Quellen nicht angegeben.');
    const neo = await fixture<VisaCard>(html`<visa-card programme="kz-neo-nomad"></visa-card>`);
    expect(row(neo, 'Processing')).to.equal('Not stated in the sources.');
    expect(row(neo, 'Fees')).to.equal('Not stated in the sources.');
    // Facts that are not core (a quota, a launch date) still appear only where the sources give them.
    expect(row(neo, 'Quota')).to.equal(undefined);
    const compact = await fixture<VisaCard>(html`<visa-card programme="kz-b9" compact lang="ru"></visa-card>`);
    expect(row(compact, 'Доход')).to.equal('В источниках не указано.');
    await expect(el).to.be.accessible();
  });

  it('marks where the sources disagree and shows both values', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad"></visa-card>`);
    expect(el.shadowRoot!.querySelector('.conflict-marker')!.textContent).to.include('Sources disagree');
    const income = row(el, 'Income')!;
    expect(income).to.include('€3,480 a month.');
    expect(income).to.include(
      "The 2024 source says: €3,280 a month, before tax, on average over the last 3 months, 4 × Portugal's monthly minimum wage " +
        '(before tax) (€820, 2024).',
    );
    const mt = await fixture<VisaCard>(html`<visa-card programme="mt-nomad-residence"></visa-card>`);
    expect(mt.shadowRoot!.querySelector('.conflict-marker')).to.equal(null);
  });

  it('writes every range in one way: exact, from–to, up to, from, at least', async () => {
    const card = async (id: string, lang = 'en') => fixture<VisaCard>(html`<visa-card lang=${lang} programme=${id}></visa-card>`);
    const es = await card('es-digital-nomad');
    expect(row(es, 'Processing')).to.equal('10 days. Longer if more documents are requested.');
    const nl = await card('nl-self-employed');
    expect(row(nl, 'Validity')).to.match(/^Up to 2 years\./);
    const nlDe = await card('nl-self-employed', 'de');
    expect(row(nlDe, 'Gültigkeit')).to.match(/^Bis zu 2 Jahren\./);
    const nlRu = await card('nl-self-employed', 'ru');
    expect(row(nlRu, 'Срок действия')).to.match(/^До 2 лет\./);
    const de = await card('de-freelance');
    expect(row(de, 'Validity')).to.match(/^6 months – 3 years/);
    const ee = await card('ee-digital-nomad');
    expect(row(ee, 'Fees')).to.include('€80–€100');
    const hr = await card('hr-digital-nomad');
    expect(row(hr, 'Fees')).to.include('from €134');
    expect(row(hr, 'Processing')).to.match(/^About 1 month/);
    // "At least" (a minimum alone) is written in the grammar tests: no shipped fact has one any more.
    const pt = await card('pt-digital-nomad');
    expect(row(pt, 'Validity')).to.match(/^2 years\./);
    expect(row(pt, 'Validity')).to.not.include('The 2024 source says');
  });

  it('stays left to right on a right-to-left page', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div dir="rtl" style="width:600px"><visa-card programme="gr-digital-nomad"></visa-card></div>`,
    );
    const card = wrapper.querySelector<VisaCard>('visa-card')!;
    await card.updateComplete;
    const title = card.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(title).direction).to.equal('ltr');
    const box = card.shadowRoot!.querySelector('article')!.getBoundingClientRect();
    expect(title.getBoundingClientRect().left - box.left).to.be.lessThan(40);
  });

  it('has a compact version for a sidebar: three facts and the date in view, the rest behind "More"', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div style="width:300px">
        <visa-card programme="pt-digital-nomad" compact><a slot="cta" href="#contact">Talk to us</a></visa-card>
      </div>`,
    );
    const el = wrapper.querySelector<VisaCard>('visa-card')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const inView = [...root.querySelectorAll('.card > dl dt')].map((d) => d.textContent);
    expect(inView).to.deep.equal(['Income', 'Validity', 'Family']);
    // In brief, as a comparison's cells: the details and the older source's values are not in view.
    expect(root.querySelector('.card > dl')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Income €3,480 a month. Validity 2 years. Family Can come: spouse, children, and parents.',
    );
    expect(root.querySelector('.as-of')!.textContent).to.equal('as of 2025');
    // One disclosure for every disagreement, shut.
    const disagree = root.querySelector<HTMLDetailsElement>('details[part="disagree"]')!;
    expect(disagree.open).to.equal(false);
    expect(disagree.querySelector('summary')!.textContent!.trim()).to.equal('⚠ Sources disagree');
    expect(disagree.querySelector('li')!.textContent).to.match(/^Income: The 2024 source says: €3,280 a month/);
    // Everything else under "More": summary, official name, the other facts, sources.
    const more = root.querySelector<HTMLDetailsElement>('details[part="more"]')!;
    expect(more.open).to.equal(false);
    expect(more.querySelector('.summary')).to.not.equal(null);
    expect(more.querySelector('[part="official-name"]')).to.not.equal(null);
    expect(more.querySelector('[part="footer"]')!.textContent).to.include('Sources');
    // Short in a 300 px sidebar, and the call to action inside the card's border.
    expect(el.getBoundingClientRect().height).to.be.below(520);
    const cta = root.querySelector('[part="cta"]')!;
    expect(cta.closest('[part="card"]')).to.not.equal(null);
    const card = root.querySelector('[part="card"]')!.getBoundingClientRect();
    const link = el.querySelector('a')!.getBoundingClientRect();
    expect(link.bottom).to.be.at.most(card.bottom);
    await expect(el).to.be.accessible();
    more.querySelector('summary')!.click();
    await el.updateComplete;
    expect(more.open).to.equal(true);
  });

  it("shows the name as the source writes it, marked with the source's language", async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad"></visa-card>`);
    const official = el.shadowRoot!.querySelector('[part="official-name"]')!;
    expect(official.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Named in the source: Aufenthaltsvisum für berufliche Tätigkeiten, die außerhalb des Inlandes ausgeübt werden',
    );
    expect(official.querySelector('span')!.lang).to.equal('de');
    const ru = await fixture<VisaCard>(html`<visa-card lang="ru" programme="al-digital-nomad"></visa-card>`);
    expect(ru.shadowRoot!.querySelector('[part="official-name"]')!.textContent).to.include(
      'Название в источнике: visa D for digital mobile workers',
    );
  });

  it('converts into USD, or shows only the original with currency="local"', async () => {
    const usd = await fixture<VisaCard>(html`<visa-card programme="is-remote-work" currency="USD"></visa-card>`);
    expect(row(usd, 'Income')).to.equal('ISK 1,000,000 (≈ $7,146) a month.');
    const local = await fixture<VisaCard>(html`<visa-card programme="is-remote-work" currency="local"></visa-card>`);
    expect(row(local, 'Income')).to.equal('ISK 1,000,000 a month.');
    const eur = await fixture<VisaCard>(html`<visa-card programme="is-remote-work"></visa-card>`);
    expect(row(eur, 'Income')).to.equal('ISK 1,000,000 (≈ €6,863) a month.'); // the ECB rate of 28 February 2025
  });

  it("takes the site's call to action and notes through slots", async () => {
    const el = await fixture<VisaCard>(
      html`<visa-card programme="es-digital-nomad"
        ><a slot="cta" href="#contact">Talk to us</a>
        <p>Our note</p></visa-card
      >`,
    );
    const cta = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="cta"]')!;
    expect(cta.assignedElements().map((e) => e.textContent)).to.deep.equal(['Talk to us']);
    const notes = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(notes.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our note']);
    await expect(el).to.be.accessible();
  });

  it('speaks German and Russian', async () => {
    const de = await fixture<VisaCard>(html`<visa-card programme="me-digital-nomad" lang="de"></visa-card>`);
    expect(titles(de)).to.deep.equal(['Montenegro: Aufenthaltserlaubnis für digitale Nomaden']);
    expect(row(de, 'Einkommen')).to.equal(
      '1.350 € im Monat. Die Quelle nennt dies als den Wert des vergangenen Jahres; er kann sich seither geändert haben.',
    );
    const ru = await fixture<VisaCard>(html`<visa-card programme="me-digital-nomad" lang="ru"></visa-card>`);
    expect(row(ru, 'Доход')).to.equal('1 350 € в месяц. Источник приводит это как сумму прошлого года; с тех пор она могла измениться.');
    expect(row(ru, 'Семья')).to.include('Могут поехать: супруг(а) и дети');
  });

  const bad: [string, string, string][] = [
    ['country', 'xx', 'The attribute country="xx" was ignored: not a known country code.'],
    ['programme', 'pt-nope', 'The attribute programme="pt-nope" was ignored: not a known programme id.'],
    ['currency', 'XAU', 'The attribute currency="XAU" was ignored'],
    ['theme', 'neon', 'The attribute theme="neon" was ignored: use light, dark or auto.'],
  ];
  for (const [attribute, value, message] of bad) {
    it(`${attribute}="${value}": a visible message and a console warning`, async () => {
      const { value: el, warnings } = await quietly(async () => {
        const card = document.createElement('visa-card');
        if (attribute === 'currency' || attribute === 'theme') card.setAttribute('programme', 'hu-white-card');
        card.setAttribute(attribute, value);
        card.toggleAttribute('debug', true);
        fixtureSync<HTMLElement>(html`<div></div>`).append(card);
        await card.updateComplete;
        return card;
      });
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(message);
      expect(warnings.some((w) => w.includes(`${attribute}="${value}"`))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('shows visitors one neutral line for a bad attribute; the details need debug, and always go to the console', async () => {
    const { value: el, warnings } = await quietly(() =>
      fixture<VisaCard>(html`<visa-card lang="de" programme="pt-digital-nomad" currency="XAU"></visa-card>`),
    );
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent!.trim()).to.equal(
      'Ein Teil der Einrichtung dieses Widgets konnte nicht verwendet werden; alles andere funktioniert.',
    );
    expect(notice.textContent).to.not.include('XAU');
    expect(warnings.some((w) => w.includes('currency="XAU"'))).to.equal(true);
    el.toggleAttribute('debug', true);
    await el.updateComplete;
    expect(notice.isConnected ? notice.textContent : el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(
      'currency="XAU"',
    );
    await expect(el).to.be.accessible();
  });

  it('shows amounts in any currency with a rate, in any case: currency="nok"', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" currency="nok"></visa-card>`);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('dd')!.textContent).to.match(/≈ [\d\s,.]+ NOK|≈ NOK/);
  });

  it('heading-level sets the level of each card title; a bad one is reported', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" heading-level="4"></visa-card>`);
    expect(el.shadowRoot!.querySelector('header h4')!.textContent).to.equal('Portugal digital nomad visa');
    const { value: bad, warnings } = await quietly(() =>
      fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" heading-level="9" debug></visa-card>`),
    );
    expect(bad.shadowRoot!.querySelector('header h2')).to.not.equal(null);
    expect(bad.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('heading-level="9"');
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
  });

  it('fits the page outline: no heading-order problem after an h1, or inside an h3 section with heading-level="4"', async () => {
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <h1>Moving abroad</h1>
        <visa-card programme="hr-digital-nomad" compact></visa-card>
        <section>
          <h2>Costs</h2>
          <h3>Visas</h3>
          <visa-card programme="pt-digital-nomad" heading-level="4" compact></visa-card>
        </section>
      </div>`,
    );
    for (const card of page.querySelectorAll('visa-card')) await (card as VisaCard).updateComplete;
    await expect(page).to.be.accessible();
  });

  it('a very long bad value neither widens a 320 px page nor floods the console', async () => {
    const long = 'x'.repeat(100_000);
    const { value: el, warnings } = await quietly(async () => {
      const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 320px"></div>`);
      const card = document.createElement('visa-card');
      card.setAttribute('country', long);
      card.toggleAttribute('debug', true);
      wrapper.append(card);
      await card.updateComplete;
      return card;
    });
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[part="notice"]')!;
    expect(notice.textContent).to.include('(100000 characters)');
    expect(notice.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(200);
  });

  it('takes what frameworks pass as properties: an array for country, a number for programme (reported)', async () => {
    const el = await fixture<VisaCard>(html`<visa-card debug></visa-card>`);
    (el as unknown as { country: unknown }).country = ['kz'];
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    const { warnings } = await quietly(async () => {
      (el as unknown as { programme: unknown }).programme = 5;
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include('programme="5"');
    expect(warnings.some((w) => w.includes('programme="5"'))).to.equal(true);
  });

  it('explains what to set when neither country nor programme is given, and when a country has no programme', async () => {
    const none = await fixture<VisaCard>(html`<visa-card></visa-card>`);
    expect(none.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('Set country="…" or programme="…" to show a visa.');
    const fr = await fixture<VisaCard>(html`<visa-card country="fr"></visa-card>`);
    expect(fr.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('The dataset has no programme for France.');
  });

  for (const theme of ['light', 'dark', 'auto']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" theme=${theme}></visa-card>`);
      await expect(el).to.be.accessible();
    });
  }

  it('switches palette with the theme attribute', async () => {
    const el = await fixture<VisaCard>(html`<visa-card programme="pt-digital-nomad" theme="dark"></visa-card>`);
    const root = () => getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect(root().backgroundColor).to.equal('rgb(18, 22, 28)');
    el.theme = 'light';
    await el.updateComplete;
    expect(root().backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('takes plain CSS on the element: colour, font and background reach inside', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div>
        <style>
          visa-card.plain {
            color: rgb(10, 20, 30);
            font-family: serif;
            background: rgb(250, 240, 230);
          }
        </style>
        <visa-card class="plain" programme="pt-digital-nomad"></visa-card>
      </div>`,
    );
    const el = wrapper.querySelector<VisaCard>('visa-card')!;
    await el.updateComplete;
    const title = getComputedStyle(el.shadowRoot!.querySelector('header h2')!);
    expect(title.color).to.equal('rgb(10, 20, 30)');
    expect(title.fontFamily).to.equal('serif');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 240, 230)');
  });
});
