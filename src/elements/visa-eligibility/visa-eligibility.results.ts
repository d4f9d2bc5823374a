/** The results of <visa-eligibility>: three groups, each programme with its reasons in plain language. */
import { html, nothing } from 'lit';
import type { Programme } from '../../data/schema.js';
import type { EligibilityResult, Verdict } from '../../eligibility/engine.js';
import type { UiMessages } from '../../i18n/catalogue.js';
import type { Formatter } from '../../i18n/format.js';
import type { Locale } from '../../data/locales.js';

export interface ResultsView {
  groups: Record<Verdict, EligibilityResult[]>;
  ui: UiMessages;
  f: Formatter;
  locale: Locale;
  programme(id: string): Programme | undefined;
}

const ORDER: { verdict: Verdict; key: 'eligible' | 'unknown' | 'ineligible' }[] = [
  { verdict: 'eligible', key: 'eligible' },
  { verdict: 'unknown', key: 'unknown' },
  { verdict: 'ineligible', key: 'ineligible' },
];

function reasons(result: EligibilityResult, status: 'unmet' | 'unknown', label: string) {
  const checks = result.checks.filter((check) => check.status === status);
  return checks.length
    ? html`<p class="reasons-label">${label}</p>
        <ul class="reasons">
          ${checks.map((check) => html`<li>${check.message}</li>`)}
        </ul>`
    : nothing;
}

function toPrepare(result: EligibilityResult, ui: UiMessages) {
  if (!result.prepare.length && !result.conditions.length) return nothing;
  return html`<details part="prepare">
    <summary>${ui.prepare}</summary>
    ${result.prepare.length ? html`<ul>${result.prepare.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    ${result.conditions.length
      ? html`<p class="reasons-label">${ui.confirm}</p>
          <ul>
            ${result.conditions.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing}
  </details>`;
}

function item(view: ResultsView, result: EligibilityResult) {
  const programme = view.programme(result.programme);
  const title = programme?.title[view.locale] ?? result.programme;
  return html`<li class="result ${result.verdict}" part="result result-${result.verdict}">
    <p class="result-title">
      <strong>${title}</strong>
      <span class="muted">${view.f.country(result.country)}${programme ? html` · ${view.ui.asOf(programme.asOf)}` : nothing}</span>
    </p>
    ${result.verdict === 'ineligible' ? reasons(result, 'unmet', view.ui.whyNot) : nothing}
    ${result.verdict === 'unknown' ? reasons(result, 'unknown', view.ui.toCheck) : nothing}
    ${result.verdict !== 'ineligible' ? toPrepare(result, view.ui) : nothing}
  </li>`;
}

export function renderResults(view: ResultsView) {
  const { ui, groups } = view;
  return ORDER.map(({ verdict, key }) => {
    const results = groups[verdict];
    return html`<section class="group ${key}" part="group group-${key}" aria-labelledby="group-${key}">
      <h3 id="group-${key}"><span class="dot" aria-hidden="true"></span>${ui.groups[key]} <span class="count">(${results.length})</span></h3>
      ${results.length
        ? html`<ul class="results" role="list">
            ${results.map((result) => item(view, result))}
          </ul>`
        : html`<p class="empty">${ui.groupEmpty[key]}</p>`}
    </section>`;
  });
}
