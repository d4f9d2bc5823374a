/**
 * The widgets inside a real React 19 app (test/frameworks/react/runtime.tsx, bundled with esbuild as a site's
 * build would): what React passes (numbers, arrays, an inline profile object on every render, children-count,
 * onvisa-* listeners) reaches the widgets.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { VisaCompare } from '../src/elements/visa-compare/visa-compare.js';
import type { VisaEligibility } from '../src/elements/visa-eligibility/visa-eligibility.js';

/** What test/frameworks/react/runtime.tsx's mount() gives back. */
interface Handles {
  rerender(): void;
  compareChanges: string[][];
  eligibilityChanges(): number;
  unmount(): void;
}

/** Bundles an app from test/frameworks, mounts it in a new container, and unmounts it after the block's tests. */
function mountApp<A extends { unmount(): void }>(entry: string): { app: () => A; container: () => HTMLElement } {
  let app: A;
  let container: HTMLElement;
  before(async () => {
    const { url } = await executeServerCommand<{ url: string }, { entry: string }>('bundle-app', { entry });
    const { mount } = (await import(/* @vite-ignore */ url)) as { mount: (el: HTMLElement) => A | Promise<A> };
    container = document.createElement('div');
    document.body.append(container);
    app = await mount(container);
    await customElements.whenDefined('visa-eligibility');
  });
  after(() => {
    app.unmount();
    container.remove();
  });
  return { app: () => app, container: () => container };
}

describe('in a React 19 app', () => {
  const mounted = mountApp<Handles>('react/runtime.tsx');
  const byId = <T extends HTMLElement>(id: string) => mounted.container().querySelector<T>(`#${id}`)!;
  const settle = async (el: HTMLElement & { updateComplete: Promise<boolean> }) => {
    await el.updateComplete;
    await aTimeout(0);
  };

  it('takes numbers, arrays and children-count as React passes them, and no text child', async () => {
    const el = byId<VisaEligibility>('react-eligibility');
    await settle(el);
    expect(el.profile.children).to.equal(2);
    expect(el.childNodes.length).to.equal(0);
    expect(el.results.map((r) => r.programme)).to.have.members(['pt-digital-nomad', 'hr-digital-nomad']);
    const numbers = byId<VisaEligibility>('react-numbers');
    await settle(numbers);
    expect(numbers.profile.monthlyIncome).to.deep.equal({ amount: 3500, currency: 'EUR' });
    expect(numbers.profile.children).to.equal(1);
    const compare = byId<VisaCompare>('react-compare');
    await settle(compare);
    const rows = [...compare.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(rows.some((t) => t.includes('Portugal'))).to.equal(true);
    expect(rows.some((t) => t.includes('Spain'))).to.equal(true);
  });

  it('keeps what the visitor typed when React re-renders with an equal inline profile, and reports the change', async () => {
    const el = byId<VisaEligibility>('react-eligibility');
    await settle(el);
    expect(el.profile.monthlyIncome).to.deep.equal({ amount: 3500, currency: 'EUR' });
    const income = el.shadowRoot!.querySelector<HTMLInputElement>('#income')!;
    income.focus();
    income.select();
    await sendKeys({ type: '4200' });
    await settle(el);
    expect(el.profile.monthlyIncome).to.deep.equal({ amount: 4200, currency: 'EUR' });
    expect(mounted.app().eligibilityChanges()).to.be.greaterThan(0);
    mounted.app().rerender();
    mounted.app().rerender();
    await settle(el);
    expect(mounted.container().querySelector('[data-renders]')!.getAttribute('data-renders')).to.equal('2');
    expect(income.value).to.equal('4200');
    expect(el.profile.monthlyIncome).to.deep.equal({ amount: 4200, currency: 'EUR' });
  });

  it("calls the app's onvisa-compare-change", async () => {
    const compare = byId<VisaCompare>('react-compare');
    await settle(compare);
    const remove = compare.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove"]')!;
    remove.click();
    await settle(compare);
    expect(mounted.app().compareChanges.length).to.equal(1);
    expect(mounted.app().compareChanges[0].length).to.be.lessThan(3);
  });
});

/**
 * The widgets of an app that renders `#<prefix>-eligibility` (income 3,500 as a number, children-count 2) and
 * `#<prefix>-compare` (countries as an array, a listener that records each change).
 */
function takesWhatTheFrameworkPasses(
  prefix: string,
  mounted: ReturnType<typeof mountApp<{ compareChanges: string[][]; unmount(): void }>>,
) {
  return async () => {
    const el = mounted.container().querySelector<VisaEligibility>(`#${prefix}-eligibility`)!;
    await el.updateComplete;
    expect(el.profile.children).to.equal(2);
    expect(el.profile.monthlyIncome).to.deep.equal({ amount: 3500, currency: 'EUR' });
    const compare = mounted.container().querySelector<VisaCompare>(`#${prefix}-compare`)!;
    await compare.updateComplete;
    expect(compare.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(1);
    compare.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
    await compare.updateComplete;
    expect(mounted.app().compareChanges.length).to.equal(1);
  };
}

describe('in a Vue 3.5 app', () => {
  const mounted = mountApp<{ compareChanges: string[][]; unmount(): void }>('vue/runtime.ts');
  it(
    'takes a bound number, an array and children-count, and calls the @visa-compare-change listener',
    takesWhatTheFrameworkPasses('vue', mounted),
  );

  it('reads bare boolean attributes, which Vue sets as "" properties, as yes', async () => {
    const flags = mounted.container().querySelector<VisaEligibility>('#vue-flags')!;
    await flags.updateComplete;
    expect((flags as unknown as Record<string, unknown>).spouse).to.equal('');
    expect([flags.profile.spouse, flags.profile.degree, flags.profile.itProfessional]).to.deep.equal([true, true, true]);
    const card = mounted.container().querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('#vue-card')!;
    await card.updateComplete;
    // Compact: the summary waits under "More", not in the card's header (a boolean: chai cannot print an element).
    expect(card.shadowRoot!.querySelector('header .summary') === null).to.equal(true);
    expect(card.shadowRoot!.querySelector('details[part="more"] .summary') === null).to.equal(false);
  });
});

describe('in a Svelte 5 app', () => {
  const mounted = mountApp<{ compareChanges: string[][]; unmount(): void }>('svelte/runtime.ts');
  it(
    'takes numbers, an array and children-count, and calls the onvisa-compare-change handler',
    takesWhatTheFrameworkPasses('svelte', mounted),
  );
});

describe('in an Angular app', () => {
  const mounted = mountApp<{ compareChanges: string[][]; unmount(): void }>('angular/runtime.ts');
  it(
    'takes a bound number, an array and children-count, and calls the (visa-compare-change) listener',
    takesWhatTheFrameworkPasses('angular', mounted),
  );
});
