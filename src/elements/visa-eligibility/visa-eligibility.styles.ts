import { css } from 'lit';
import { baseStyles } from '../../shared/base-styles.js';
import { fieldStyles } from '../../shared/field-styles.js';

export const styles = [
  baseStyles,
  fieldStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .layout {
      display: grid;
      /* One column never wider than the widget, whatever a select's longest option. */
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    /* One column: the counts stay at the bottom of the screen while the questions are in view. */
    .jump {
      position: sticky;
      bottom: 0;
      z-index: 1;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75em;
      padding: 0.5em calc(var(--_space) * 0.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_opaque);
      box-shadow: 0 -2px 8px rgb(0 0 0 / 0.12);
      font-size: 0.925em;
    }
    /* A control the keyboard moves to is scrolled clear of the counts bar (which is about 4em tall, more when it
       wraps), not under it; side by side there is no bar and nothing to clear. */
    form :is(input, select, button, summary, textarea) {
      scroll-margin-bottom: 7em;
    }
    .jump-counts {
      font-weight: 600;
      min-width: 0;
    }
    .summary:focus {
      outline: none;
    }
    .summary:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .programme-summary {
      margin: 0.2em 0 0;
      font-size: 0.925em;
    }
    /* Side by side when the widget (not the viewport) is wide enough; the form never moves as results change. */
    @container (min-width: 52em) {
      .jump {
        display: none;
      }
      form :is(input, select, button, summary, textarea) {
        scroll-margin-bottom: 0;
      }
      .layout {
        grid-template-columns: minmax(18em, 2fr) minmax(0, 3fr);
      }
      .results-panel {
        position: sticky;
        top: var(--_space);
        max-height: calc(100vh - 2 * var(--_space));
        overflow-y: auto;
      }
    }
    #title,
    #results-title {
      font-size: 1.25em;
      line-height: 1.3;
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    .group > :first-child {
      font-size: 1.05em;
      margin: 0 0 calc(var(--_space) * 0.5);
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    p {
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    .intro,
    .muted,
    .hint,
    .rate-note {
      color: var(--_muted);
    }
    .muted,
    .hint,
    .rate-note {
      font-size: 0.875em;
    }
    .rate-note {
      margin-top: var(--_space);
    }
    form > fieldset,
    details.more > fieldset {
      min-width: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75) var(--_space) calc(var(--_space) * 0.25);
      margin: 0 0 var(--_space);
      background: var(--_surface-raised);
    }
    legend {
      font-weight: 600;
      padding: 0 0.25em;
    }
    fieldset.choices {
      border: 0;
      padding: 0;
      margin: 0 0 calc(var(--_space) * 0.75);
    }
    fieldset.choices legend {
      padding: 0;
      margin-bottom: 0.25em;
      font-weight: 500;
    }
    .field {
      margin-bottom: calc(var(--_space) * 0.75);
    }
    .field > label {
      display: block;
      font-weight: 500;
      margin-bottom: 0.2em;
    }
    .hint {
      margin: 0 0 0.25em;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
    }
    .with-suffix {
      display: flex;
      gap: 0.5em;
    }
    .income-terms {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.5em;
    }
    .income-terms select {
      flex: 1 1 10em;
      width: auto;
    }
    .with-suffix select.currency {
      width: auto;
      max-width: 50%;
      flex: none;
    }
    /* The widget's own buttons, in the accent colour, at least 44 px tall. */
    .add-client,
    .jump-button {
      flex: none;
      font: inherit;
      min-height: max(2.75em, 44px);
      padding: 0 1em;
      border-radius: calc(var(--_radius) * 0.75);
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
      cursor: pointer;
    }
    .jump-button {
      font-weight: 600;
    }
    .with-suffix select:not(.currency) {
      flex: 1;
      min-width: 0;
    }
    .chips {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin: 0 0 0.4em;
      padding: 0;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      padding: 0 0 0 0.6em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
    }
    .chip .remove {
      min-width: 2.75em;
      min-height: 2.75em;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-size: 1.1em;
      cursor: pointer;
      border-radius: 999px;
    }
    details.more {
      margin: 0 0 var(--_space);
    }
    details.more > summary {
      padding: 0.75em 0;
    }
    details.more > fieldset {
      /* Children of <details> inherit through its built-in slot, which is content-box. */
      box-sizing: border-box;
    }
    .near-miss,
    .family {
      margin: 0.4em 0 0;
      font-size: 0.925em;
    }
    .near-miss {
      padding: 0.35em 0.6em;
      border-inline-start: 3px solid var(--_accent);
      background: var(--_surface);
    }
    .changes {
      margin: 0.15em 0 0;
      padding-inline-start: 1.1em;
    }
    /* One change reads as a line under its label, with no bullet. */
    .changes:has(> li:only-child) {
      list-style: none;
      padding-inline-start: 0;
    }
    .passport {
      margin: 0.15em 0 0;
      font-size: 0.875em;
    }
    input[type='text'],
    select {
      width: 100%;
    }
    .error {
      margin: 0.25em 0 0;
    }
    .summary {
      font-weight: 600;
    }
    .headline {
      margin: 0 0 var(--_space);
    }
    /* Buttons that read as links: "Answer: your savings", "Add your income after tax"; 44 px tall to tap. */
    .link-button {
      font: inherit;
      min-height: 44px;
      padding: 0 0.25em;
      margin-inline-start: -0.25em;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
      text-align: start;
    }
    /* Under its reason, on a line of its own: a 44 px target inside a line of text would spread the lines apart. */
    .reasons .link-button {
      display: flex;
      align-items: center;
      margin-inline-start: 0;
      padding: 0;
    }
    .headline .next-question {
      font-weight: 600;
    }
    .add-net {
      margin: 0.25em 0 0;
    }
    .confirm {
      margin: 0.4em 0 0;
    }
    .reviewed,
    .free-movement {
      margin: 0.4em 0 0;
      font-size: 0.925em;
    }
    .group {
      margin-bottom: var(--_space);
    }
    .dot {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      border-radius: 50%;
      flex: none;
    }
    .eligible .dot {
      background: var(--_ok);
    }
    .unknown .dot {
      background: var(--_warn);
    }
    .ineligible .dot {
      background: var(--_bad);
    }
    .count {
      color: var(--_muted);
      font-weight: 400;
    }
    ul.results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .result {
      border: 1px solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
      background: var(--_surface-raised);
      /* A result off screen is not laid out or painted again while the visitor types: each answer changes most
         of the 23, and only the few in view need the work. It keeps the last size it was drawn at. */
      content-visibility: auto;
      contain-intrinsic-size: auto 9em;
    }
    .result.eligible {
      border-inline-start-color: var(--_ok);
    }
    .result.unknown {
      border-inline-start-color: var(--_warn);
    }
    .result.ineligible {
      border-inline-start-color: var(--_bad);
    }
    .result-title {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.6em;
      align-items: baseline;
      margin-bottom: 0.25em;
    }
    /* The programme's heading reads as the bold name it was, whatever its level. */
    .result-title > :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1em;
      font-weight: 700;
      line-height: inherit;
      margin: 0;
    }
    .reasons-label {
      font-size: 0.875em;
      font-weight: 600;
      margin: 0.4em 0 0.1em;
    }
    .result ul:not(.results) {
      margin: 0;
      padding-inline-start: 1.2em;
      font-size: 0.925em;
    }
    .result li + li {
      margin-top: 0.2em;
    }
    details summary {
      cursor: pointer;
      font-size: 0.925em;
      font-weight: 600;
      color: var(--_ink);
      /* One line, 44 px tall to tap. */
      padding: max(0.25em, calc((44px - 1lh) / 2)) 0;
    }
    .key-facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.2em 0.75em;
      margin: 0.4em 0 0;
      font-size: 0.925em;
    }
    .key-facts > div {
      display: contents;
    }
    .key-facts dt {
      font-weight: 600;
    }
    .key-facts dd {
      margin: 0;
    }
    .key-facts .not-stated {
      color: var(--_muted);
      font-style: italic;
    }
    @container (max-width: 30em) {
      .key-facts {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .key-facts dd {
        margin-bottom: 0.3em;
      }
    }
    .details-link {
      margin: 0.4em 0 0;
      font-size: 0.925em;
    }
    .details-link a {
      color: var(--_ink);
    }
    .cta {
      margin-top: calc(var(--_space) * 0.75);
    }
    .empty {
      color: var(--_muted);
      font-style: italic;
    }

    /* On paper: the results, every disclosure open (see beforeprint in the element); no questions to answer. */
    @media print {
      form,
      .jump,
      .details-link {
        display: none;
      }
      .layout {
        display: block;
      }
      .results-panel {
        position: static;
        max-height: none;
        overflow: visible;
      }
      .result {
        break-inside: avoid;
      }
    }
  `,
];
