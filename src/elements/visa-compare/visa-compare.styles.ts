import { css } from 'lit';
import { baseStyles } from '../../shared/base-styles.js';
import { fieldStyles } from '../../shared/field-styles.js';

export const styles = [
  baseStyles,
  fieldStyles,
  css`
    :host {
      /* No inner scroll box unless the site asks for one: the page scrolls, and every row is in it. */
      --_max-height: var(--visa-compare-max-height, none);
      /* Sticky cells need an opaque background: the raised surface if the site sets one, else one derived from
         the text colour (a page's dark background is not visible from here, but its light text is). */
      --_sticky: var(--visa-surface-raised, color-mix(in srgb, var(--_text) 4%, var(--_opaque)));
      container-type: inline-size;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-end;
      margin-bottom: var(--_space);
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      align-items: flex-end;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
      margin: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25em;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.2em;
    }
    .field label {
      font-weight: 500;
      font-size: 0.9em;
    }
    .hint,
    .muted {
      color: var(--_muted);
      font-size: 0.85em;
    }
    .choice {
      display: flex;
      gap: 0.5em;
      align-items: center;
      min-height: 44px;
    }
    details.filters > summary {
      min-height: 44px;
      display: flex;
      align-items: center;
      gap: 0.3em;
      font-weight: 600;
      cursor: pointer;
    }
    details.filters[open] > summary {
      margin-bottom: 0.5em;
    }
    .added-note {
      margin: 0.4em 0 0;
      font-size: 0.9em;
    }
    /* The row just added: tinted until the next action. */
    tr.added > * {
      --_tint: color-mix(in srgb, var(--_accent) 12%, transparent);
      background-image: linear-gradient(var(--_tint), var(--_tint));
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.35em 0.9em;
      border-radius: calc(var(--_radius) * 0.75);
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: inherit;
      border-color: var(--_border);
    }
    .add {
      flex: 1 1 18em;
      min-width: 0;
      max-width: 100%;
    }
    .inline {
      display: flex;
      gap: 0.5em;
      flex-wrap: wrap;
    }
    .inline select {
      min-width: 0;
      width: 100%;
      flex: 1 1 12em;
    }
    .frame {
      position: relative;
    }
    .scroller {
      overflow: auto;
      max-height: var(--_max-height);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* Where the table is cut (a max height, or more columns than fit), a shade at that edge says there is more. */
    .edge {
      position: absolute;
      pointer-events: none;
      opacity: 0;
      transition: opacity 0.15s;
      --_shade: color-mix(in srgb, var(--_text) 30%, transparent);
    }
    .edge-right {
      top: 1px;
      bottom: 1px;
      right: 1px;
      width: 1.25em;
      background: linear-gradient(to left, var(--_shade), transparent);
    }
    .edge-bottom {
      left: 1px;
      right: 1px;
      bottom: 1px;
      height: 1.25em;
      background: linear-gradient(to top, var(--_shade), transparent);
    }
    .frame[data-more~='right'] .edge-right,
    .frame[data-more~='bottom'] .edge-bottom {
      opacity: 1;
    }
    table {
      border-collapse: separate;
      border-spacing: 0;
      width: 100%;
      font-size: 0.925em;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding: 0.5em 0.75em;
    }
    th,
    td {
      padding: 0.5em 0.6em;
      text-align: start;
      vertical-align: top;
      border-top: 1px solid var(--_border);
      min-width: 7.5em;
    }
    /* Long compounds ("Aufenthaltsgenehmigung", "Lebenshaltungskosten") hyphenate where the browser knows the language's rules. */
    td,
    thead th {
      hyphens: auto;
    }
    thead th {
      position: sticky;
      top: 0;
      z-index: 2;
      background: var(--_sticky);
      border-top: 0;
      border-bottom: 2px solid var(--_border);
    }
    th[scope='row'],
    thead th:first-child {
      position: sticky;
      left: 0;
      z-index: 1;
      background: var(--_sticky);
      min-width: 10em;
      max-width: 13em;
    }
    thead th:first-child {
      z-index: 3;
    }
    :host([theme]) thead th,
    :host([theme]) th[scope='row'] {
      --_sticky: var(--_surface-raised);
      background: var(--_surface);
      background-image: linear-gradient(var(--_surface-raised), var(--_surface-raised));
    }
    th[scope='row'] .name {
      display: block;
      font-weight: 600;
    }
    th[part~='header'] button {
      background: transparent;
      color: inherit;
      /* Transparent, not none: forced colours draw it, so the buttons keep an edge there. */
      border: 1px solid transparent;
      padding: 0.2em 0.3em;
      min-height: 2.25em;
      font-weight: 600;
      display: inline-flex;
      gap: 0.35em;
      align-items: center;
    }
    .arrow {
      color: var(--_muted);
      font-size: 0.8em;
    }
    [aria-sort='ascending'] .arrow,
    [aria-sort='descending'] .arrow {
      color: var(--_ink);
    }
    .remove {
      background: transparent;
      color: var(--_muted);
      border: 1px solid var(--_border);
      min-height: 44px;
      min-width: 44px;
      padding: 0;
      margin-top: 0.25em;
      line-height: 1;
      font-size: 1.1em;
    }
    .badge {
      display: inline-block;
      margin-inline-start: 0.4em;
      padding: 0 0.45em;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_accent-text);
      font-size: 0.75em;
      font-weight: 700;
      vertical-align: 0.1em;
    }
    .conflict {
      display: block;
      margin-top: 0.3em;
      font-size: 0.85em;
      color: var(--_text);
      border-inline-start: 3px solid var(--_warn);
      padding-inline-start: 0.5em;
    }
    .empty {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .footnotes {
      margin-top: var(--_space);
      font-size: 0.85em;
      color: var(--_muted);
    }
    #footnotes-title {
      font-size: 1em;
      margin: 0 0 0.25em;
      color: var(--_text);
    }
    .footnotes ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    cite {
      font-style: normal;
    }

    /*
     * Narrow container: one block per programme, each value under its column's name; the sort buttons stay.
     * Measured in px, the container's own width: in em it would follow the host's font (17 px text made a 680 px
     * blog column "narrow"), in rem a site's root size (62.5 % made it 300 px).
     */
    @container (max-width: 480px) {
      .frame:not(.by-programme) .scroller {
        overflow: visible;
        max-height: none;
        border: 0;
      }
      .frame:not(.by-programme) table,
      .frame:not(.by-programme) tbody,
      .frame:not(.by-programme) tr,
      .frame:not(.by-programme) td,
      .frame:not(.by-programme) th[scope='row'],
      .frame:not(.by-programme) caption {
        display: block;
        width: auto;
        min-width: 0;
        max-width: none;
      }
      .frame:not(.by-programme) thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        padding: 0.25em 0;
      }
      .frame:not(.by-programme) thead th {
        position: static;
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0 0.25em;
        min-width: 0;
        background: transparent;
      }
      /* Hidden from sight only: a screen reader still finds a column header for every cell of a row. */
      .frame:not(.by-programme) thead th:not([aria-sort]) {
        position: absolute;
        width: 1px;
        height: 1px;
        padding: 0;
        margin: -1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
        border: 0;
      }
      /* Sort chips are tapped: 44 px tall. */
      .frame:not(.by-programme) th[part~='header'] button {
        min-height: 44px;
        padding: 0 0.6em;
      }
      .frame:not(.by-programme) tbody tr {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-top: calc(var(--_space) * 0.75);
        overflow: hidden;
      }
      .frame:not(.by-programme) th[scope='row'] {
        position: static;
        border-top: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25em 0.5em;
        background: var(--_surface-raised);
      }
      .frame:not(.by-programme) th[scope='row'] .remove {
        margin-inline-start: auto;
      }
      /* Drawn for the eye; the cell's column header already says it to a screen reader (empty alternative text). */
      .frame:not(.by-programme) td::before {
        content: attr(data-label) / '';
        display: block;
        font-weight: 600;
        font-size: 0.85em;
        color: var(--_muted);
      }
    }

    /* A few programmes in a narrow container: a column each, the fields' names as the sticky first column. */
    .by-programme th[scope='row'] {
      min-width: 6em;
      max-width: 8.5em;
      font-weight: 600;
    }
    .by-programme td,
    .by-programme thead th {
      min-width: 6.5em;
    }
    .by-programme .corner {
      position: sticky;
      left: 0;
      top: 0;
      z-index: 3;
      background: var(--_sticky);
      border-bottom: 2px solid var(--_border);
    }
    .by-programme thead th .name {
      display: block;
    }
    /* Tapped on a phone: 44 px tall. */
    .by-programme th[part~='header'] button {
      min-height: 44px;
    }
    .by-programme .added {
      --_tint: color-mix(in srgb, var(--_accent) 12%, transparent);
      background-image: linear-gradient(var(--_tint), var(--_tint));
    }

    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin-block: 0.75em;
    }
    .pager [aria-disabled='true'] {
      opacity: 0.55;
      cursor: default;
    }
    .share {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    .copy-by-hand {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      align-items: center;
      font-size: 0.9em;
    }

    /* On paper: the table and its sources, whole; nothing to press. */
    @media print {
      .controls,
      .remove,
      .arrow,
      .edge,
      .pager,
      .share {
        display: none;
      }
      .scroller {
        overflow: visible;
        max-height: none;
        border: 0;
      }
      thead th,
      thead th:first-child,
      th[scope='row'] {
        position: static;
      }
      tr {
        break-inside: avoid;
      }
      .badge {
        background: none;
        color: inherit;
        border: 1px solid currentColor;
      }
    }
  `,
];
