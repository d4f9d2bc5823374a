/**
 * What real pages do to the widgets, against the built single script (loaded into this test page, or into an
 * iframe page): URL state shared with a router, nested and moved providers, servers that never answer, Trusted
 * Types, two copies, other documents, dark pages without a theme, and what screen readers are told.
 */
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import raw from '../../data/visas.json';
import { loadBuiltScript, mount, openPage, quietWarnings, revokeServed, serve, shadow, until, type Widget } from './frames.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const rowNames = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody th .name')].map((n) => n.textContent);
const cardTitle = (el: Element) => $(el, 'h2').textContent;

/** A dataset whose Portugal programme is renamed, so a test can see whose data a widget shows. */
function renamed(title: string): Json {
  const data = JSON.parse(JSON.stringify(raw)) as Json;
  data.programmes.find((p: Json) => p.id === 'pt-digital-nomad').title.en = title;
  return data;
}

/** The relative luminance and contrast of computed colours ("rgb(…)", "rgba(…)" or "color(srgb …)"). */
function channels(color: string): [number, number, number, number] {
  const srgb = color.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = color.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/);
  if (!rgb) throw new Error(`cannot read the colour ${color}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

describe('on real pages (the built single script)', () => {
  before(loadBuiltScript);
  afterEach(() => {
    document.querySelectorAll('body > div, body > iframe').forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });
  after(revokeServed);

  describe('sync-url leaves the rest of the URL alone', () => {
    const sortByIncome = async (el: Widget) => {
      $<HTMLButtonElement>(el, 'thead button').click();
      await el.updateComplete;
    };

    it("keeps a router's hash and other keys byte for byte, and adds only its own parts", async () => {
      history.replaceState(null, '', '#/pricing');
      const el = await mount(`<visa-compare id="c1" sync-url countries="pt,es"></visa-compare>`);
      await sortByIncome(el);
      expect(location.hash).to.equal('#/pricing&c1.s=income-asc');

      history.replaceState(null, '', '#faq&utm=a%20b+c%2Fd&c1.s=income-asc');
      await sortByIncome(el);
      expect(location.hash).to.equal('#faq&utm=a%20b+c%2Fd&c1.s=income-desc');
    });

    it('keeps ids x and x.p apart, and encodes an id that has URL characters', async () => {
      const holder = await mount(`<div>
        <visa-compare id="x" sync-url countries="pt,es"></visa-compare>
        <visa-compare id="x.p" sync-url countries="pt,es"></visa-compare>
        <visa-compare id="a&b=c" sync-url countries="pt,es"></visa-compare></div>`);
      const [x, xp, odd] = [...holder.querySelectorAll<Widget>('visa-compare')];
      await sortByIncome(xp);
      await sortByIncome(x);
      $<HTMLButtonElement>(x, 'button[part="remove"]').click();
      await x.updateComplete;
      await sortByIncome(odd);
      expect(location.hash).to.equal('#x.p.s=income-asc&x.p=pt-digital-nomad&x.s=income-asc&a%26b%3Dc.s=income-asc');
      expect(rowNames(xp)).to.have.length(2);
      expect(rowNames(x)).to.have.length(1);
    });

    it('says so when two comparisons would share keys, and the second leaves the URL alone', async () => {
      const { warnings, restore } = quietWarnings();
      const holder = await mount(`<div>
        <visa-compare sync-url countries="pt,es"></visa-compare><visa-compare sync-url countries="hr,gr" debug></visa-compare></div>`);
      restore();
      const [first, second] = [...holder.querySelectorAll<Widget>('visa-compare')];
      expect(first.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect($(second, '[part="notice"]').textContent).to.include('sync-url="compare"');
      expect(warnings.some((w) => w.includes('sync-url="compare"'))).to.equal(true);
      await sortByIncome(second);
      expect(location.hash).to.equal('');
      await sortByIncome(first);
      expect(location.hash).to.equal('#compare.s=income-asc');
    });

    it('going back to a URL without its keys shows the comparison as the attributes set it', async () => {
      const el = await mount(`<visa-compare id="back" sync-url countries="pt,es"></visa-compare>`);
      const shared = oneEvent(window, 'hashchange');
      location.hash = 'back.p=hr-digital-nomad&back.s=income-asc';
      await shared;
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['Croatia digital nomad residence permit']);
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['Portugal digital nomad visa', 'Spain digital nomad visa']);
      expect($(el, 'thead [aria-sort="ascending"]')).to.equal(null);
    });

    it('reads a link with 60,000 repeated ids at once: each id once, unknown ids dropped', async () => {
      history.replaceState(null, '', `#big.p=${'pt-digital-nomad,xx-made-up,'.repeat(30000)}es-digital-nomad`);
      const started = performance.now();
      const el = await mount(`<visa-compare id="big" sync-url></visa-compare>`);
      expect(performance.now() - started).to.be.below(2000);
      expect(rowNames(el)).to.deep.equal(['Portugal digital nomad visa', 'Spain digital nomad visa']);
    });

    it('keeps the income filter out of the URL unless sync-url-income is set', async () => {
      const el = await mount(`<visa-compare id="p" sync-url countries="pt,es,hr"></visa-compare>`);
      const max = $<HTMLInputElement>(el, '#max');
      max.value = '3000';
      max.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(location.hash).to.equal('');
      el.setAttribute('sync-url-income', '');
      max.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(location.hash).to.equal('#p.max=3000');
    });
  });

  describe('<visa-data> providers', () => {
    it('a nested provider with only currency, or whose src fails, hands on the outer data', async () => {
      const { restore } = quietWarnings();
      const outer = await mount(`<visa-data src="${serve(renamed('Portugal (outer agency)'))}">
          <visa-data currency="USD"><visa-card id="currency-only" programme="pt-digital-nomad"></visa-card></visa-data>
          <visa-data src="/no/such/file.json"><visa-card id="failed" programme="pt-digital-nomad"></visa-card></visa-data>
        </visa-data>`);
      await until(() => cardTitle(document.querySelector('#failed')!) === 'Portugal (outer agency)');
      const failedProvider = outer.querySelectorAll<Widget>('visa-data')[1];
      await until(() => failedProvider.shadowRoot!.querySelector('[part="message"]') !== null);
      restore();
      expect(cardTitle(document.querySelector('#currency-only')!)).to.equal('Portugal (outer agency)');
      expect($(document.querySelector('#currency-only')!, 'dd').textContent).to.include('(≈ $');
      expect(cardTitle(document.querySelector('#failed')!)).to.equal('Portugal (outer agency)');
      expect($(failedProvider, '[part="message"]').textContent).to.include('the surrounding provider');
    });

    it('a widget moved out of a provider goes back to the built-in data, and is not left busy', async () => {
      const holder = await mount(`<div><visa-data src="${serve(renamed('Portugal (agency)'))}">
        <visa-card id="moved" programme="pt-digital-nomad"></visa-card></visa-data><section></section></div>`);
      const card = holder.querySelector<Widget>('#moved')!;
      await until(() => cardTitle(card) === 'Portugal (agency)');
      holder.querySelector('section')!.append(card);
      await card.updateComplete;
      expect(cardTitle(card)).to.equal('Portugal digital nomad visa');

      // Moved while its provider is still loading (a server that never answers).
      const { restore } = quietWarnings();
      const slow = await mount(`<div><visa-data src="/__test/never" timeout="5">
        <visa-card id="early" programme="pt-digital-nomad"></visa-card></visa-data><section></section></div>`);
      const early = slow.querySelector<Widget>('#early')!;
      expect($(early, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      slow.querySelector('section')!.append(early);
      await early.updateComplete;
      expect($(early, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
      slow.remove();
      restore();
    });

    for (const [path, what] of [
      ['/__test/never', 'never answers'],
      ['/__test/drip', 'sends its body one byte at a time, for ever'],
    ]) {
      it(`gives up on a server that ${what}, after its timeout, and says so`, async () => {
        const { warnings, restore } = quietWarnings();
        const provider = await mount(
          `<visa-data src="${path}" timeout="0.4" debug><visa-card programme="pt-digital-nomad"></visa-card></visa-data>`,
        );
        const card = provider.querySelector<Widget>('visa-card')!;
        // While loading, the widget is marked busy but stays at full contrast.
        expect($(card, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
        expect(getComputedStyle($(card, '[part="base"]')).opacity).to.equal('1');
        const failed = await oneEvent(provider, 'visa-data-error');
        await provider.updateComplete;
        await card.updateComplete;
        restore();
        expect(failed.detail.message).to.equal(`The visa data at ${path} could not be fetched and checked within 0.4 s.`);
        expect($(provider, '[part="message"]').textContent).to.include('could not be fetched and checked within 0.4 s');
        expect($(card, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
        expect(warnings.some((w) => w.includes(`src="${path}"`) && w.includes('0.4 s'))).to.equal(true);
      });
    }

    it('says so for a bad timeout and waits the default 15 s', async () => {
      const { warnings, restore } = quietWarnings();
      const provider = await mount(`<visa-data timeout="soon" debug></visa-data>`);
      restore();
      expect($(provider, '[part="notice"]').textContent).to.include('timeout="soon"');
      expect(warnings.some((w) => w.includes('timeout="soon"'))).to.equal(true);
    });
  });

  describe('two copies and two versions', () => {
    it('puts its API under its version, out of reach of an older copy that overwrites the global', async () => {
      const api = window.NomadVisaWidgets!;
      expect(window.NomadVisaWidgetsVersions![api.version]).to.equal(api);
      const { doc, win } = await openPage('/test/pages/many.html');
      const older = doc.createElement('script');
      older.textContent = 'var NomadVisaWidgets = { version: "0.0.1" };';
      doc.head.append(older);
      const versions = (win as unknown as Window).NomadVisaWidgetsVersions!;
      expect(Object.keys(versions)).to.deep.equal([api.version]);
      expect((await versions[api.version].ready).getProgramme('pt-digital-nomad')!.country).to.equal('pt');
    });

    it("hands its data to any copy's widgets through the versioned context key", async () => {
      const provider = await mount(`<visa-data currency="USD"><span id="other-copy"></span></visa-data>`);
      let received: { currency?: string; status: string } | undefined;
      const request = new Event('context-request', { bubbles: true, composed: true });
      Object.assign(request, {
        context: Symbol.for('nomad-visa-widgets/data@1'),
        contextTarget: provider.querySelector('#other-copy'),
        callback: (value: typeof received) => (received = value),
        subscribe: false,
      });
      provider.querySelector('#other-copy')!.dispatchEvent(request);
      expect(received).to.include({ currency: 'USD', status: 'ready' });
    });
  });

  describe('other documents', () => {
    async function blankFrame(): Promise<Document> {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      return frame.contentDocument!;
    }

    it('renders, styled, when connected first in a same-origin iframe', async () => {
      const doc = await blankFrame();
      const card = document.createElement('visa-card') as Widget;
      card.setAttribute('programme', 'pt-digital-nomad');
      doc.body.append(card);
      await card.updateComplete;
      expect(cardTitle(card)).to.equal('Portugal digital nomad visa');
      expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(doc.defaultView!.getComputedStyle(card).display).to.equal('block');
    });

    it('keeps its styles when moved into another document after rendering', async () => {
      const card = await mount(`<visa-card programme="pt-digital-nomad"></visa-card>`);
      const doc = await blankFrame();
      doc.body.append(card);
      await card.updateComplete;
      expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(doc.defaultView!.getComputedStyle(card).display).to.equal('block');
      expect(cardTitle(card)).to.equal('Portugal digital nomad visa');
    });
  });

  describe('Trusted Types', () => {
    it('works when the page allows the lit-html policy, with no violation', async () => {
      const { doc, win } = await openPage('/test/pages/trusted-types.html?policies=lit-html');
      expect(shadow(doc, '#compare').querySelectorAll('tbody tr')).to.have.length(2);
      expect(shadow(doc, '#card').querySelector('h2')!.textContent).to.equal('Kasachstan: Neo-Nomad-Visum (B12-1)');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('says so in every widget, and names the policy in the console, when the page does not allow it', async () => {
      const { doc, win } = await openPage('/test/pages/trusted-types.html?policies=other-policy');
      for (const id of ['#compare', '#card', '#eligibility'])
        expect(shadow(doc, id).querySelector('[part="notice"]')!.textContent).to.equal(
          'Dieses Visa-Widget konnte auf dieser Seite nicht starten.',
        );
      expect(win.__warnings.some((w) => w.includes('lit-html') && w.includes('trusted-types'))).to.equal(true);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  describe('a dark page without theme or color-scheme', () => {
    it("derives compare's sticky header and column, and accent text, from the page's light text", async () => {
      const { doc } = await openPage('/test/pages/dark-page.html');
      const compare = shadow(doc, '#compare');
      const view = doc.defaultView!;
      for (const cell of [compare.querySelector('thead th')!, compare.querySelector('tbody th')!]) {
        const style = view.getComputedStyle(cell);
        expect(channels(style.backgroundColor)[3], 'opaque').to.equal(1);
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(7);
      }
      const page = 'rgb(17, 20, 24)';
      const badge = shadow(doc, '#card').querySelector('[part="badge"]')!;
      expect(contrast(view.getComputedStyle(badge).color, page)).to.be.at.least(4.5);
      const summary = shadow(doc, '#eligibility').querySelector('summary')!;
      expect(contrast(view.getComputedStyle(summary).color, page)).to.be.at.least(4.5);
    });
  });

  describe('what screen readers are told in <visa-compare>', () => {
    const names = async (role: string) =>
      (await executeServerCommand<{ names: string[] }, { role: string }>('accessible-names', { role })).names;

    it('gives each cell of the narrow comparison its own column header, and does not read the drawn label into it', async () => {
      const holder = await mount<HTMLDivElement>(
        // Five programmes: blocks (two to four would be columns side by side).
        '<div style="width: 360px"><visa-compare countries="pt,es,hr,gr,mt"></visa-compare></div>',
      );
      const el = holder.querySelector<Widget>('visa-compare')!;
      expect(getComputedStyle($(el, 'tbody tr')).display, 'the block layout').to.equal('block');
      const { tables } = await executeServerCommand<{ tables: { role: string; name: string }[][][] }, undefined>('table-rows');
      const [head, ...rows] = tables[0];
      const labels = [...el.shadowRoot!.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-label'));
      expect(head.map((cell) => cell.role)).to.deep.equal(['columnheader', ...labels.map(() => 'columnheader')]);
      expect(head.slice(1).map((cell) => cell.name.replace(/[^\p{L} ]/gu, '').trim())).to.deep.equal(labels);
      for (const row of rows) {
        expect(row.map((cell) => cell.role)).to.deep.equal(['rowheader', ...labels.map(() => 'cell')]);
        row.slice(1).forEach((cell, i) => expect(cell.name.startsWith(labels[i]!), cell.name).to.equal(false));
      }
    });

    it('gives each cell of a few programmes side by side its programme as column header and its field as row header', async () => {
      const holder = await mount<HTMLDivElement>('<div style="width: 360px"><visa-compare countries="pt,es"></visa-compare></div>');
      const el = holder.querySelector<Widget>('visa-compare')!;
      expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]')).to.have.length(2);
      const { tables } = await executeServerCommand<{ tables: { role: string; name: string }[][][] }, undefined>('table-rows');
      const [head, ...rows] = tables[0];
      expect(head.slice(1).map((cell) => cell.role)).to.deep.equal(['columnheader', 'columnheader']);
      expect(head[1].name).to.include('Portugal digital nomad visa');
      for (const row of rows) expect(row.map((cell) => cell.role)).to.deep.equal(['rowheader', 'cell', 'cell']);
      expect(rows[0][0].name).to.include('Income');
    });

    it('names each row by its programme only, and the table by a caption that reads as a sentence', async () => {
      const el = await mount(`<visa-compare programmes="es-digital-nomad,pt-digital-nomad,kz-neo-nomad"></visa-compare>`);
      expect(await names('rowheader')).to.deep.equal([
        'Spain digital nomad visa',
        'Portugal digital nomad visa',
        'Kazakhstan Neo Nomad visa (B12-1)',
      ]);
      $<HTMLSelectElement>(el, '#region').value = 'eu';
      $(el, '#region').dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(await names('region')).to.include('Comparison of 2 programmes. 1 hidden by the filters.');
    });

    it('says what a sort did and where an added row is under it, and keeps focus in place after a remove', async () => {
      const el = await mount(`<visa-compare programmes="es-digital-nomad,pt-digital-nomad,kz-neo-nomad"></visa-compare>`);
      const status = () => $(el, '#announcer').textContent!.trim();
      const sortBy = (label: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.includes(label))!.click();
      sortBy('Income');
      await el.updateComplete;
      await aTimeout(0);
      expect(status()).to.equal('Sorted by income, lowest first. 3 programmes shown.');
      sortBy('Income');
      await el.updateComplete;
      await aTimeout(0);
      expect(status()).to.equal('Sorted by income, highest first. 3 programmes shown.');
      $<HTMLSelectElement>(el, '#add').value = 'hr-digital-nomad';
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add')!.click();
      await el.updateComplete;
      const order = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-programme'));
      const row = order.indexOf('hr-digital-nomad') + 1;
      expect($(el, '[part="added"]').textContent!.trim()).to.equal(`Added: Croatia digital nomad residence permit, row ${row} of 4.`);
      // Removing the last row: focus goes to the row above it, now the last; a middle row: to the row that follows.
      const removes = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="remove"]')];
      removes().at(-1)!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(removes().at(-1));
      const third = removes()[2].getAttribute('aria-label');
      removes()[1].click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(third);
    });

    it('draws field edges at 3:1 against the surface, and says which language a source title is in', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await mount(`<visa-eligibility theme="${theme}"></visa-eligibility>`);
        const surface = getComputedStyle($(el, '.root')).backgroundColor;
        for (const selector of ['#grossIncome', '#citizenship', '#incomeCurrency']) {
          const edge = getComputedStyle($(el, selector)).borderTopColor;
          expect(contrast(edge, surface), `${theme} ${selector}`).to.be.at.least(3);
        }
      }
      const card = await mount(`<visa-card programme="kz-neo-nomad"></visa-card>`);
      const cites = [...card.shadowRoot!.querySelectorAll('cite')];
      expect(cites.length).to.be.greaterThan(0);
      expect(cites.map((cite) => cite.lang)).to.include('de');
      const separators = [...card.shadowRoot!.querySelectorAll('.separator')];
      expect(separators.length).to.be.greaterThan(0);
      for (const dot of separators) expect(dot.getAttribute('aria-hidden')).to.equal('true');
      expect(await names('link')).to.not.satisfy((all: string[]) => all.some((name) => name.includes('·')));
    });

    it("makes each result's programme a heading below its group's, and the groups no landmarks", async () => {
      const before = (await names('region')).length;
      const el = await mount(
        '<visa-eligibility heading-level="3" programmes="pt-digital-nomad,hr-digital-nomad" ' +
          'citizenship="us" gross-income="9000"></visa-eligibility>',
      );
      const headings = (level: number) => [...el.shadowRoot!.querySelectorAll(`.results h${level}`)].map((h) => h.textContent!.trim());
      expect(headings(5)).to.have.members(['Portugal digital nomad visa', 'Croatia digital nomad residence permit']);
      const groups = [...el.shadowRoot!.querySelectorAll('section.group')];
      expect(groups.length).to.be.greaterThan(0);
      for (const group of groups) expect(group.querySelector(':scope > h4'), group.className).to.not.equal(null);
      // The groups add no landmarks (only the widget's own labelled regions remain).
      const regions = await names('region');
      expect(regions.filter((name) => /Eligible|To be checked|Not eligible/.test(name))).to.deep.equal([]);
      expect(regions.length - before).to.be.at.most(2);
    });

    it('makes the table a tab stop only while it scrolls', async () => {
      const roomy = await mount<HTMLDivElement>(
        '<div style="width: 1400px">' +
          '<visa-compare programmes="es-digital-nomad,pt-digital-nomad" fields="income,validity"></visa-compare></div>',
      );
      const wide = roomy.querySelector<Widget>('visa-compare')!;
      await aTimeout(50);
      expect($(wide, '.scroller').hasAttribute('tabindex')).to.equal(false);
      const holder = await mount<HTMLDivElement>(
        '<div style="width: 660px"><visa-compare programmes="es-digital-nomad,pt-digital-nomad" ' +
          'fields="income,savings,validity,family,processing,fees,tax,cost,nationality,application"></visa-compare></div>',
      );
      const narrow = holder.querySelector<Widget>('visa-compare')!;
      await aTimeout(50);
      const scroller = $(narrow, '.scroller');
      expect(scroller.scrollWidth, 'it scrolls sideways').to.be.greaterThan(scroller.clientWidth);
      expect(scroller.getAttribute('tabindex')).to.equal('0');
    });

    it('announces what filtering, adding and removing did', async () => {
      const el = await mount(`<visa-compare programmes="es-digital-nomad,pt-digital-nomad,kz-neo-nomad"></visa-compare>`);
      const status = () => $(el, '#announcer').textContent!.trim();
      $<HTMLSelectElement>(el, '#region').value = 'non-eu';
      $(el, '#region').dispatchEvent(new Event('change'));
      await el.updateComplete;
      await aTimeout(0);
      expect(status()).to.equal('1 programme shown, 2 hidden by the filters.');
      $<HTMLSelectElement>(el, '#region').value = 'all';
      $(el, '#region').dispatchEvent(new Event('change'));
      $<HTMLSelectElement>(el, '#add').value = 'hr-digital-nomad';
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add')!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(status()).to.equal('Croatia digital nomad residence permit added. 4 programmes shown.');
      $<HTMLButtonElement>(el, 'button[aria-label="Remove Spain digital nomad visa"]').click();
      await el.updateComplete;
      await aTimeout(0);
      expect(status()).to.equal('Spain digital nomad visa removed. 3 programmes shown.');
    });

    it('names each "What to prepare" disclosure after its programme', async () => {
      const el = await mount(`<visa-eligibility countries="pt,es,mt" income="9000" savings="90000" citizenship="us"></visa-eligibility>`);
      const summaries = [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent!.trim());
      const prepare = summaries.filter((s) => s.startsWith('What to prepare'));
      expect(prepare.length).to.be.at.least(2);
      expect(new Set(prepare).size).to.equal(prepare.length);
      expect(prepare[0]).to.match(/^What to prepare: .+/);
    });
  });

  describe('the keyboard on a phone', () => {
    for (const [width, height] of [
      [375, 667],
      [320, 256],
    ]) {
      it(`keeps every control Tab reaches clear of the counts bar at ${width}×${height}`, async () => {
        const frame = document.createElement('iframe');
        Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0' });
        frame.srcdoc =
          '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">' +
          '<script src="/dist/nomad-visa-widgets.bundle.js"></script></head>' +
          '<body style="margin: 8px"><h1>Moving abroad</h1><visa-eligibility citizenship="de" gross-income="4000"></visa-eligibility>' +
          '<p>After the widget.</p></body></html>';
        document.body.append(frame);
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const doc = frame.contentDocument!;
        await frame.contentWindow!.customElements.whenDefined('visa-eligibility');
        const el = doc.querySelector<Widget>('visa-eligibility')!;
        await until(() => !!el.shadowRoot?.querySelector('.jump'));
        await el.updateComplete;
        const root = el.shadowRoot!;
        const bar = root.querySelector<HTMLElement>('.jump')!;
        expect(getComputedStyle(bar).position, 'the bar is sticky here').to.equal('sticky');
        root.querySelector<HTMLElement>('#citizenship')!.focus();
        const covered: string[] = [];
        for (let step = 0; step < 25; step += 1) {
          await sendKeys({ press: 'Tab' });
          await aTimeout(30);
          const focused = root.activeElement as HTMLElement | null;
          if (!focused || !focused.closest('form')) break;
          if (bar.contains(focused)) continue; // the bar's own button
          const box = focused.getBoundingClientRect();
          const top = bar.getBoundingClientRect().top;
          if (box.bottom > top + 0.5) covered.push(`${focused.id || focused.localName}: ${Math.round(box.bottom - top)} px under the bar`);
        }
        expect(covered).to.deep.equal([]);
      });
    }
  });

  describe('the items that already held, still holding in the built script', () => {
    it('takes arrays and numbers as properties, as React and Vue pass them', async () => {
      const compare = await mount(`<visa-compare></visa-compare>`);
      Object.assign(compare, { countries: ['pt', 'es'], fields: ['income', 'savings'] });
      await compare.updateComplete;
      expect(rowNames(compare)).to.deep.equal(['Portugal digital nomad visa', 'Spain digital nomad visa']);
      const card = await mount(`<visa-card></visa-card>`);
      Object.assign(card, { country: ['kz'] });
      await card.updateComplete;
      expect(card.shadowRoot!.querySelectorAll('h2').length).to.equal(3);
    });

    it('wraps a 100,000-character value in its notice instead of widening a 320 px page', async () => {
      const { restore } = quietWarnings();
      const holder = await mount(`<div style="width: 320px"><visa-card country="${'x'.repeat(100000)}"></visa-card></div>`);
      restore();
      const card = holder.querySelector('visa-card')!;
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect($(card, '[part="notice"]').textContent!.length).to.be.below(400);
    });

    it("refuses javascript: and data: URLs in a dataset's sources", () => {
      const data = JSON.parse(JSON.stringify(raw)) as Json;
      data.sources[0].url = 'javascript:alert(1)';
      const result = window.NomadVisaWidgets!.validateDataset!(data);
      expect(result.ok).to.equal(false);
    });
  });
});

describe('without JavaScript, and until the script runs', () => {
  it('shows the fallback content written inside each tag, and hides it once the widget is up', async () => {
    const { doc, win } = await openPage('/test/pages/fallback.html');
    const ids = ['compare-fallback', 'card-fallback', 'eligibility-fallback'];
    // No script yet: the tags are unknown elements and their content is the page's.
    for (const id of ids) expect(doc.getElementById(id)!.getBoundingClientRect().height, id).to.be.greaterThan(0);
    const script = doc.createElement('script');
    script.src = '/dist/nomad-visa-widgets.js';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    // Each widget keeps its fallback in view until its language's texts are there and it has drawn.
    const drawn = (id: string) => !!doc.getElementById(id)!.shadowRoot?.querySelector('.root');
    await until(() => !!win.customElements.get('visa-eligibility') && ['card', 'compare', 'eligibility'].every(drawn));
    // Upgraded: no slot takes "fallback", so it is not shown; the cta still is.
    for (const id of ids) expect(doc.getElementById(id)!.getClientRects().length, id).to.equal(0);
    expect(shadow(doc, '#card').querySelector('h2')!.textContent).to.equal('Portugal digital nomad visa');
    expect(doc.querySelector('#card a[slot="cta"]')!.getClientRects().length).to.be.greaterThan(0);
  });
});
