/**
 * The loader, dist/nomad-visa-widgets.js, against the built files: what a page fetches, a second copy, the
 * bundle beside it, and files that cannot be fetched. (Strict CSP: see hostile-pages.test.ts.)
 */
import { aTimeout, expect } from '@open-wc/testing';
import { loaderPage, until, widgetsUp, type PageWindow } from './frames.js';

const LOADER = '/dist/nomad-visa-widgets.js';

/** A page in a frame: `body` with the watcher (errors, warnings) and the given scripts, then its widgets up. */
async function page(body: string, scripts: string[], lang = 'en') {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const tags = scripts.map((src) => `<script src="${src}"></script>`).join('');
  const head = `<script src="/test/pages/watch.js"></script>${tags}`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as PageWindow;
  await widgetsUp(doc);
  /** The files of ours the page has fetched so far, as paths. */
  const fetched = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.endsWith('.js'))
      .map((url) => url.pathname + url.search);
  return { doc, win, frame, fetched };
}

const text = (doc: Document, selector: string, inner: string) =>
  doc.querySelector(selector)!.shadowRoot!.querySelector(inner)?.textContent ?? '';

describe('the loader (dist/nomad-visa-widgets.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches for a page with one card only the card and the page language, and another language when the page switches', async () => {
    const { doc, win, fetched } = await page('<visa-card programme="pt-digital-nomad"></visa-card>', [LOADER], 'de');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal: Visum für digitale Nomaden');
    const files = fetched();
    expect(files).to.include('/dist/lazy/visa-card.js');
    expect(files).to.include('/dist/lazy/language-de.js');
    for (const other of ['visa-compare', 'visa-eligibility', 'visa-data', 'api', 'validate', 'language-en', 'language-ru', 'engine-'])
      expect(
        files.filter((file) => file.includes(`/lazy/${other}`)),
        other,
      ).to.deep.equal([]);

    doc.documentElement.lang = 'ru';
    await until(() => text(doc, 'visa-card', 'h2') === 'Португалия: виза цифрового кочевника');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Португалия: виза цифрового кочевника');
    expect(fetched()).to.include('/dist/lazy/language-ru.js');
    expect(fetched().filter((file) => file.includes('/lazy/language-en'))).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("fetches the rule engine's texts, in the page language only, for <visa-eligibility> alone", async () => {
    const { doc, win, fetched } = await page(
      '<visa-eligibility citizenship="us" employment="freelancer" programmes="hr-digital-nomad"></visa-eligibility>',
      [LOADER],
      'de',
    );
    await until(() => text(doc, 'visa-eligibility', '.result') !== '');
    // An engine text, in German.
    expect(text(doc, 'visa-eligibility', '.result').includes('Sie haben Ihr Monatseinkommen nicht angegeben.'), 'engine text').to.equal(
      true,
    );
    const files = fetched();
    expect(files).to.include.members(['/dist/lazy/visa-eligibility.js', '/dist/lazy/language-de.js', '/dist/lazy/engine-de.js']);
    expect(files.filter((file) => /\/lazy\/(engine|language)-(en|ru)/.test(file))).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("finds its files from a CDN's package URL that names no file", async () => {
    const { doc, fetched } = await page('<visa-card programme="pt-digital-nomad"></visa-card>', ['/__test/package@0.1.0']);
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal digital nomad visa');
    expect(fetched()).to.include('/__test/package@0.1.0/dist/lazy/visa-card.js');
  });

  it('fetches a widget added later, and <visa-data> before the widgets inside it', async () => {
    const { doc, win, fetched } = await page('<p>article</p>', [LOADER]);
    expect(fetched().filter((file) => file.includes('/lazy/'))).to.deep.equal([]);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<visa-data currency="USD"><visa-compare countries="pt,es"></visa-compare></visa-data>' +
        '<visa-card programme="kz-neo-nomad"></visa-card>',
    );
    await until(() => !!win.customElements.get('visa-compare') && !!win.customElements.get('visa-card'));
    await widgetsUp(doc);
    expect(doc.querySelector('visa-compare')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    // The provider was there first: the comparison shows its currency.
    expect(text(doc, 'visa-compare', 'tbody')).to.include('€2,762 (≈ $2,876) a month');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Kazakhstan Neo Nomad visa (B12-1)');
  });

  it('gives the API once ready is awaited, in every language, and fetches it only then', async () => {
    const { win, fetched } = await page('', [LOADER]);
    const api = win.NomadVisaWidgets!;
    expect(api.checkEligibility).to.equal(undefined);
    expect(fetched().filter((file) => file.includes('/lazy/'))).to.deep.equal([]);
    const ready = await api.ready;
    expect(api.checkEligibility).to.equal(ready.checkEligibility);
    const [result] = ready.checkEligibility(
      { citizenship: 'us', monthlyIncome: { amount: 4000, currency: 'EUR' } },
      { lang: 'ru', programmes: ['pt-digital-nomad'] },
    );
    // Answered in Russian: its texts were fetched with the API.
    expect(result.programme).to.equal('pt-digital-nomad');
    expect(JSON.stringify(result.checks)).to.match(/[а-я]{4}/);
    expect(ready.getProgramme('pt-digital-nomad')!.title.de).to.equal('Portugal: Visum für digitale Nomaden');
  });

  it('loaded twice from two paths, or beside the bundle (either order), defines nothing twice', async () => {
    const body = '<visa-card programme="pt-digital-nomad"></visa-card><visa-compare countries="pt,es"></visa-compare>';
    for (const scripts of [
      [LOADER, `${LOADER}?copy=2`],
      [LOADER, '/dist/nomad-visa-widgets.bundle.js'],
      ['/dist/nomad-visa-widgets.bundle.js', LOADER],
    ]) {
      const { doc, win, fetched } = await page(body, scripts);
      await aTimeout(100);
      expect(win.__errors, scripts.join(' + ')).to.deep.equal([]);
      expect(text(doc, 'visa-card', 'h2'), scripts.join(' + ')).to.equal('Portugal digital nomad visa');
      expect(doc.querySelector('visa-compare')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      const files = fetched();
      expect(files.length, scripts.join(' + ')).to.equal(new Set(files).size);
      if (scripts[0].includes('bundle'))
        expect(
          files.filter((file) => file.includes('/lazy/')),
          'bundle first',
        ).to.deep.equal([]);
    }
  });

  it("a widget whose file is missing says so in the page and warns; the page's other widgets work", async () => {
    const { doc, win } = await page(
      '<visa-compare countries="pt,es"></visa-compare><visa-card programme="pt-digital-nomad"></visa-card>',
      ['/__test/missing/visa-compare/nomad-visa-widgets.js'],
      'de',
    );
    expect(text(doc, 'visa-compare', '[part="notice"]')).to.equal('Dieses Visa-Widget konnte auf dieser Seite nicht starten.');
    expect(win.__warnings.join('\n')).to.match(/<visa-compare> could not load from \S+\/lazy\/visa-compare\.js/);
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal: Visum für digitale Nomaden');
  });

  it('a language file that is missing: the widget shows English and says so in the page language; with none, a short message', async () => {
    const german = await page(
      '<visa-card programme="pt-digital-nomad"></visa-card>',
      ['/__test/missing/language-de/nomad-visa-widgets.js'],
      'de',
    );
    expect(text(german.doc, 'visa-card', 'h2')).to.equal('Portugal digital nomad visa');
    expect(text(german.doc, 'visa-card', '[part="notice"]')).to.equal(
      'Die deutschen Texte konnten nicht geladen werden; dieses Widget zeigt sie auf Englisch.',
    );
    expect(german.win.__warnings.join('\n')).to.include('the texts for lang="de" could not be loaded');

    const none = await page(
      '<visa-card programme="pt-digital-nomad"></visa-card>',
      ['/__test/missing/language-/nomad-visa-widgets.js'],
      'ru',
    );
    expect(text(none.doc, 'visa-card', '[part="notice"]')).to.equal(
      'Виджет о визах не смог загрузить тексты. Пожалуйста, перезагрузите страницу.',
    );
    expect(none.win.__errors).to.deep.equal([]);
  });

  it('an engine file that is missing: eligibility shows English and says so; the card beside it stays German', async () => {
    const { doc, win } = await page(
      '<visa-card programme="pt-digital-nomad"></visa-card><visa-eligibility citizenship="us"></visa-eligibility>',
      ['/__test/missing/engine-de/nomad-visa-widgets.js'],
      'de',
    );
    await until(() => text(doc, 'visa-eligibility', '[part="notice"]') !== '');
    expect(text(doc, 'visa-eligibility', '[part="notice"]')).to.equal(
      'Die deutschen Texte konnten nicht geladen werden; dieses Widget zeigt sie auf Englisch.',
    );
    expect(text(doc, 'visa-eligibility', '#title')).to.equal('Which visas can I get?');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal: Visum für digitale Nomaden');
    expect(win.__warnings.join('\n')).to.include('the engine texts for lang="de" could not be loaded');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('the loader: files that are late or never come (data-timeout)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** A page with the loader from `src` (data-timeout="1": a one-second deadline), as soon as it has loaded. */
  const latePage = (body: string, src: string, lang = 'de') => loaderPage(body, src, lang, 1);
  const warnings = (win: PageWindow) => win.__warnings.join('\n');
  const FALLBACK = '<p slot="fallback">Portugal im Überblick</p>';

  it('a late language file: the fallback stays until the deadline, then English with a notice, then the language', async () => {
    const { doc, win } = await latePage(
      `<visa-card programme="pt-digital-nomad">${FALLBACK}</visa-card>`,
      '/__test/slow-2500/language-de/nomad-visa-widgets.js',
    );
    await until(() => !!doc.querySelector('visa-card')?.shadowRoot?.querySelector('[aria-busy="true"]'));
    const waiting = doc.querySelector('visa-card')!.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(
      waiting
        .querySelector<HTMLSlotElement>('slot[name="fallback"]')!
        .assignedElements()
        .map((e) => e.textContent),
    ).to.deep.equal(['Portugal im Überblick']);
    expect(warnings(win)).to.equal('');
    await until(() => text(doc, 'visa-card', 'h2') !== '');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal digital nomad visa');
    expect(text(doc, 'visa-card', '[part="notice"]')).to.equal(
      'Die deutschen Texte konnten nicht geladen werden; dieses Widget zeigt sie auf Englisch.',
    );
    expect(warnings(win)).to.include('the texts for lang="de" did not arrive within 1 s');
    expect(doc.querySelector('visa-card')!.shadowRoot!.querySelector('slot[name="fallback"]')).to.equal(null);
    await until(() => text(doc, 'visa-card', 'h2') === 'Portugal: Visum für digitale Nomaden');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal: Visum für digitale Nomaden');
    expect(text(doc, 'visa-card', '[part="notice"]')).to.equal('');
    expect(win.__errors).to.deep.equal([]);
  });

  it('a language file that never comes, without fallback content: a loading line, then English after the deadline', async () => {
    const { doc, win } = await latePage(
      '<visa-compare countries="pt,es"></visa-compare>',
      '/__test/hang/language-ru/nomad-visa-widgets.js',
      'ru',
    );
    await until(() => !!doc.querySelector('visa-compare')?.shadowRoot?.querySelector('.waiting-line'));
    expect(text(doc, 'visa-compare', '.waiting-line')).to.equal('Виджет о визах загружается…');
    await until(() => text(doc, 'visa-compare', '[part="notice"]').startsWith('Не удалось'));
    expect(text(doc, 'visa-compare', '[part="notice"]')).to.equal('Не удалось загрузить русские тексты; виджет показан на английском.');
    expect(doc.querySelector('visa-compare')!.shadowRoot!.querySelector('.waiting-line')).to.equal(null);
    expect(warnings(win)).to.include('the texts for lang="ru" did not arrive within 1 s');
  });

  it("a widget's late code: it says so over the fallback after the deadline, and starts when the code arrives", async () => {
    const { doc, win } = await latePage(
      `<visa-card programme="pt-digital-nomad">${FALLBACK}</visa-card>`,
      '/__test/slow-2500/visa-card/nomad-visa-widgets.js',
    );
    const card = doc.querySelector('visa-card')!;
    expect(card.shadowRoot).to.equal(null);
    await until(() => !!card.shadowRoot);
    expect(text(doc, 'visa-card', '[part="notice"]')).to.equal('Dieses Visa-Widget lädt länger als üblich.');
    expect(card.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="fallback"]')!.assignedElements()).to.have.length(1);
    expect(warnings(win)).to.match(/<visa-card>: \S+\/lazy\/visa-card\.js did not arrive within 1 s/);
    await until(() => text(doc, 'visa-card', 'h2') !== '');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal: Visum für digitale Nomaden');
    expect(card.shadowRoot!.querySelector('[data-nomad-visa-overdue]')).to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it("a widget's code that never comes: the message stays, widgets added later get it, the page's other widgets work", async () => {
    const { doc, win } = await latePage(
      '<visa-compare countries="pt,es"></visa-compare><visa-card programme="pt-digital-nomad"></visa-card>',
      '/__test/hang/visa-compare/nomad-visa-widgets.js',
      'en',
    );
    await until(() => !!doc.querySelector('visa-compare')!.shadowRoot);
    expect(text(doc, 'visa-compare', '[part="notice"]')).to.equal('This visa widget is taking longer than usual to load.');
    expect(text(doc, 'visa-card', 'h2')).to.equal('Portugal digital nomad visa');
    const added = doc.createElement('visa-compare');
    doc.body.append(added);
    await until(() => !!added.shadowRoot);
    expect(added.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.match(/longer than usual/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('data-timeout that is not a number of seconds is named in a warning, and the default holds', async () => {
    const { doc, win } = await latePage('<visa-card programme="pt-digital-nomad"></visa-card>', '/dist/nomad-visa-widgets.js');
    await widgetsUp(doc);
    expect(warnings(win)).to.equal('');
    const frame = document.createElement('iframe');
    frame.srcdoc =
      '<!doctype html><html><head><script src="/test/pages/watch.js"></script>' +
      '<script src="/dist/nomad-visa-widgets.js" data-timeout="soon"></script></head><body></body></html>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const other = frame.contentWindow as PageWindow;
    expect(warnings(other)).to.include('data-timeout="soon" is not a number of seconds; waiting 8 s for each file.');
    expect(other.NomadVisaWidgets!.timeout).to.equal(undefined);
    expect((win as Window).NomadVisaWidgets!.timeout).to.equal(1000);
  });
});
