// A React 19 app that uses the widgets as a site would, bundled with esbuild by the "bundle" test command and
// driven by test/frameworks.test.ts in the browser: properties with numbers and arrays, an inline profile object
// re-applied on every render, children-count, and onvisa-* listeners.
import type {} from 'nomad-visa-widgets/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'nomad-visa-widgets';

export interface Handles {
  /** Re-renders the app with a new counter (the inline profile object is new each time). */
  rerender(): void;
  /** Every programme list the comparison reported. */
  compareChanges: string[][];
  /** How many change events the eligibility form reported. */
  eligibilityChanges(): number;
  unmount(): void;
}

export function mount(container: HTMLElement): Handles {
  const compareChanges: string[][] = [];
  let eligibilityChanges = 0;
  let bump: () => void = () => {};
  function App() {
    const [count, setCount] = useState(0);
    bump = () => setCount((n) => n + 1);
    return (
      <div data-renders={count}>
        <visa-eligibility
          id="react-eligibility"
          programmes={['pt-digital-nomad', 'hr-digital-nomad']}
          profile={{ citizenship: 'us', monthlyIncome: { amount: 3500, currency: 'EUR' } }}
          children-count={2}
          onvisa-eligibility-change={() => (eligibilityChanges += 1)}
        />
        <visa-eligibility id="react-numbers" income={3500} childrenCount={1} />
        <visa-compare
          id="react-compare"
          countries={['pt', 'es']}
          onvisa-compare-change={(event) => compareChanges.push(event.detail.programmes)}
        />
      </div>
    );
  }
  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  return {
    rerender: () => flushSync(() => bump()),
    compareChanges,
    eligibilityChanges: () => eligibilityChanges,
    unmount: () => root.unmount(),
  };
}
