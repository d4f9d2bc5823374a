import { expect } from '@open-wc/testing';
import { widgetsUp } from './embed/frames.js';

/** Loads demo/index.html (which uses the loader, dist/nomad-visa-widgets.js) in a frame, as a visitor would. */
async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await widgetsUp(doc);
  return doc;
}

describe('demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows every element through the loader, with all 23 programmes in the full comparison', async () => {
    const doc = await openDemo();
    for (const tag of ['visa-compare', 'visa-eligibility', 'visa-card']) expect(doc.querySelector(tag)!.shadowRoot, tag).to.not.equal(null);
    expect(doc.querySelector('#all')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(23);
  });

  it('switches every widget to German and Russian with the page language', async () => {
    const doc = await openDemo('?lang=de');
    expect(doc.querySelector('visa-eligibility')!.shadowRoot!.querySelector('#title')!.textContent).to.equal(
      'Welche Visa kommen für mich in Frage?',
    );
    const ru = await openDemo('?lang=ru');
    expect(ru.querySelector('visa-card')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Португалия: виза цифрового кочевника');
  });

  it('shows the three themes and applies the dark one to every widget', async () => {
    const doc = await openDemo('?theme=dark');
    for (const widget of doc.querySelectorAll('visa-compare, visa-eligibility, visa-card:not([data-fixed-theme])'))
      expect(widget.getAttribute('theme')).to.equal('dark');
    const samples = doc.querySelectorAll('.theme-sample visa-card');
    expect(samples).to.have.length(3);
    expect(getComputedStyle(samples[2]).getPropertyValue('--visa-accent').trim()).to.equal('#0b6e4f');
  });
});
