/** nomad-visa-widgets/classes: the classes register no tag; a page names them itself, and the tags' own entries still work. */
import { aTimeout, expect, fixtureSync, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { VisaCard, VisaCompare, VisaData, VisaEligibility } from '../../src/classes.js';
import { quietly } from '../elements/helpers.js';

const TAGS = ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility'];

async function settled(element: HTMLElement & { updateComplete: Promise<unknown> }) {
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
}

describe('nomad-visa-widgets/classes', () => {
  it('registers no tag on import', () => {
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    expect([VisaData, VisaCard, VisaCompare, VisaEligibility].every((c) => typeof c === 'function')).to.equal(true);
  });

  it('works under names the page chooses, with the provider found by context, and warns with those names', async () => {
    customElements.define('acme-visa-data', VisaData);
    customElements.define('acme-visa-card', VisaCard);
    const { value: wrapper, warnings } = await quietly(async () => {
      const wrapper = fixtureSync<HTMLElement>(html`
        <div>
          <acme-visa-data lang="de" currency="USD"><acme-visa-card programme="is-remote-work"></acme-visa-card></acme-visa-data>
          <acme-visa-card country="zz"></acme-visa-card>
        </div>
      `);
      for (const card of wrapper.querySelectorAll<VisaCard>('acme-visa-card')) await settled(card);
      return wrapper;
    });
    const [inside, unknown] = wrapper.querySelectorAll<VisaCard>('acme-visa-card');
    expect(inside.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Island: Langzeitvisum für Fernarbeit');
    expect(inside.shadowRoot!.querySelector('dd')!.textContent).to.include('$');
    expect(unknown.shadowRoot!.querySelector('[role="alert"], [part="notice"]')).to.not.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<acme-visa-card>: .*country="zz"/);
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it("leaves the tags' own entries working after the page named the classes", async () => {
    customElements.define('acme-visa-compare', VisaCompare);
    await import('../../src/elements/visa-compare/visa-compare.js');
    await import('../../src/elements/visa-card/visa-card.js');
    expect(customElements.get('visa-compare')).to.not.equal(undefined);
    expect(customElements.get('visa-compare')).to.not.equal(VisaCompare);
    expect(customElements.get('visa-card')!.prototype).to.be.instanceOf(VisaCard);
    for (const tag of ['acme-visa-compare', 'visa-compare']) {
      const compare = fixtureSync<VisaCompare>(staticHtml`<${unsafeStatic(tag)} countries="pt,es"></${unsafeStatic(tag)}>`);
      await settled(compare);
      expect(compare.shadowRoot!.textContent, tag).to.include('Spain digital nomad visa');
    }
  });
});
