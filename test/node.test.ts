/** The package outside a browser: on a server, in an edge runtime, rendered by Lit SSR. Runs the built files in Node. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkEligibility, type Profile } from '../src/eligibility-api.js';

const PROFILE: Profile = {
  citizenship: 'us',
  employment: 'freelancer',
  monthlyIncome: { amount: 5000, currency: 'EUR' },
  clientCountries: ['us'],
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const node = (code: string, conditions: string[] = []) =>
  executeServerCommand<Run, { code: string; conditions: string[] }>('node-script', { code, conditions });

describe('outside a browser (built files, in Node)', () => {
  it('runs checkEligibility and reads the data with no DOM, as an edge runtime resolves packages', async () => {
    // "browser" makes Lit resolve to its browser build, as a bundle for an edge runtime would: no DOM shim.
    const run = await node(
      `
      const { checkEligibility } = await import('./dist/esm/eligibility-api.js');
      const { programmes, validateDataset, dataset } = await import('./dist/esm/data-api.js');
      const api = await import('./dist/esm/api.js');
      const [result] = checkEligibility(${JSON.stringify(PROFILE)}, { programmes: ['hr-digital-nomad'], lang: 'de' });
      console.log(JSON.stringify({
        dom: typeof HTMLElement, result, programmes: programmes.length,
        valid: validateDataset(dataset).ok, version: api.version,
      }));`,
      ['browser'],
    );
    expect(run.stderr).to.equal('');
    const [inBrowser] = checkEligibility(PROFILE, { programmes: ['hr-digital-nomad'], lang: 'de' });
    expect(inBrowser.verdict).to.equal('eligible');
    expect(JSON.parse(run.stdout)).to.deep.equal({ dom: 'undefined', result: inBrowser, programmes: 23, valid: true, version: '0.1.0' });
  });

  it('renders every element with Lit SSR, in English when no lang is set', async () => {
    const run = await node(`
      const { render } = await import('@lit-labs/ssr');
      const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
      const { html } = await import('lit');
      await import('./dist/esm/index.js');
      const out = (template) => collectResultSync(render(template));
      console.log(JSON.stringify({
        card: out(html\`<visa-card programme="pt-digital-nomad"></visa-card>\`),
        compare: out(html\`<visa-compare countries="pt,es"></visa-compare>\`),
        eligibility: out(html\`<visa-eligibility programmes="hr-digital-nomad"></visa-eligibility>\`),
        data: out(html\`<visa-data><visa-card programme="kz-neo-nomad"></visa-card></visa-data>\`),
        german: out(html\`<visa-card lang="de" programme="pt-digital-nomad"></visa-card>\`),
        all: out(html\`<visa-compare></visa-compare>\`),
      }));`);
    expect(run.stderr).to.equal('');
    const html = JSON.parse(run.stdout) as Record<string, string>;
    // (Checked without printing the markup on failure: it is long.)
    const has = (name: string, text: string) => expect(html[name].includes(text), `${name} renders "${text}"`).to.equal(true);
    has('card', 'Portugal digital nomad visa');
    has('compare', 'Spain digital nomad visa');
    has('eligibility', 'Croatia digital nomad residence permit');
    has('data', '<visa-card');
    has('german', 'Portugal: Visum für digitale Nomaden');
    // A server renders once: every row of a long comparison, and the results beside the questions.
    has('all', 'Spain digital nomad visa');
    expect(html.all.split('part="row"').length - 1, 'rows of the comparison of all 23').to.equal(23);
  });

  it('imports the classes without registering a tag, and renders one under a name the page gives it', async () => {
    const run = await node(`
      const { render } = await import('@lit-labs/ssr');
      const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
      const { html } = await import('lit');
      const { VisaCard } = await import('./dist/esm/classes.js');
      const registered = ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility'].filter((tag) => customElements.get(tag));
      customElements.define('acme-visa-card', VisaCard);
      const card = collectResultSync(render(html\`<acme-visa-card programme="pt-digital-nomad"></acme-visa-card>\`));
      console.log(JSON.stringify({ registered, card }));`);
    expect(run.stderr).to.equal('');
    const { registered, card } = JSON.parse(run.stdout) as { registered: string[]; card: string };
    expect(registered).to.deep.equal([]);
    expect(card).to.include('Portugal digital nomad visa');
  });
});
