// A Vue 3.5 app that uses the widgets as a site would (template compiled in the browser), bundled with esbuild by
// the "bundle-app" test command and driven by test/frameworks.test.ts: a bound number, a static children-count,
// bare boolean attributes (which Vue sets as "" properties) and an @visa-compare-change listener.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import 'nomad-visa-widgets';

export function mount(container: HTMLElement) {
  const compareChanges: string[][] = [];
  const renders = ref(0);
  const app = createApp({
    setup: () => ({ renders, onChange: (event: CustomEvent<{ programmes: string[] }>) => compareChanges.push(event.detail.programmes) }),
    template: `<div :data-renders="renders">
      <visa-eligibility id="vue-eligibility" programmes="hr-digital-nomad" children-count="2" :income="3500"></visa-eligibility>
      <visa-compare id="vue-compare" :countries="['pt', 'es']" @visa-compare-change="onChange"></visa-compare>
      <visa-eligibility id="vue-flags" programmes="pt-digital-nomad" spouse degree it-professional></visa-eligibility>
      <visa-card id="vue-card" programme="pt-digital-nomad" compact></visa-card>
    </div>`,
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('visa-');
  app.mount(container);
  return { rerender: () => (renders.value += 1), compareChanges, unmount: () => app.unmount() };
}
