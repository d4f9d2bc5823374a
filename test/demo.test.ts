import { expect } from '@open-wc/testing';

/** Loads demo/index.html (which uses the built single script) in a frame, as a visitor would. */
async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '800px';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  for (let i = 0; i < 100 && doc.querySelectorAll('#programmes tbody tr').length === 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return doc;
}

const rowFor = (doc: Document, title: string) =>
  [...doc.querySelectorAll<HTMLTableRowElement>('#programmes tbody tr')].find((row) => row.cells[0].textContent!.includes(title))!;

describe('demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists all 23 programmes with their key figures', async () => {
    const doc = await openDemo();
    expect(doc.querySelectorAll('#programmes tbody tr')).to.have.length(23);
    expect(doc.querySelector('caption')!.textContent).to.equal('23 programmes in 20 countries');
    const greece = rowFor(doc, 'Greece digital nomad visa');
    expect(greece.cells[1].textContent).to.equal('€3,500 per month, after tax');
    expect(greece.cells[4].textContent).to.include('+20 % for a spouse, +15 % per child');
  });

  it('shows the newer value and flags the older one where the sources disagree', async () => {
    const doc = await openDemo();
    const spain = rowFor(doc, 'Spain digital nomad visa');
    expect(spain.cells[1].firstChild!.textContent).to.equal('€2,762 per month');
    expect(spain.cells[1].querySelector('.conflict')!.textContent).to.equal('Sources disagree: the 2024 source says €2,520 per month');
    const norway = rowFor(doc, 'Norway permit');
    expect(norway.cells[1].textContent).to.include('≈ €38,978');
    expect(norway.querySelector('.conflict')).to.equal(null);
  });

  it('switches to German', async () => {
    const doc = await openDemo('?lang=de');
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.querySelector('caption')!.textContent).to.equal('23 Programme in 20 Ländern');
    expect(rowFor(doc, 'Visum für digitale Nomaden Rumänien').cells[1].textContent).to.equal('etwa 3.700\u00a0€ pro Monat, in den letzten 6 Monaten');
  });
});
