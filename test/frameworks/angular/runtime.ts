// An Angular app (standalone component, zoneless, templates compiled in the browser) that uses the widgets as a
// site would; bundled by the "bundle-app" test command and driven by test/frameworks.test.ts.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'nomad-visa-widgets';

const compareChanges: string[][] = [];

@Component({
  selector: 'visa-test-app',
  // Angular checks element names and bindings against the elements it knows: the schema lets custom elements in.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <visa-eligibility id="angular-eligibility" programmes="hr-digital-nomad" children-count="2" [income]="3500"></visa-eligibility>
    <visa-compare id="angular-compare" [countries]="countries" (visa-compare-change)="onChange($event)"></visa-compare>
  `,
})
class TestApp {
  countries = ['pt', 'es'];
  onChange(event: Event) {
    compareChanges.push((event as CustomEvent<{ programmes: string[] }>).detail.programmes);
  }
}

export async function mount(container: HTMLElement) {
  container.append(document.createElement('visa-test-app'));
  const app: ApplicationRef = await bootstrapApplication(TestApp, { providers: [provideZonelessChangeDetection()] });
  return { compareChanges, unmount: () => app.destroy() };
}
