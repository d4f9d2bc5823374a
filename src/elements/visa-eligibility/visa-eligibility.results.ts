/**
 * The results of <visa-eligibility>: three groups, each programme with its reasons in plain language, the change
 * that would open a "not eligible" one, and whether the family can come.
 */
import { separated, separator } from '../../shared/separated.js';
import { html, nothing } from 'lit';
import type { Programme } from '../../data/schema.js';
import type { EligibilityCheck, EligibilityResult, ProfileField, Verdict } from '../../eligibility/engine.js';
import type { NextQuestion } from '../../eligibility/next-questions.js';
import type { UiMessages } from '../../i18n/catalogue.js';
import type { Formatter } from '../../i18n/format.js';
import type { Locale } from '../../data/locales.js';
import type { FactMessages } from '../../i18n/catalogue.js';
import type { ProgrammeFacts } from '../../i18n/programme-facts.js';
import { heading } from '../../shared/headings.js';

export interface ResultsView {
  groups: Record<Verdict, EligibilityResult[]>;
  /** How many programmes were judged. */
  total: number;
  /** The answer that settles the most programmes left to be checked, if one does. */
  next?: NextQuestion;
  /** Moves to the form's field for this answer. */
  goToField(field: ProfileField): void;
  ui: UiMessages;
  f: Formatter;
  locale: Locale;
  programme(id: string): Programme | undefined;
  /** A programme's facts as brief text, for the key facts of an eligible result. */
  facts(programme: Programme): ProgrammeFacts;
  factMessages: FactMessages;
  /** The page with a programme's full details, from the `details-href` template; none without one. */
  detailsHref(id: string): string | undefined;
  /** True when a programme's facts are older than `stale-after` allows. */
  isStale(programme: Programme): boolean;
  /** Heading level of the groups. */
  level: number;
}

const VERDICTS: readonly Verdict[] = ['eligible', 'unknown', 'ineligible'];

/** A button that moves to the field answering `field`: "Answer: your savings". */
function answerButton(view: ResultsView, field: ProfileField, className = 'answer-field') {
  return html`<button type="button" class="link-button ${className}" part="next-question" @click=${() => view.goToField(field)}>
    ${view.ui.answerField(view.ui.fieldNames[field])}
  </button>`;
}

/** One reason; one left open for want of an answer leads to its field. */
function reason(view: ResultsView, check: EligibilityCheck) {
  return html`<li>${check.message} ${check.missing?.map((field) => answerButton(view, field)) ?? nothing}</li>`;
}

function reasons(view: ResultsView, result: EligibilityResult, status: 'unmet' | 'unknown', label: string) {
  const checks = result.checks.filter((check) => check.status === status);
  return checks.length
    ? html`<p class="reasons-label">${label}</p>
        <ul class="reasons">
          ${checks.map((check) => reason(view, check))}
        </ul>`
    : nothing;
}

/**
 * What the visitor confirms (facts only they know) and who reviews the application: neither holds the verdict
 * open. An eligible result reads "Eligible if you can confirm: …".
 */
function confirmAndReview(view: ResultsView, result: EligibilityResult) {
  const { ui } = view;
  return html`${
    result.confirm.length
      ? html`<div class="confirm" part="confirm">
          <p class="reasons-label">${result.verdict === 'eligible' ? ui.ifYouConfirm : ui.confirm}</p>
          <ul class="reasons">
            ${result.confirm.map((item) => html`<li>${item}</li>`)}
          </ul>
        </div>`
      : nothing
  }
  ${result.reviewedBy.length ? html`<p class="reviewed muted">${ui.reviewedBy} ${result.reviewedBy.join('; ')}.</p>` : nothing}`;
}

/** "What to prepare", named after its programme for screen readers: one list of results holds many. */
function toPrepare(result: EligibilityResult, ui: UiMessages, title: string) {
  if (!result.prepare.length && !result.conditions.length) return nothing;
  return html`<details part="prepare">
    <summary>${ui.prepare}<span class="visually-hidden">: ${title}</span></summary>
    ${
      result.prepare.length
        ? html`<ul>
            ${result.prepare.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : nothing
    }
    ${
      result.conditions.length
        ? html`<p class="reasons-label">${ui.whileHolding}</p>
            <ul>
              ${result.conditions.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing
    }
  </details>`;
}

/**
 * "Open to you with:" and the changes, each a sentence of its own in a list: a list item may start with a
 * capital in every language, where run-on text after the colon could not.
 */
function nearMiss(result: EligibilityResult, ui: UiMessages) {
  if (!result.nearMiss.length || !result.nearMissVerdict) return nothing;
  return html`<div class="near-miss" part="near-miss">
    <strong>${ui.nearMiss[result.nearMissVerdict]}</strong>
    <ul class="changes">
      ${result.nearMiss.map((change) => html`<li>${change.message}</li>`)}
    </ul>
  </div>`;
}

function family(result: EligibilityResult, ui: UiMessages) {
  if (!result.family) return nothing;
  return html`<p class="family ${result.family.status}" part="family"><strong>${ui.family}</strong> ${result.family.message}</p>`;
}

/** " · Sources as of 2024", and where that is older than `stale-after` allows, that it may have changed. */
function asOf(view: ResultsView, programme: Programme) {
  const date = view.ui.asOf(programme.asOf);
  const stale = view.isStale(programme) ? html`<span class="stale" part="stale">${view.factMessages.staleShort}</span>` : undefined;
  return html`${separator}${separated([date, stale])}`;
}

/**
 * What an eligible visitor asks next: the income asked against theirs, how long the permit lasts, how long it
 * takes, what it costs and who may come along. A fact the sources do not give says so.
 */
function keyFacts(view: ResultsView, result: EligibilityResult, programme: Programme) {
  const facts = view.facts(programme);
  const { labels, notStatedInSources } = view.factMessages;
  const income = result.checks.find((check) => check.requirement === 'income')?.message ?? facts.income?.text;
  const rows: [string, string | undefined][] = [
    [labels.income, income],
    [labels.validity, facts.validity?.text],
    [labels.processing, facts.processing?.text],
    [labels.fees, facts.fees?.text],
    // With a family given, the family line below answers for them.
    ...(result.family ? [] : [[labels.family, facts.family?.text] as [string, string | undefined]]),
  ];
  return html`<dl class="key-facts" part="key-facts">
    ${rows.map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd class=${value ? '' : 'not-stated'}>${value ?? notStatedInSources}</dd>
        </div>`,
    )}
  </dl>`;
}

function detailsLink(view: ResultsView, result: EligibilityResult, title: string) {
  const href = view.detailsHref(result.programme);
  return href
    ? html`<p class="details-link">
        <a part="details-link" href=${href}>${view.ui.details}<span class="visually-hidden">: ${title}</span></a>
      </p>`
    : nothing;
}

/**
 * A result's programme, its name, and the line with its name (a heading one level below its group's, so a
 * screen reader can move from programme to programme), country and as-of date.
 */
function titled(view: ResultsView, result: EligibilityResult) {
  const programme = view.programme(result.programme);
  const title = programme?.title[view.locale] ?? result.programme;
  const line = html`<div class="result-title">
    ${heading(view.level + 1, `result-${result.programme}`, title)}
    <span class="muted">${view.f.country(result.country)}${programme ? asOf(view, programme) : nothing}</span>
  </div>`;
  return { programme, title, line };
}

function item(view: ResultsView, result: EligibilityResult) {
  const { programme, title, line } = titled(view, result);
  return html`<li class="result ${result.verdict}" part="result result-${result.verdict}">
    ${line}
    ${result.citizenship ? html`<p class="muted passport">${view.ui.withPassport(view.f.country(result.citizenship))}</p>` : nothing}
    ${result.freeMovementNote ? html`<p class="muted free-movement">${result.freeMovementNote}</p>` : nothing}
    ${result.verdict === 'eligible' && programme ? keyFacts(view, result, programme) : nothing}
    ${
      result.verdict === 'ineligible'
        ? reasons(view, result, 'unmet', result.freeMovement ? view.ui.noVisaNeeded : view.ui.whyNot)
        : nothing
    }
    ${result.verdict === 'ineligible' ? nearMiss(result, view.ui) : nothing}
    ${result.verdict === 'unknown' ? reasons(view, result, 'unknown', view.ui.toCheck) : nothing}
    ${result.verdict !== 'ineligible' ? confirmAndReview(view, result) : nothing}
    ${result.verdict === 'unknown' ? nearMiss(result, view.ui) : nothing} ${family(result, view.ui)}
    ${result.verdict !== 'ineligible' ? toPrepare(result, view.ui, title) : nothing} ${detailsLink(view, result, title)}
  </li>`;
}

/** One sentence above the groups: how many programmes are open, and what the next answer would settle. */
function headline(view: ResultsView) {
  const { ui, next } = view;
  const text = ui.headline(
    { eligible: view.groups.eligible.length, total: view.total },
    next && { field: ui.fieldNames[next.field], count: next.programmes.length },
  );
  return html`<p class="headline" part="headline">${text} ${next ? answerButton(view, next.field, 'next-question') : nothing}</p>`;
}

export function renderResults(view: ResultsView) {
  const { ui, groups } = view;
  // The site's call to action, once: under the programmes open to the visitor, else under those to be checked,
  // else under the rest (when nothing is open, advice is most needed).
  const ctaAfter = groups.eligible.length ? 'eligible' : groups.unknown.length ? 'unknown' : 'ineligible';
  return html`${headline(view)}${VERDICTS.map((key) => {
    const results = groups[key];
    const title = html`<span class="dot" aria-hidden="true"></span>${ui.groups[key]} <span class="count">(${results.length})</span>`;
    // A plain section (no name, so not a landmark): its heading leads to it.
    return html`<section class="group ${key}" part="group group-${key}">
      ${heading(view.level, `group-${key}`, title)}
      ${
        results.length
          ? html`<ul class="results" role="list">
              ${results.map((result) => item(view, result))}
            </ul>`
          : html`<p class="empty">${ui.groupEmpty[key]}</p>`
      }
      ${key === ctaAfter ? html`<div class="cta" part="cta"><slot name="cta"></slot></div>` : nothing}
    </section>`;
  })}`;
}

/** Before the first answer: each programme once, without a verdict, so nothing reads "you did not give …". */
export function renderProgrammes(view: ResultsView, results: readonly EligibilityResult[]) {
  const { ui } = view;
  return html`<section class="group neutral" part="group">
    ${heading(view.level, 'group-all', html`${ui.programmes} <span class="count">(${results.length})</span>`)}
    <ul class="results" role="list">
      ${results.map((result) => {
        const { programme, title, line } = titled(view, result);
        return html`<li class="result" part="result">
          ${line} ${programme ? html`<p class="programme-summary">${programme.summary[view.locale]}</p>` : nothing}
          ${detailsLink(view, result, title)}
        </li>`;
      })}
    </ul>
    <div class="cta" part="cta"><slot name="cta"></slot></div>
  </section>`;
}
