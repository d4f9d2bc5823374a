/**
 * The table of <visa-compare> and its footnotes, as templates of a view: a row per programme and a column per
 * field, or with a few programmes in a narrow container, a column per programme. The element derives the view
 * and handles what the buttons do.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DisplayCurrency } from '../../data/amounts.js';
import type { DataSource } from '../../data/data-source.js';
import type { Locale } from '../../data/locales.js';
import type { Programme, Source } from '../../data/schema.js';
import { formatter } from '../../i18n/format.js';
import { messages } from '../../i18n/messages/index.js';
import { formatPartialDate, rateNote, type FactText, type ProgrammeFacts } from '../../i18n/programme-facts.js';
import { heading } from '../../shared/headings.js';
import { separated } from '../../shared/separated.js';
import { citation } from '../../shared/source-citation.js';
import {
  isNumericField,
  isRestricted,
  type BestValues,
  type CompareField,
  type NumericField,
  type Row,
  type Sort,
} from './compare-model.js';

/** What a comparison shows, derived from the selection, sort, filters, language and currency. */
export interface CompareView {
  rows: Row[];
  /** The columns drawn, and those left out: stated by no programme shown, or (differences only) the same for all. */
  columns: { shown: CompareField[]; unstated: CompareField[]; alike: CompareField[] };
  best: BestValues;
  /** Selected programmes the filters hide. */
  hidden: number;
  addable: Programme[];
  invalidMax: boolean;
  sources: Source[];
}

export interface TableView {
  view: CompareView;
  locale: Locale;
  source: DataSource;
  /** Also show amounts in this currency (see rateNote). */
  displayCurrency: DisplayCurrency;
  /** The level of the footnotes' heading. */
  level: number;
  sort: Sort | undefined;
  /** The programme just added: marked until the next action. */
  lastAdded: string | undefined;
  /** Rows have a remove button (not with controls="none"). */
  removable: boolean;
  briefFacts(programme: Programme): ProgrammeFacts;
  isStale(programme: Programme): boolean;
  onSort(field: NumericField): void;
  onRemove(id: string, title: string): void;
}

/** A field's text for one programme: its brief fact, and for tax, every tax note in one cell. */
export function cellText(facts: ProgrammeFacts, programme: Programme, field: CompareField): FactText | undefined {
  if (field === 'tax')
    return programme.tax.length ? { text: facts.tax.map((t) => t.text).join(' '), conflicts: [], sources: [] } : undefined;
  return facts[field];
}

/** A programme's name, country, age note and remove button: its row header, or with few, its column header. */
function programmeName(v: TableView, programme: Programme) {
  const { compare: c, facts: labels } = messages(v.locale);
  const title = programme.title[v.locale];
  return html`<span class="name" id=${`name-${programme.id}`}>${title}</span>
    <span class="muted">${formatter(v.locale).country(programme.country)}</span>
    ${
      v.isStale(programme)
        ? html`<span class="muted stale" part="stale"
            >${separated([labels.asOf(formatPartialDate(v.locale, programme.asOf)), labels.staleShort])}</span
          >`
        : nothing
    }
    ${
      v.removable
        ? html`<button
            type="button"
            part="remove"
            class="remove"
            aria-label=${c.remove(title)}
            @click=${() => v.onRemove(programme.id, title)}
          >
            ×
          </button>`
        : nothing
    }`;
}

/** A field's header: its label, and for a number its sort button. `scope` is col in a table, row with few programmes. */
function fieldHeader(v: TableView, field: CompareField, scope: 'col' | 'row') {
  const { compare: c, facts: labels } = messages(v.locale);
  const label = labels.labels[field];
  const role = scope === 'col' ? 'columnheader' : 'rowheader';
  if (!isNumericField(field)) return html`<th scope=${scope} role=${role} part="header">${label}</th>`;
  const sorted = v.sort?.field === field ? v.sort.direction : undefined;
  return html`<th scope=${scope} role=${role} part="header" aria-sort=${sorted ?? 'none'}>
    <button type="button" part="sort" @click=${() => v.onSort(field)} title=${c.sortBy(label)}>
      ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

/** One programme's value of one field, with its "best" badge and the other sources' values. */
function cell(v: TableView, row: Row, field: CompareField) {
  const { compare: c, facts: labels } = messages(v.locale);
  const { programme } = row;
  const fact = cellText(v.briefFacts(programme), programme, field);
  const isBest = v.view.best(row, field);
  const added = programme.id === v.lastAdded ? ' added' : '';
  return html`<td
    role="cell"
    part=${isBest ? 'cell best' : 'cell'}
    class=${(isBest ? 'best' : '') + added}
    data-label=${labels.labels[field]}
  >
    ${
      fact
        ? fact.text
        : // A quiet dash for the eye, the words for a screen reader.
          html`<span class="muted" part="not-stated"
            ><span aria-hidden="true">–</span><span class="visually-hidden">${labels.notStated}</span></span
          >`
    }
    ${
      isBest
        ? // A mark that reads as one: a star and the word, not a coloured column edge.
          html`<span class="badge" part="badge"><span aria-hidden="true">★ </span>${c.best}</span>`
        : nothing
    }
    ${fact?.conflicts.map((line) => html`<span class="conflict" part="conflict"><span aria-hidden="true">⚠ </span>${line}</span>`)}
  </td>`;
}

/** One programme's row; a view's rows are drawn once (guard), the steps of a long table only add rows. */
function row(v: TableView, row: Row) {
  const { programme } = row;
  return html`<tr role="row" part="row" data-programme=${programme.id} class=${programme.id === v.lastAdded ? 'added' : ''}>
    <th scope="row" role="rowheader" part="row-header" aria-labelledby=${`name-${programme.id}`}>${programmeName(v, programme)}</th>
    ${v.view.columns.shown.map((field) => cell(v, row, field))}
  </tr>`;
}

/** The usual table: a row per programme (those drawn so far), a column per field. */
export function renderByField(v: TableView, drawn: readonly Row[]) {
  const { compare: c } = messages(v.locale);
  return html`<thead role="rowgroup">
      <tr role="row">
        <th scope="col" role="columnheader" part="header">${c.programme}</th>
        ${v.view.columns.shown.map((field) => fieldHeader(v, field, 'col'))}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${drawn.map((r) => guard([v.view, r], () => row(v, r)))}
    </tbody>`;
}

/** A few programmes in a narrow column: a column per programme, a row per field, as product comparisons do. */
export function renderByProgramme(v: TableView) {
  const { compare: c } = messages(v.locale);
  const { rows } = v.view;
  return html`<thead role="rowgroup">
      <tr role="row">
        <td class="corner"><span class="visually-hidden">${c.programme}</span></td>
        ${rows.map(
          ({ programme }) =>
            html`<th
              scope="col"
              role="columnheader"
              part="row-header"
              data-programme=${programme.id}
              class=${programme.id === v.lastAdded ? 'added' : ''}
              aria-labelledby=${`name-${programme.id}`}
            >
              ${programmeName(v, programme)}
            </th>`,
        )}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${v.view.columns.shown.map(
        (field) =>
          html`<tr role="row" part="row">
            ${fieldHeader(v, field, 'row')} ${rows.map((r) => cell(v, r, field))}
          </tr>`,
      )}
    </tbody>`;
}

/**
 * Sources, the review date, programmes with conflicting sources, what "best" compares, and the rates used. The
 * conflicts and rates are those of the rows on the page (`paged`), which are described already: describing
 * hundreds of programmes more would hold the page.
 */
export function renderFootnotes(v: TableView, paged: readonly Row[]) {
  const { compare: c, facts: labels } = messages(v.locale);
  const f = formatter(v.locale);
  const { dataset } = v.source;
  const { rows, columns } = v.view;
  const programmes = paged.map((r) => r.programme);
  const rates = rateNote(dataset, programmes, v.displayCurrency, v.locale);
  const hasConflict = (described: ProgrammeFacts) => Object.values(described).some((x) => x && !Array.isArray(x) && x.conflicts.length);
  const conflicted = programmes.filter((programme) => hasConflict(v.briefFacts(programme)));
  const named = (fields: CompareField[]) => f.list(fields.map((field) => labels.labels[field]));
  return html`<section class="footnotes" part="footnotes" aria-labelledby="footnotes-title">
    ${heading(v.level, 'footnotes-title', c.footnotes)}
    <ul>
      ${v.view.sources.map((s) => html`<li>${citation(s, v.locale)}</li>`)}
      ${dataset.reviewed ? html`<li>${labels.reviewed(formatPartialDate(v.locale, dataset.reviewed))}</li>` : nothing}
      ${conflicted.map((programme) => html`<li>${c.conflictsIn(programme.title[v.locale])}</li>`)}
      ${columns.unstated.length ? html`<li>${c.notStatedFields(named(columns.unstated))}</li>` : nothing}
      ${columns.alike.length ? html`<li>${c.alikeFields(named(columns.alike))}</li>` : nothing}
      ${
        columns.shown.some(isNumericField)
          ? html`<li class="best-note">
              ${c.bestNote(f.list(rows.flatMap(({ programme }) => (isRestricted(programme) ? [programme.title[v.locale]] : []))))}
            </li>`
          : nothing
      }
      ${rates ? html`<li>${rates}</li>` : nothing}
    </ul>
  </section>`;
}
