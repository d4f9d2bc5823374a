import { css } from 'lit';
import { baseStyles } from '../../shared/base-styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      --_card-border: var(--visa-card-border, 1px solid var(--_border));
      container-type: inline-size;
    }
    .cards {
      display: grid;
      gap: var(--_space);
    }
    .card {
      border: var(--_card-border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
      padding: var(--_space);
    }
    header :is(h1, h2, h3, h4, h5, h6) {
      margin: 0 0 0.25em;
      font-size: 1.15em;
      line-height: 1.3;
    }
    header p {
      margin: 0 0 0.5em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .badge {
      border: 1px solid var(--_ink);
      color: var(--_ink);
      border-radius: 999px;
      padding: 0 0.6em;
      font-size: 0.85em;
      font-weight: 600;
    }
    .stale {
      color: var(--_muted);
      font-size: 0.9em;
      border-inline-start: 3px solid var(--_border);
      padding-inline-start: 0.5em;
    }
    .conflict-marker {
      color: var(--_warn);
      font-weight: 600;
      font-size: 0.9em;
    }
    .conflict-line {
      display: block;
      margin-top: 0.25em;
      padding-inline-start: 0.6em;
      border-inline-start: 3px solid var(--_warn);
      font-size: 0.9em;
    }
    .summary {
      color: var(--_muted);
    }
    .official {
      color: var(--_muted);
      font-size: 0.9em;
      hyphens: auto;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 0.5em;
    }
    .row {
      display: grid;
      gap: 0.1em 1em;
      padding-top: 0.5em;
      border-top: 1px solid var(--_border);
    }
    @container (min-width: 34em) {
      .row {
        grid-template-columns: 10em 1fr;
      }
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    dd ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    footer {
      margin-top: 0.75em;
      font-size: 0.85em;
      color: var(--_muted);
    }
    cite {
      font-style: normal;
    }
    .rates,
    .reviewed {
      display: block;
      margin-top: 0.25em;
    }
    .muted {
      color: var(--_muted);
    }
    ::slotted(*) {
      margin-top: var(--_space);
    }
    /* A compact card: label and value on one line where they fit; its disclosures, each a full-width row to tap. */
    .compact > dl .row {
      grid-template-columns: minmax(0, 6.5em) 1fr;
      padding-top: 0.35em;
    }
    .compact > dl {
      gap: 0.35em;
    }
    .as-of {
      margin: 0.5em 0 0;
      font-size: 0.85em;
    }
    details {
      margin-top: 0.5em;
      border-top: 1px solid var(--_border);
    }
    details > summary {
      min-height: 44px;
      display: flex;
      align-items: center;
      gap: 0.3em;
      font-weight: 600;
      cursor: pointer;
    }
    details > summary::before {
      content: '▸' / '';
      color: var(--_muted);
    }
    details[open] > summary::before {
      content: '▾' / '';
    }
    details > summary::-webkit-details-marker {
      display: none;
    }
    details > summary {
      list-style: none;
    }
    .disagree > summary {
      color: var(--_warn);
    }
    .disagree ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.2em;
      font-size: 0.9em;
    }
    .disagree li + li {
      margin-top: 0.35em;
    }
    .more > .summary {
      margin-top: 0;
    }
  `,
];
