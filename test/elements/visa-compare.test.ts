import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/visa-compare/visa-compare.js';
import type { VisaCompare } from '../../src/elements/visa-compare/visa-compare.js';
import raw from '../../data/visas.json';
import { createDataSource } from '../../src/data/data-source.js';
import { validateDataset } from '../../src/data/validate.js';
import { quietly } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: VisaCompare, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const rowNames = (el: VisaCompare) => [...el.shadowRoot!.querySelectorAll('tbody th .name')].map((n) => n.textContent);
const headers = (el: VisaCompare) =>
  [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[↕▲▼]/g, '').trim());
const header = (el: VisaCompare, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')].find((th) => th.textContent!.includes(label))!;
const cell = (el: VisaCompare, name: string, column: number) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('.name')!.textContent === name)!.querySelectorAll('td')[
    column
  ];

/** The update under way alone, without the rows a first render leaves for later tasks. */
const firstRender = (el: HTMLElement) => (el as unknown as { thisUpdateComplete(): Promise<boolean> }).thisUpdateComplete();

describe('<visa-compare>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('draws a long comparison in steps: the first rows at once (busy), the rest and the footnotes after a paint', async () => {
    const el = fixtureSync<VisaCompare>(html`<visa-compare></visa-compare>`);
    await firstRender(el);
    expect(rowNames(el)).to.have.length(6);
    expect($(el, '.wrap').getAttribute('aria-busy')).to.equal('true');
    // Busy for screen readers, with no loading line: it would come and go within a few frames, moving the page.
    expect(getComputedStyle($(el, '.wrap'), '::before').content).to.equal('none');
    expect($(el, 'caption').textContent!.trim()).to.equal('Comparison of 23 programmes');
    expect(el.shadowRoot!.querySelector('[part="footnotes"]')).to.equal(null);
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(23);
    expect($(el, '.wrap').getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="footnotes"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // Later changes draw every row at once: a programme added after that is there in the same update.
    el.countries = 'pt,es,hr,gr,mt,cy,ee,hu,it';
    await firstRender(el);
    expect(rowNames(el)).to.have.length.above(6);
  });

  it('draws new data in steps too when it arrives while the rows before it are still being drawn', async () => {
    // 69 programmes: the built-in 23 three times over, under other ids.
    const programmes = [0, 1, 2].flatMap((n) => raw.programmes.map((p) => ({ ...p, id: `${p.id}-${n}` })));
    const checked = validateDataset({ ...raw, programmes });
    if (!checked.ok) throw new Error('the test dataset did not validate');
    const big = createDataSource(checked.dataset, 'test');
    const el = fixtureSync<VisaCompare>(html`<visa-compare></visa-compare>`);
    const counts: number[] = [];
    let handedOver = false;
    const hooks = el as unknown as { updated(changed: Map<string, unknown>): void };
    const updated = hooks.updated;
    hooks.updated = function (this: VisaCompare, changed) {
      updated.call(this, changed);
      counts.push(rowNames(el).length);
      // The built-in rows' first step: the new data comes while that drawing still has a step to go.
      if (!handedOver && rowNames(el).length === 6) {
        handedOver = true;
        queueMicrotask(() => ((el as unknown as { provided: unknown }).provided = { source: big, status: 'ready' }));
      }
    };
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(69);
    const drawing = counts.slice(counts.indexOf(6) + 1);
    expect(drawing[0]).to.equal(6);
    // Then one step's rows (12) at a time, after a paint each, to all 69.
    expect(drawing.slice(1)).to.deep.equal([18, 30, 42, 54, 66, 69]);
  });

  it('shows more than 100 programmes a page at a time, with buttons that say where they are', async () => {
    // 230 programmes: the built-in 23 ten times over, under other ids.
    const programmes = Array.from({ length: 10 }, (_, n) => raw.programmes.map((p) => ({ ...p, id: `${p.id}-${n}` }))).flat();
    const checked = validateDataset({ ...raw, programmes });
    if (!checked.ok) throw new Error('the test dataset did not validate');
    const el = fixtureSync<VisaCompare>(html`<visa-compare></visa-compare>`);
    (el as unknown as { provided: unknown }).provided = { source: createDataSource(checked.dataset, 'test'), status: 'ready' };
    await el.updateComplete;
    const pager = () => $(el, '[part="pager"]');
    const [previous, next] = [...pager().querySelectorAll<HTMLButtonElement>('button')];
    expect(rowNames(el)).to.have.length(100);
    expect(pager().getAttribute('aria-label')).to.equal('Pages');
    expect(pager().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Previous page Programmes 1–100 of 230 Next page');
    expect($(el, 'caption').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Comparison of 230 programmes. Programmes 1–100 of 230');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    // No page before the first: nothing happens.
    previous.click();
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal(raw.programmes[0].title.en);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(100);
    expect(rowNames(el)[0]).to.equal(raw.programmes[100 % 23].title.en);
    expect($(el, '#announcer').textContent).to.equal('Programmes 101–200 of 230.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(30);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === next, 'the keyboard stays on the button').to.equal(true);
    await expect(el).to.be.accessible();
    // A sort starts again from the first page.
    $<HTMLButtonElement>(el, '[part="sort"]').click();
    await el.updateComplete;
    expect(pager().querySelector('span')!.textContent).to.equal('Programmes 1–100 of 230');
    // Removed and added back, a programme is shown on the page the sort puts it on, marked.
    const id = $(el, 'tbody tr').dataset.programme!;
    $<HTMLButtonElement>(el, 'tbody tr [part="remove"]').click();
    await el.updateComplete;
    next.click();
    await el.updateComplete;
    expect(pager().querySelector('span')!.textContent).to.equal('Programmes 101–200 of 229');
    $<HTMLSelectElement>(el, '#add').value = id;
    $<HTMLButtonElement>(el, '.add button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector(`tr.added[data-programme="${id}"]`) !== null, 'the added row is on the page shown').to.equal(true);
    expect(pager().querySelector('span')!.textContent).to.equal('Programmes 1–100 of 230');
    // Fewer than a page: no pager.
    el.countries = 'pt,es';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="pager"]') === null).to.equal(true);
  });

  it('puts two to four programmes side by side as columns in a narrow container, the fields as rows', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 340px"><visa-compare countries="pt,es,hr"></visa-compare></div>`);
    const el = wrapper.querySelector<VisaCompare>('visa-compare')!;
    await el.updateComplete;
    const table = $(el, 'table');
    expect(getComputedStyle(table).display).to.equal('table');
    // A column header per programme, in the author's order, and a row header per field.
    const programmes = [...el.shadowRoot!.querySelectorAll('thead th[scope="col"] .name')].map((n) => n.textContent);
    expect(programmes).to.deep.equal(['Portugal digital nomad visa', 'Spain digital nomad visa', 'Croatia digital nomad residence permit']);
    const fields = [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.replace(/[↕▲▼]/g, '').trim());
    expect(fields[0]).to.equal('Income');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')[0].querySelectorAll('td')).to.have.length(3);
    // The page never scrolls sideways: the table does, inside its frame, with the field names in view.
    expect(el.scrollWidth).to.be.at.most(340);
    expect(getComputedStyle(el.shadowRoot!.querySelector('tbody th[scope="row"]')!).position).to.equal('sticky');
    // Sorting still works from the field's header, and reorders the columns.
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody th[aria-sort] button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tbody th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
    // Removing a programme keeps the keyboard on a remove button.
    el.shadowRoot!.querySelector<HTMLButtonElement>('thead button[part="remove"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]')).to.have.length(2);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('remove');
    await expect(el).to.be.accessible();
    // Five or more: blocks again.
    el.countries = 'pt,es,hr,gr,mt';
    await el.updateComplete;
    expect(getComputedStyle($(el, 'table')).display).to.equal('block');
  });

  it('stays a table in a 680 px blog column with 17 px text; blocks only in a container under 480 px', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div style="width:680px;font-size:17px"><visa-compare countries="pt,es,hr,gr,mt,ee,cz,hu,kz"></visa-compare></div>`,
    );
    const el = wrapper.querySelector<VisaCompare>('visa-compare')!;
    await el.updateComplete;
    expect(getComputedStyle($(el, 'table')).display).to.equal('table');
    // The author's order: Portugal first, Kazakhstan's three last.
    expect(rowNames(el)[0]).to.equal('Portugal digital nomad visa');
    // It scrolls sideways: the programme column stays in view.
    expect(getComputedStyle($(el, 'tbody th[scope="row"]')).position).to.equal('sticky');
    wrapper.style.width = '470px';
    await aTimeout(50);
    expect(getComputedStyle($(el, 'table')).display).to.equal('block');
  });

  it('leaves out the columns no programme shown states, names them, and marks a missing fact with a read dash', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="kz-neo-nomad,kz-b9"></visa-compare>`);
    const shown = headers(el);
    expect(shown).to.deep.equal(['Programme', 'Income', 'Validity']);
    const footnotes = $(el, '[part="footnotes"]').textContent!.replace(/\s+/g, ' ');
    expect(footnotes).to.include('Not stated for any programme shown, so left out: Family, Processing, Fees, Tax, and Cost of living.');
    const mixed = await fixture<VisaCompare>(
      html`<visa-compare programmes="hu-white-card,kz-neo-nomad" fields="processing"></visa-compare>`,
    );
    const dash = cell(mixed, 'Kazakhstan Neo Nomad visa (B12-1)', 0).querySelector('[part="not-stated"]')!;
    expect(dash.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    expect(dash.querySelector('.visually-hidden')!.textContent).to.equal('Not stated');
    await expect(mixed).to.be.accessible();
  });

  it('shows only the columns where the programmes differ, by attribute or by the switch', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare programmes="pt-digital-nomad,es-digital-nomad" fields="income,family,employment,application"></visa-compare>`,
    );
    const all = headers(el);
    const box = $<HTMLInputElement>(el, '[part="differences"] input');
    expect(box.checked).to.equal(false);
    box.click();
    await el.updateComplete;
    const differing = headers(el);
    const columnTexts = (label: string) => {
      const at = headers(el).indexOf(label) - 1;
      return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[at].textContent!.trim());
    };
    // Every column left differs between the two; the others are named under the table.
    for (const label of differing.slice(1)) expect(new Set(columnTexts(label)).size, label).to.equal(2);
    const hidden = all.filter((label) => !differing.includes(label));
    expect(hidden.length).to.be.above(0);
    expect($(el, '[part="footnotes"]').textContent!.replace(/\s+/g, ' ')).to.include(
      `The same for every programme shown, so hidden: ${hidden.join(hidden.length === 2 ? ' and ' : ', ')}.`,
    );
    box.click();
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(all);
    const set = await fixture<VisaCompare>(
      html`<visa-compare
        differences-only
        controls="none"
        programmes="pt-digital-nomad,es-digital-nomad"
        fields="income,family,employment,application"
      ></visa-compare>`,
    );
    expect(headers(set)).to.deep.equal(differing);
    // One programme: nothing to tell apart, no switch.
    const one = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad"></visa-compare>`);
    expect(one.shadowRoot!.querySelector('[part="differences"]')).to.equal(null);
  });

  it('compares the programmes of the given countries in a real table with the default columns', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare countries="pt,es,hr"></visa-compare>`);
    // In the author's order.
    expect(rowNames(el)).to.deep.equal([
      'Portugal digital nomad visa',
      'Spain digital nomad visa',
      'Croatia digital nomad residence permit',
    ]);
    expect(headers(el)).to.deep.equal(['Programme', 'Income', 'Validity', 'Family', 'Processing', 'Fees', 'Tax', 'Cost of living']);
    expect($(el, 'caption').textContent!.trim()).to.equal('Comparison of 3 programmes');
    expect([...el.shadowRoot!.querySelectorAll('th[scope="col"]')]).to.have.length(8);
    expect([...el.shadowRoot!.querySelectorAll('th[scope="row"]')]).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows every programme when neither countries nor programmes is set, and takes fields', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare fields="income, savings,nationality"></visa-compare>`);
    expect(rowNames(el)).to.have.length(23);
    expect(headers(el)).to.deep.equal(['Programme', 'Income', 'Savings', 'Nationality']);
  });

  it('highlights the best value of each numeric column', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare programmes="pt-digital-nomad,hr-digital-nomad,mt-nomad-residence" fields="income,validity"></visa-compare>`,
    );
    expect(cell(el, 'Croatia digital nomad residence permit', 0).getAttribute('part')).to.equal('cell best');
    expect(cell(el, 'Croatia digital nomad residence permit', 0).textContent).to.include('best');
    expect(cell(el, 'Portugal digital nomad visa', 1).getAttribute('part')).to.equal('cell best'); // 2 years
    expect(cell(el, 'Malta Nomad Residence Permit', 0).getAttribute('part')).to.equal('cell');
    // The mark is a badge with a star, not a coloured column edge.
    expect(getComputedStyle(cell(el, 'Croatia digital nomad residence permit', 0)).boxShadow).to.equal('none');
    expect(cell(el, 'Croatia digital nomad residence permit', 0).querySelector('[part="badge"]')!.textContent).to.equal('★ best');
  });

  it('marks a row whose facts are older than stale-after months (fixed clock)', async () => {
    const realNow = Date.now;
    try {
      Date.now = () => Date.UTC(2026, 0, 15); // Croatia's newest source is of 2024, Portugal's of 2025
      const el = await fixture<VisaCompare>(html`<visa-compare programmes="hr-digital-nomad,pt-digital-nomad"></visa-compare>`);
      const stale = [...el.shadowRoot!.querySelectorAll('th[scope="row"]')].map(
        (th) => th.querySelector('[part="stale"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      );
      expect(stale).to.deep.equal(['as of 2024 · may have changed since', '']);
    } finally {
      Date.now = realNow;
    }
  });

  it('lets the page scroll by default: every row is in the page, no inner scroll box', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare style="width: 1200px"></visa-compare>`);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(getComputedStyle(scroller).maxHeight).to.equal('none');
    expect(scroller.scrollHeight).to.equal(scroller.clientHeight);
    expect(scroller.parentElement!.dataset.more).to.equal('');
  });

  it('scrolls inside a box only when the site sets a max height, with a shade at the edge that has more', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare style="width: 1200px; --visa-compare-max-height: 300px"></visa-compare>`);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const frame = scroller.parentElement!;
    expect(scroller.clientHeight).to.be.at.most(300);
    expect(frame.dataset.more).to.equal('bottom');
    const shade = frame.querySelector<HTMLElement>('.edge-bottom')!;
    // A page in the background runs no transitions: read the end state.
    shade.style.transition = 'none';
    expect(getComputedStyle(shade).opacity).to.equal('1');
    scroller.scrollTop = scroller.scrollHeight;
    // Scroll events come with the page's frames; a background page has none, so send the one the browser would.
    scroller.dispatchEvent(new Event('scroll'));
    expect(frame.dataset.more).to.equal('');
    expect(getComputedStyle(shade).opacity).to.equal('0');
  });

  for (const lang of ['en', 'de', 'ru']) {
    it(`fits its default columns in a 1,248 px column in ${lang}, headers whole; narrower, a shade shows the overflow`, async () => {
      const el = await fixture<VisaCompare>(
        html`<visa-compare lang=${lang} style="width: 1248px" countries="pt,es,hr,gr,mt"></visa-compare>`,
      );
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      for (const header of el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')) {
        expect(header.scrollWidth, header.textContent!).to.be.at.most(header.clientWidth);
      }
      // (A resize observer updates the shade; a page in the background gets no resize callbacks, so update.)
      el.style.width = '700px';
      el.requestUpdate();
      await el.updateComplete;
      expect(scroller.parentElement!.dataset.more).to.equal('right');
    });
  }

  it('marks "best" only among comparable programmes, and says which are left out', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare
        programmes="kz-digital-nomad,kz-b9,pt-digital-nomad,mt-nomad-residence,hr-digital-nomad"
        fields="income,validity"
      ></visa-compare>`,
    );
    // Kazakhstan's B9-1 asks for no income and B9 gives the longest stay, but one is an IT-only pilot judged by
    // Astana Hub and the other a skilled-residence visa: neither is comparable with the digital-nomad visas.
    for (const name of [
      'Kazakhstan Digital Nomad residence (B9-1)',
      'Kazakhstan permanent-residence visa for skilled professionals (B9)',
    ]) {
      expect(cell(el, name, 0).getAttribute('part'), name).to.equal('cell');
      expect(cell(el, name, 1).getAttribute('part'), name).to.equal('cell');
    }
    expect(cell(el, 'Croatia digital nomad residence permit', 0).getAttribute('part')).to.equal('cell best');
    const note = el.shadowRoot!.querySelector('.best-note')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note).to.equal(
      '“Best” marks the best value among programmes of the same kind open to anyone who meets their figures. Not marked, because ' +
        'an authority assesses each applicant or only one profession may apply: Kazakhstan Digital Nomad residence (B9-1) and ' +
        'Kazakhstan permanent-residence visa for skilled professionals (B9).',
    );
  });

  it('sorts by a numeric column with a click, then the other way, and says so with aria-sort', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare programmes="mt-nomad-residence,hr-digital-nomad,pt-digital-nomad,kz-b9"></visa-compare>`,
    );
    expect(header(el, 'Income').getAttribute('aria-sort')).to.equal('none');
    header(el, 'Income').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Income').getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal([
      'Croatia digital nomad residence permit',
      'Portugal digital nomad visa',
      'Malta Nomad Residence Permit',
      'Kazakhstan permanent-residence visa for skilled professionals (B9)',
    ]);
    header(el, 'Income').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Income').getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el).slice(0, 3)).to.deep.equal([
      'Malta Nomad Residence Permit',
      'Portugal digital nomad visa',
      'Croatia digital nomad residence permit',
    ]);
    expect(header(el, 'Family').hasAttribute('aria-sort')).to.equal(false); // not numeric
    await expect(el).to.be.accessible();
  });

  it('sorts with the keyboard', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare programmes="ee-digital-nomad,nl-self-employed,cy-digital-nomad"></visa-compare>`,
    );
    header(el, 'Validity').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'Validity').getAttribute('aria-sort')).to.equal('descending'); // longest first
    expect(rowNames(el)[0]).to.equal('Netherlands residence permit for self-employed people');
  });

  it('filters: family allowed, income at most X, EU or not, and clears them', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare countries="hu,lv,pt,ee,me,is"></visa-compare>`);
    $<HTMLInputElement>(el, 'input[name="family"]').click();
    await el.updateComplete;
    expect(rowNames(el)).to.not.include('Hungary White Card');
    expect(rowNames(el)).to.not.include('Latvia digital nomad visa');
    const max = $<HTMLInputElement>(el, '#max');
    max.focus();
    await sendKeys({ type: '3500' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Portugal digital nomad visa', 'Montenegro digital nomad residence permit']);
    expect($(el, 'caption').textContent).to.include('4 hidden by the filters.');
    const region = $<HTMLSelectElement>(el, '#region');
    region.value = 'non-eu';
    region.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Montenegro digital nomad residence permit']);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters')!.click();
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(6);
  });

  it('says so when the filters leave nothing, and flags a bad maximum', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="ee-digital-nomad"></visa-compare>`);
    const max = $<HTMLInputElement>(el, '#max');
    max.value = '100';
    max.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '.empty').textContent).to.equal('No programme matches these filters.');
    max.value = 'cheap';
    max.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(max.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#max-error').textContent).to.equal('Enter a number, 0 or more.');
    await expect(el).to.be.accessible();
  });

  it('offers programmes to add by name with none chosen, and shows where the one added went', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad,es-digital-nomad"></visa-compare>`);
    const add = $<HTMLSelectElement>(el, '#add');
    const names = [...add.options].map((o) => o.textContent!.trim());
    expect(names[0]).to.equal('Choose…');
    expect(add.value).to.equal('');
    const rest = names.slice(1);
    expect(rest).to.deep.equal([...rest].sort(new Intl.Collator('en').compare));
    expect(rest).to.have.length(21);
    const addButton = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Add')!;
    // Nothing chosen: nothing added.
    addButton.click();
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(2);
    add.value = 'mt-nomad-residence';
    addButton.click();
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('tr[data-programme="mt-nomad-residence"]')!;
    expect(row.classList.contains('added')).to.equal(true);
    expect($(el, '[part="added"]').textContent!.trim()).to.equal('Added: Malta Nomad Residence Permit, row 3 of 3.');
    expect(add.value).to.equal('');
    // Hidden by a filter: the line says so.
    add.value = 'hu-white-card';
    const family = $<HTMLInputElement>(el, 'input[name="family"]');
    family.click();
    await el.updateComplete;
    addButton.click();
    await el.updateComplete;
    expect($(el, '[part="added"]').textContent!.trim()).to.equal('Added: Hungary White Card. The filters hide it; reset them to see it.');
    // The next action clears the mark.
    family.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tr.added')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="added"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('controls="compact" folds the filters away and counts those on; controls="none" shows no controls', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare controls="compact" countries="pt,es,mt"></visa-compare>`);
    const details = $<HTMLDetailsElement>(el, 'details[part="filters"]');
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Filters');
    expect($(el, '#add')).to.not.equal(null);
    details.open = true;
    $<HTMLInputElement>(el, 'input[name="family"]').click();
    await el.updateComplete;
    expect(details.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters (1)');
    await expect(el).to.be.accessible();

    el.setAttribute('controls', 'none');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="remove"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="sort"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('gives every control a tap target of 44 px or more in a phone-width column', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare style="width: 340px" countries="pt,es"></visa-compare>`);
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input[type="text"], label.choice')].filter(
      (node) => node.getClientRects().length,
    );
    expect(targets.length).to.be.greaterThan(6);
    for (const node of targets) {
      const box = node.getBoundingClientRect();
      expect(box.height, `${node.localName} ${node.textContent!.trim() || node.getAttribute('aria-label')}`).to.be.at.least(44);
    }
  });

  it('adds and removes programmes, keeping focus in the widget, and fires visa-compare-change', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad,es-digital-nomad"></visa-compare>`);
    const add = $<HTMLSelectElement>(el, '#add');
    add.value = 'gr-digital-nomad';
    const added = oneEvent(el, 'visa-compare-change');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Add')!.click();
    const { detail } = await added;
    expect(detail.programmes).to.deep.equal(['pt-digital-nomad', 'es-digital-nomad', 'gr-digital-nomad']);
    await el.updateComplete;
    expect(rowNames(el)).to.include('Greece digital nomad visa');

    const remove = $<HTMLButtonElement>(el, 'button[aria-label="Remove Portugal digital nomad visa"]');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(0);
    expect(rowNames(el)).to.deep.equal(['Spain digital nomad visa', 'Greece digital nomad visa']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove Spain digital nomad visa');
    expect($(el, '#announcer').textContent).to.equal('Portugal digital nomad visa removed. 2 programmes shown.');
  });

  it('fires no event when attributes change', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad"></visa-compare>`);
    let fired = 0;
    el.addEventListener('visa-compare-change', () => (fired += 1));
    el.setAttribute('programmes', 'es-digital-nomad');
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(rowNames(el)).to.deep.equal(['Spain digital nomad visa']);
  });

  it("flags the sources' disagreements in the cells and lists them in the footnotes with the sources and dates", async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="it-digital-nomad,cy-digital-nomad"></visa-compare>`);
    expect(cell(el, 'Italy digital nomad visa', 0).querySelector('[part="conflict"]')!.textContent).to.include(
      'The 2024 source says: €28,000 a year.',
    );
    const notes = $(el, '[part="footnotes"]').textContent!.replace(/\s+/g, ' ');
    expect(notes).to.include('Italy digital nomad visa: the sources disagree.');
    expect(notes).to.include(
      'Neues Digital Nomad Visum: Wie IT-Fachkräfte nach Kasachstan umziehen können (Elena Ruda (Immigrant Invest) · as of 2025 · German)',
    );
    expect(notes).to.include('Visa für digitale Nomaden in Europa: Länderübersicht');
    expect(notes).to.include('as of 2024 · German');
    expect(notes).to.not.include('.txt');
    expect(notes).to.not.include('Cyprus digital nomad visa: the sources disagree.');
    expect(notes).to.include('Every figure checked against these sources on November 30, 2026.');
  });

  it('converts into the display currency, marked approximate, keeping the original', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare programmes="kz-neo-nomad,is-remote-work" fields="income" currency="USD"></visa-compare>`,
    );
    expect(cell(el, 'Iceland long-term visa for remote workers', 0).textContent).to.include('ISK\u00a01,000,000 (≈ $7,146) a month.');
    expect(cell(el, 'Kazakhstan Neo Nomad visa (B12-1)', 0).textContent).to.include('$3,000 a month.');
  });

  it('takes the language from an ancestor and follows changes', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<section lang="ru"><visa-compare programmes="me-digital-nomad" fields="income"></visa-compare></section>`,
    );
    const el = wrapper.querySelector('visa-compare')!;
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Программа', 'Доход']);
    wrapper.setAttribute('lang', 'de');
    await aTimeout(0);
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Programm', 'Einkommen']);
  });

  it("falls back to the document's language, then to English for one it does not speak", async () => {
    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de-CH';
      const el = await fixture<VisaCompare>(html`<visa-compare programmes="me-digital-nomad" fields="income"></visa-compare>`);
      expect(headers(el)).to.deep.equal(['Programm', 'Einkommen']);
      document.documentElement.lang = 'fr';
      await aTimeout(0);
      await el.updateComplete;
      expect(headers(el)).to.deep.equal(['Programme', 'Income']);
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('reads well in a 320 px container: stacked blocks, no horizontal scroll, labels on every value', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div style="width: 320px"><visa-compare countries="pt,es,hr,gr,mt"></visa-compare></div>`,
    );
    const el = wrapper.querySelector('visa-compare')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(getComputedStyle(rows[0]).display).to.equal('block');
    expect(rows[1].getBoundingClientRect().top).to.be.greaterThan(rows[0].getBoundingClientRect().bottom - 1);
    const td = rows[0].querySelector('td')!;
    expect(getComputedStyle(td, '::before').content).to.equal('"Income" / ""'); // drawn, with no words for screen readers
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('role')).to.equal('table');
    await expect(el).to.be.accessible();
  });

  it('keeps a sticky header and first column in the wide layout', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare style="width: 1000px"></visa-compare>`);
    expect(getComputedStyle($(el, 'thead th')).position).to.equal('sticky');
    expect(getComputedStyle($(el, 'tbody th')).position).to.equal('sticky');
  });

  it('sync-url: restores selection, sort and filters from the hash, and writes them back', async () => {
    history.replaceState(null, '', '#cmp.p=hr-digital-nomad,pt-digital-nomad,mt-nomad-residence&cmp.s=income-desc&cmp.region=eu');
    const el = await fixture<VisaCompare>(html`<visa-compare id="cmp" sync-url></visa-compare>`);
    expect(rowNames(el)).to.deep.equal([
      'Malta Nomad Residence Permit',
      'Portugal digital nomad visa',
      'Croatia digital nomad residence permit',
    ]);
    expect(header(el, 'Income').getAttribute('aria-sort')).to.equal('descending');
    header(el, 'Income').querySelector('button')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#cmp.p=hr-digital-nomad,pt-digital-nomad,mt-nomad-residence&cmp.s=income-asc&cmp.region=eu');
    // A second widget opened from that URL shows the same comparison.
    el.remove();
    const again = await fixture<VisaCompare>(html`<visa-compare id="cmp" sync-url></visa-compare>`);
    expect(rowNames(again)).to.deep.equal([
      'Croatia digital nomad residence permit',
      'Portugal digital nomad visa',
      'Malta Nomad Residence Permit',
    ]);
  });

  it('sync-url: a visible "Copy link" copies the address of this comparison, or shows it to copy by hand', async () => {
    const plain = await fixture<VisaCompare>(html`<visa-compare countries="pt,es"></visa-compare>`);
    expect(plain.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
    const el = await fixture<VisaCompare>(html`<visa-compare id="share" sync-url countries="pt,es,hr"></visa-compare>`);
    header(el, 'Income').querySelector('button')!.click();
    await el.updateComplete;
    const clipboard = navigator.clipboard;
    const written: string[] = [];
    const button = () => $<HTMLButtonElement>(el, '[part="share"] button');
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void written.push(t) },
      });
      expect(button().textContent!.trim()).to.equal('Copy link');
      button().click();
      await aTimeout(0);
      await el.updateComplete;
      expect(written).to.deep.equal([location.href]);
      expect(location.href).to.include('share.s=income-asc');
      expect(button().textContent!.trim()).to.equal('Link copied');
      expect($(el, '[part="share"] [role="status"]').textContent).to.equal('Link copied');
      // No clipboard (an insecure page, a refused permission): the address, selected, to copy by hand.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      header(el, 'Income').querySelector('button')!.click();
      await el.updateComplete;
      expect(button().textContent!.trim()).to.equal('Copy link'); // the next action resets it
      button().click();
      await aTimeout(0);
      await el.updateComplete;
      const url = $<HTMLInputElement>(el, '.copy-url');
      expect(url.value).to.equal(location.href);
      expect(url.labels![0].textContent).to.include('Copy this link:');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('gives the sort buttons an edge that forced colours draw (transparent otherwise)', async () => {
    // The runner cannot emulate forced colours here (a Playwright-only option): a solid border is what they recolour.
    const el = await fixture<VisaCompare>(html`<visa-compare countries="pt,es"></visa-compare>`);
    const style = getComputedStyle($(el, 'thead button'));
    expect([style.borderTopStyle, style.borderTopWidth, style.borderTopColor]).to.deep.equal(['solid', '1px', 'rgba(0, 0, 0, 0)']);
  });

  it('prints the table and its sources whole, without controls', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare sync-url style="--visa-compare-max-height: 200px"></visa-compare>`);
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part="controls"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="remove"]')).display).to.equal('none');
      const scroller = $(el, '.scroller');
      expect(getComputedStyle(scroller).maxHeight).to.equal('none');
      expect(scroller.scrollHeight).to.equal(scroller.clientHeight);
      expect(getComputedStyle($(el, 'thead th')).position).to.equal('static');
      expect(getComputedStyle($(el, '[part="footnotes"]')).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('sync-url keeps the income maximum as typed in the widget currency, and shows it so after a reload', async () => {
    const el = await fixture<VisaCompare>(
      html`<visa-compare id="usd" currency="USD" sync-url sync-url-income countries="pt,es,hr,mt"></visa-compare>`,
    );
    expect($(el, 'label[for="max"]').textContent).to.equal('Income at most (USD a month)');
    const max = $<HTMLInputElement>(el, '#max');
    max.value = '3,000';
    max.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The selection is still the attributes' own: only what the visitor changed goes into the URL.
    expect(location.hash).to.equal('#usd.max=3000');
    // 3,000 USD reaches Spain's and Croatia's thresholds, not Malta's or Portugal's.
    expect(rowNames(el)).to.deep.equal(['Spain digital nomad visa', 'Croatia digital nomad residence permit']);
    el.remove();
    const again = await fixture<VisaCompare>(
      html`<visa-compare id="usd" currency="USD" sync-url sync-url-income countries="pt,es,hr,mt"></visa-compare>`,
    );
    expect($<HTMLInputElement>(again, '#max').value).to.equal('3000');
    expect(rowNames(again)).to.deep.equal(['Spain digital nomad visa', 'Croatia digital nomad residence permit']);
  });

  it("sync-url keeps the visitor's income out of the URL unless sync-url-income is set", async () => {
    history.replaceState(null, '', '#priv.max=9000&priv.region=eu');
    const el = await fixture<VisaCompare>(html`<visa-compare id="priv" sync-url countries="pt,es,hr,mt"></visa-compare>`);
    expect($<HTMLInputElement>(el, '#max').value).to.equal('');
    const max = $<HTMLInputElement>(el, '#max');
    max.value = '3000';
    max.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(location.hash).to.equal('#priv.region=eu');
    expect(rowNames(el)).to.deep.equal(['Spain digital nomad visa', 'Croatia digital nomad residence permit']);
  });

  it('takes arrays as properties, as React and Vue pass them', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare></visa-compare>`);
    Object.assign(el, { countries: ['pt', 'es'], fields: ['income', 'savings'] });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Portugal digital nomad visa', 'Spain digital nomad visa']);
    expect(headers(el)).to.deep.equal(['Programme', 'Income', 'Savings']);
  });

  it('takes programmes and countries together as a union, like the other widgets', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="mt-nomad-residence" countries="kz"></visa-compare>`);
    expect(rowNames(el)).to.deep.equal([
      'Malta Nomad Residence Permit',
      'Kazakhstan Digital Nomad residence (B9-1)',
      'Kazakhstan Neo Nomad visa (B12-1)',
      'Kazakhstan permanent-residence visa for skilled professionals (B9)',
    ]);
  });

  it('shows amounts in any currency with a rate, e.g. currency="nok"', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad" currency="nok"></visa-compare>`);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(cell(el, 'Portugal digital nomad visa', 0).textContent).to.match(/≈ [\d\s,.]+ NOK|≈ NOK/);
  });

  it('without sync-url, leaves the URL alone', async () => {
    const el = await fixture<VisaCompare>(html`<visa-compare programmes="pt-digital-nomad,es-digital-nomad"></visa-compare>`);
    header(el, 'Income').querySelector('button')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  const bad: [string, string, string][] = [
    ['countries', 'pt,zz', 'The attribute countries="zz" was ignored: not a known country code.'],
    ['programmes', 'pt-digital-nomad,pt-nope', 'The attribute programmes="pt-nope" was ignored: not a known programme id.'],
    ['fields', 'income,visa-colour', 'The attribute fields="visa-colour" was ignored: not a known field'],
    ['currency', 'dollars', 'The attribute currency="dollars" was ignored'],
    ['theme', 'neon', 'The attribute theme="neon" was ignored: use light, dark or auto.'],
    ['controls', 'minimal', 'The attribute controls="minimal" was ignored: use full, compact or none.'],
  ];
  for (const [attribute, value, message] of bad) {
    it(`${attribute}="${value}": a visible message, a console warning, the rest keeps working`, async () => {
      const { value: el, warnings } = await quietly(async () => {
        const compare = document.createElement('visa-compare');
        if (attribute !== 'programmes' && attribute !== 'countries') compare.setAttribute('countries', 'pt,hr');
        compare.setAttribute(attribute, value);
        compare.toggleAttribute('debug', true);
        fixtureSync<HTMLElement>(html`<div></div>`).append(compare);
        await compare.updateComplete;
        return compare;
      });
      expect($(el, '[part="notice"]').textContent).to.include(message);
      const named = value.split(',').at(-1)!;
      expect(warnings.some((w) => w.includes(`${attribute}="${named}"`))).to.equal(true);
      expect(rowNames(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  for (const theme of ['light', 'dark', 'auto']) {
    it(`is accessible in the ${theme} theme, sorted and filtered`, async () => {
      const el = await fixture<VisaCompare>(html`<visa-compare countries="pt,es,hr,gr" theme=${theme}></visa-compare>`);
      header(el, 'Income').querySelector('button')!.click();
      $<HTMLInputElement>(el, 'input[name="family"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
