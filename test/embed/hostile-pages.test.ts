import { aTimeout, expect } from '@open-wc/testing';
import { openPage as open, shadow, widgetsUp, type PageWindow } from './frames.js';

describe('on hostile pages (the built single script only)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works under a strict Content-Security-Policy: no eval, no inline styles, no violation', async () => {
    const { doc, win } = await open('/test/pages/csp.html');
    expect(shadow(doc, '#compare').querySelectorAll('tbody tr')).to.have.length(3);
    expect(shadow(doc, '#card').querySelector('h2')!.textContent).to.equal('Kazakhstan Neo Nomad visa (B12-1)');
    expect(shadow(doc, '#eligibility').querySelector('.summary')!.textContent).to.match(/eligible/);
    // Interaction works too: sort, and the styles really apply (adopted style sheets, not inline styles).
    (shadow(doc, '#compare').querySelector('thead button') as HTMLButtonElement).click();
    await (doc.querySelector('#compare') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(doc, '#compare').querySelector('[aria-sort="ascending"]')).to.not.equal(null);
    expect(getComputedStyle(shadow(doc, '#compare').querySelector('thead th')!).position).to.equal('sticky');
    // <visa-data> fetched and validated a dataset from 'self' without tripping the policy.
    for (
      let i = 0;
      i < 50 && (doc.querySelector('#data') as HTMLElement & { provided: { status: string } }).provided.status !== 'ready';
      i += 1
    )
      await aTimeout(20);
    expect(shadow(doc, '#provided').querySelector('h2')!.textContent).to.equal('Croatia digital nomad residence permit');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // Through the loader: the widgets' files came from dist/lazy/, as modules under script-src 'self'.
    const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((url) => url.endsWith('/dist/lazy/visa-card.js'))).to.equal(true);
  });

  it('keeps its design under an aggressive blog theme', async () => {
    const { doc, win } = await open('/test/pages/hostile.html');
    const compare = shadow(doc, '#compare');
    const cell = compare.querySelector('tbody td')!;
    const style = getComputedStyle(cell);
    expect(parseFloat(style.fontSize)).to.be.closeTo(16 * 0.925, 0.5); // not the page's 10px, not 62.5 % rem
    expect(parseFloat(style.paddingTop)).to.be.greaterThan(5);
    expect(style.color).to.equal('rgb(29, 35, 48)'); // the light theme's text, not the page's magenta
    expect(style.textTransform).to.equal('none');
    expect(getComputedStyle(compare.querySelector('table')!).borderCollapse).to.equal('separate');
    const button = compare.querySelector('thead button')!;
    expect(getComputedStyle(button).cursor).to.equal('pointer');
    const card = shadow(doc, '#card');
    // The font family is inherited on purpose (a widget looks at home on the blog); size, spacing and case are not.
    expect(getComputedStyle(card.querySelector('h2')!).letterSpacing).to.equal('normal');
    expect(parseFloat(getComputedStyle(card.querySelector('h2')!).fontSize)).to.be.greaterThan(16);
    expect(getComputedStyle(card.querySelector('.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    const input = shadow(doc, '#eligibility').querySelector('#grossIncome')!;
    expect(parseFloat(getComputedStyle(input).minHeight)).to.be.at.least(36);
    expect(win.__errors).to.deep.equal([]);
  });

  it('runs twenty widgets, the script twice, elements created before and after it, moved and removed', async () => {
    const { doc, win } = await open('/test/pages/many.html');
    expect(win.__errors).to.deep.equal([]);
    expect(win.NomadVisaWidgets).to.equal(win.__apiAfterFirst); // the second copy kept the first API
    const widgets = [...doc.querySelectorAll('#many > *, #many visa-card, #elsewhere > *')];
    expect(widgets.length).to.be.at.least(20);
    for (const widget of widgets) expect(widget.shadowRoot, widget.outerHTML.slice(0, 60)).to.not.equal(null);
    expect(shadow(doc, '#before').querySelector('h2')!.textContent).to.equal('Estonia digital nomad visa');
    expect(shadow(doc, '#after').querySelector('h2')!.textContent).to.equal('Montenegro digital nomad residence permit');
    expect(shadow(doc, '#move-me').querySelector('h2')!.textContent).to.equal('Malta Nomad Residence Permit');
    expect(doc.querySelector('#remove-me')).to.equal(null);
    // A bad widget says so (visitors read a neutral line, the details are in the console); its neighbours are unaffected.
    const setupProblem = 'Part of this widget’s setup could not be used; everything else works.';
    expect(shadow(doc, 'visa-card[programme="xx-unknown"]').querySelector('[part="notice"]')!.textContent).to.include(setupProblem);
    expect(shadow(doc, 'visa-compare[countries="zz"]').querySelector('[part="notice"]')!.textContent).to.include(setupProblem);
    expect(shadow(doc, 'visa-card[programme="hu-white-card"]').querySelector('h2')!.textContent).to.equal('Ungarn: White Card');
    // Markup written before the script, upgraded in definition order: <visa-data> still reaches the widget
    // inside it (its currency applies).
    expect(shadow(doc, '#before').querySelector('dd')!.textContent).to.include('(≈ $');
    // A <visa-data> whose src is missing says so, and its widget keeps the built-in data.
    for (let i = 0; i < 50 && !shadow(doc, '#broken').querySelector('[part="message"]'); i += 1) await aTimeout(20);
    expect(shadow(doc, '#broken').querySelector('[part="message"]')!.textContent).to.include(
      'This site’s own visa data could not be loaded.',
    );
    expect(shadow(doc, '#kept').querySelector('h2')!.textContent).to.equal('Cyprus digital nomad visa');
  });

  it('the loader loads as <script type="module"> too, beside the ES module build, without defining anything twice', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><visa-card programme="pt-digital-nomad"></visa-card>
      <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script>
      <script type="module" src="${location.origin}/dist/nomad-visa-widgets.js"></script>
      <script type="module">import('${location.origin}/dist/esm/index.js')
        .then((m) => { window.__esm = m; }, (e) => __errors.push(String(e)));</script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as PageWindow & { __esm?: object };
    for (let i = 0; i < 400 && !win.__esm && !win.__errors?.length; i += 1) await aTimeout(20); // up to 8 s on a busy machine
    expect(win.__errors).to.deep.equal([]);
    expect(win.NomadVisaWidgets).to.be.an('object');
    // The loader's API, once ready, is the ES module's without the element classes.
    const ready = Object.keys(await win.NomadVisaWidgets!.ready);
    const classes = ['VisaCard', 'VisaCompare', 'VisaData', 'VisaEligibility'];
    expect(ready.sort()).to.deep.equal(
      Object.keys(win.__esm!)
        .filter((key) => !classes.includes(key))
        .sort(),
    );
    await widgetsUp(frame.contentDocument!);
    expect(frame.contentDocument!.querySelector('visa-card')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Portugal digital nomad visa',
    );
  });
});
