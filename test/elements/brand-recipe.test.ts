/**
 * The README's brand recipe, as a site would paste it: taken from the README itself, applied to every widget on
 * a light page and, with theme="dark", on a dark one, and checked with axe (colour contrast included).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/visa-card/visa-card.js';
import '../../src/elements/visa-compare/visa-compare.js';
import '../../src/elements/visa-eligibility/visa-eligibility.js';

async function recipe(): Promise<string> {
  const readme = await fetch('/README.md').then((r) => r.text());
  const from = readme.indexOf("An agency's brand");
  const block = /```css\n([\s\S]*?)```/.exec(readme.slice(from))!;
  return block[1];
}

describe("the README's brand recipe", () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe, colour contrast included, on a ${theme} page`, async function () {
      this.timeout(30000);
      const css = await recipe();
      expect(css).to.include('--visa-accent');
      const page = fixtureSync<HTMLElement>(html`
        <div class="agency" style=${theme === 'dark' ? 'background: #0b0e12; color: #e9edf2; padding: 8px' : 'padding: 8px'}>
          <style>
            ${css}
          </style>
          <visa-compare theme=${theme} countries="pt,es,hr,mt" sync-url id="brand"></visa-compare>
          <visa-card theme=${theme} programme="pt-digital-nomad"><a slot="cta" href="#contact">Talk to us</a></visa-card>
          <visa-eligibility
            theme=${theme}
            countries="hr,pt,gr"
            citizenship="us"
            employment="employee"
            employer-country="us"
            income="3000"
            details-href="/visas/{programme}"
          ></visa-eligibility>
        </div>
      `);
      const widgets = [
        ...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('visa-compare, visa-card, visa-eligibility'),
      ];
      await Promise.all(widgets.map((w) => w.updateComplete));
      // The recipe reached the widgets, and the badge of a best value is there to be checked.
      const compare = page.querySelector('visa-compare')!;
      expect(getComputedStyle(compare).getPropertyValue('--visa-accent').trim()).to.equal(theme === 'dark' ? '#5fd3a0' : '#0b6e4f');
      expect(compare.shadowRoot!.querySelector('[part="badge"]')).to.not.equal(null);
      await expect(page).to.be.accessible();
    });
  }
});
