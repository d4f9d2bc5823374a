import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isCountryCode } from '../../data/iso-countries.js';
import type { Programme } from '../../data/schema.js';
import { parseAmount } from '../../eligibility/answers.js';
import { formatter } from '../../i18n/format.js';
import { messages } from '../../i18n/messages/index.js';
import { describeProgramme, formatPartialDate, programmeNumbers, type FactText, type ProgrammeFacts } from '../../i18n/programme-facts.js';
import { splitList, type AttributeProblem } from '../../shared/attribute-problems.js';
import type { DataSource } from '../../shared/data-source.js';
import { defineElement } from '../../shared/define.js';
import { VisaElement } from '../../shared/visa-element.js';
import { VisaCompareChangeEvent } from '../../shared/events.js';
import { factContext, readDisplayCurrency } from '../../shared/fact-context.js';
import { readTheme } from '../../shared/theme.js';
import {
  applyFilters, applySort, bestValues, COMPARE_FIELDS, DEFAULT_FIELDS, isNumericField, NO_FILTERS, readHash, writeHash,
  type CompareField, type Filters, type Region, type Row, type Sort,
} from './compare-model.js';
import { styles } from './visa-compare.styles.js';

/**
 * A comparison table of visa programmes: add and remove programmes, sort by any numeric column, filter,
 * see the best value of each column highlighted, and read the sources, as-of dates and conflicts below.
 * In a narrow container (not viewport) it turns into one block per programme that reads well at 320 px.
 *
 * @tag visa-compare
 * @summary Compare digital-nomad and remote-work visas side by side.
 *
 * @attr countries - Programmes of these countries: comma-separated ISO codes, e.g. "pt,es,hr".
 * @attr programmes - These programme ids. With neither attribute, every programme is shown.
 * @attr fields - Columns, comma-separated: income, savings, validity, family, processing, fees, tax, cost, nationality, application, employment. Default: income,validity,family,processing,fees,tax,cost.
 * @attr sync-url - Keep the selection, sort and filters in the URL hash so a comparison can be shared (boolean).
 * @attr lang - en, de or ru. Default: the closest ancestor's lang, then the document's, then en.
 * @attr currency - Converted amounts in EUR (default) or USD, marked ≈; "local" shows only the original.
 * @attr theme - light, dark or auto (follows the system). Default: inherit the page's colours.
 *
 * @fires visa-compare-change - When the visitor adds, removes, sorts or filters. `detail: { programmes, sort, filters }`.
 *
 * @csspart base - Everything inside the widget.
 * @csspart controls - Filters and the "add a programme" control.
 * @csspart table - The comparison table.
 * @csspart header - A column header.
 * @csspart sort - A column's sort button.
 * @csspart row - A programme's row.
 * @csspart row-header - The programme name cell.
 * @csspart cell - A value cell.
 * @csspart best - A cell holding the best value of its column (also `cell`).
 * @csspart badge - The "best" badge.
 * @csspart conflict - A "sources disagree" line.
 * @csspart remove - A row's remove button.
 * @csspart footnotes - Sources, as-of dates and conflicts.
 * @csspart notice - The message shown for a bad attribute.
 *
 * @cssprop --visa-accent - Accent colour (buttons, best values).
 * @cssprop --visa-accent-text - Text on the accent colour.
 * @cssprop --visa-text - Text colour.
 * @cssprop --visa-muted - Secondary text.
 * @cssprop --visa-surface - Background.
 * @cssprop --visa-surface-raised - Header and sticky column background.
 * @cssprop --visa-border - Borders.
 * @cssprop --visa-radius - Corner radius.
 * @cssprop --visa-font - Font.
 * @cssprop --visa-space - Spacing.
 * @cssprop --visa-font-size - Base text size. Default: medium (the visitor's own default).
 * @cssprop --visa-focus - Focus ring.
 * @cssprop --visa-warn - Colour of the "sources disagree" marker.
 * @cssprop --visa-compare-max-height - Height after which the table scrolls with a sticky header (default 80vh).
 */
export class VisaCompare extends VisaElement {
  static override styles = styles;

  @property() accessor countries: string | undefined;
  @property() accessor programmes: string | undefined;
  @property() accessor fields: string | undefined;
  @property({ type: Boolean, attribute: 'sync-url' }) accessor syncUrl = false;
  @property() accessor currency: string | undefined;
  @property({ reflect: true }) accessor theme: string | undefined;

  @state() private accessor selected: string[] = [];
  @state() private accessor sort: Sort | undefined;
  @state() private accessor filters: Filters = { ...NO_FILTERS };
  @state() private accessor maxIncomeText = '';

  private columns: CompareField[] = DEFAULT_FIELDS;
  private describedFor?: { source: DataSource; key: string; facts: Map<string, ProgrammeFacts> };
  private readonly onHashChange = () => this.applyHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The hash keys of this widget: its id, or "compare". */
  private get hashKey(): string {
    return this.id || 'compare';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    const newData = changed.has('provided') && changed.get('provided')?.source !== this.provided?.source;
    if (first || newData || changed.has('programmes') || changed.has('countries') || changed.has('fields') || changed.has('currency') || changed.has('theme')) {
      const problems: AttributeProblem[] = [];
      if (first || newData || changed.has('programmes') || changed.has('countries')) this.selected = this.readSelection(problems);
      this.columns = this.readFields(problems);
      if (!readDisplayCurrency(this.displayCurrencyAttribute).ok) problems.push({ attribute: 'currency', value: this.displayCurrencyAttribute!, reason: 'unknownCurrency' });
      if (!readTheme(this.theme).ok) problems.push({ attribute: 'theme', value: this.theme!, reason: 'unknownTheme' });
      this.reportProblems(problems);
    }
    if ((first || changed.has('syncUrl')) && this.syncUrl) this.applyHash();
  }

  private get displayCurrencyAttribute(): string | undefined {
    return this.currency ?? this.provided?.currency;
  }

  private readSelection(problems: AttributeProblem[]): string[] {
    const { getProgramme, programmes: allProgrammes } = this.source;
    let ids = allProgrammes.map((p) => p.id);
    if (this.programmes !== undefined) {
      const listed = splitList(this.programmes);
      for (const id of listed) if (!getProgramme(id)) problems.push({ attribute: 'programmes', value: id, reason: 'unknownProgramme' });
      ids = listed.filter((id) => getProgramme(id));
    }
    if (this.countries !== undefined) {
      const codes = splitList(this.countries).map((c) => c.toLowerCase());
      for (const code of codes) if (!isCountryCode(code)) problems.push({ attribute: 'countries', value: code, reason: 'unknownCountry' });
      const fromCountries = allProgrammes.filter((p) => codes.includes(p.country)).map((p) => p.id);
      ids = this.programmes !== undefined ? [...new Set([...ids, ...fromCountries])] : fromCountries;
    }
    if (!ids.length && (this.programmes !== undefined || this.countries !== undefined)) {
      const attribute = this.programmes !== undefined ? 'programmes' : 'countries';
      problems.push({ attribute, value: this.getAttribute(attribute) ?? '', reason: 'nothingSelected' });
      return allProgrammes.map((p) => p.id);
    }
    return ids;
  }

  private readFields(problems: AttributeProblem[]): CompareField[] {
    if (this.fields === undefined) return DEFAULT_FIELDS;
    const listed = splitList(this.fields).map((f) => f.toLowerCase());
    for (const field of listed) if (!(COMPARE_FIELDS as readonly string[]).includes(field)) problems.push({ attribute: 'fields', value: field, reason: 'unknownField' });
    const valid = listed.filter((f): f is CompareField => (COMPARE_FIELDS as readonly string[]).includes(f));
    return valid.length ? [...new Set(valid)] : DEFAULT_FIELDS;
  }

  private applyHash(): void {
    if (!this.syncUrl) return;
    const state = readHash(location.hash, this.hashKey);
    if (!state) return;
    if (state.programmes) {
      const valid = state.programmes.filter((id) => this.source.getProgramme(id));
      if (valid.length) this.selected = valid;
    }
    this.sort = state.sort;
    this.filters = state.filters;
    this.maxIncomeText = state.filters.maxIncome === undefined ? '' : String(state.filters.maxIncome);
  }

  /** After a visitor's action: tell the page, and keep the URL in step when asked to. */
  private changed(): void {
    if (this.syncUrl) {
      const hash = writeHash(location.hash, this.hashKey, { programmes: this.selected, sort: this.sort, filters: this.filters });
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
    this.dispatchEvent(new VisaCompareChangeEvent({ programmes: [...this.selected], sort: this.sort && { ...this.sort }, filters: { ...this.filters } }));
  }

  private toggleSort(field: Sort['field']): void {
    const ascendingFirst = field !== 'validity'; // longer validity is better: show it first
    const first: Sort['direction'] = ascendingFirst ? 'ascending' : 'descending';
    const flipped: Sort['direction'] = ascendingFirst ? 'descending' : 'ascending';
    this.sort = this.sort?.field === field ? { field, direction: this.sort.direction === first ? flipped : first } : { field, direction: first };
    this.changed();
  }

  private removeProgramme(id: string, title: string): void {
    this.selected = this.selected.filter((s) => s !== id);
    this.changed();
    // Keep keyboard focus in the widget: on the next row's remove button, or on the add control.
    void this.updateComplete.then(() => {
      const next = this.renderRoot.querySelector<HTMLElement>('button[part="remove"]') ?? this.renderRoot.querySelector<HTMLElement>('#add');
      next?.focus();
      this.announce(title);
    });
  }

  private announce(text: string): void {
    const region = this.renderRoot.querySelector('[role="status"]');
    if (region) region.textContent = text;
  }

  private addProgramme(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#add');
    const id = select?.value;
    if (!id || this.selected.includes(id)) return;
    this.selected = [...this.selected, id];
    this.changed();
  }

  private setFilter(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const filters = { ...this.filters };
    if (target.name === 'family') filters.familyOnly = (target as HTMLInputElement).checked;
    if (target.name === 'region') filters.region = target.value as Region;
    if (target.name === 'max') {
      this.maxIncomeText = target.value;
      const value = parseAmount(target.value);
      const display = readDisplayCurrency(this.displayCurrencyAttribute).currency;
      const { convert } = this.source;
      filters.maxIncome = value === undefined || value === null ? undefined : display === 'USD' ? convert(value, 'USD', 'EUR').amount : value;
    }
    this.filters = filters;
    this.changed();
  }

  private resetFilters(): void {
    this.filters = { ...NO_FILTERS };
    this.maxIncomeText = '';
    this.changed();
  }

  private cellText(facts: ProgrammeFacts, programme: Programme, field: CompareField): FactText | undefined {
    if (field === 'tax') return programme.tax.length ? { text: facts.tax.map((t) => t.text).join(' '), conflicts: [], sources: [] } : undefined;
    return facts[field];
  }

  protected override render() {
    const { compare: c, facts: labels, ui } = messages(this.locale);
    const f = formatter(this.locale);
    const display = readDisplayCurrency(this.displayCurrencyAttribute).currency;
    const { convert, dataset, groups, programmes: allProgrammes } = this.source;
    const ctx = factContext(this.source, this.locale, display);
    const isEu = (country: string) => groups.isMember(country, 'EU');
    const all: Row[] = this.selected
      .map((id) => this.source.getProgramme(id))
      .filter((programme): programme is Programme => programme !== undefined)
      .map((programme) => ({ programme, numbers: programmeNumbers(programme, convert) }));
    const rows = applySort(applyFilters(all, this.filters, isEu), this.sort);
    // Sorting and filtering change the order, not the text: describe each programme once per source, language
    // and currency, and share it between cells and footnotes.
    const cacheKey = `${this.locale}|${display}`;
    if (this.describedFor?.source !== this.source || this.describedFor.key !== cacheKey) this.describedFor = { source: this.source, key: cacheKey, facts: new Map() };
    const cache = this.describedFor.facts;
    const described = new Map(rows.map(({ programme }) => {
      let facts = cache.get(programme.id);
      if (!facts) cache.set(programme.id, (facts = describeProgramme(programme, ctx, { brief: true })));
      return [programme.id, facts] as const;
    }));
    const best = bestValues(rows, this.columns);
    const hidden = all.length - rows.length;
    const addable = allProgrammes.filter((p) => !this.selected.includes(p.id));
    const invalidMax = this.maxIncomeText !== '' && (parseAmount(this.maxIncomeText) ?? null) === null;
    const shownSources = dataset.sources.filter((s) => rows.some((r) => r.programme.sources.includes(s.id)));
    const conflicted = rows.filter((r) => Object.values(described.get(r.programme.id)!).some((v) => v && !Array.isArray(v) && v.conflicts.length));

    return html`
      ${this.renderProblems()}
      <div class="wrap" part="base" aria-busy=${this.loading ? 'true' : 'false'}>
        <div class="controls" part="controls">
          <fieldset>
            <legend>${c.filters}</legend>
            <label class="choice"><input type="checkbox" name="family" .checked=${this.filters.familyOnly} @change=${this.setFilter} /> ${c.familyOnly}</label>
            <div class="field">
              <label for="max">${c.maxIncome(display === 'USD' ? 'USD' : 'EUR')}</label>
              <input id="max" name="max" type="text" inputmode="decimal" .value=${this.maxIncomeText} @change=${this.setFilter}
                aria-invalid=${invalidMax ? 'true' : 'false'} aria-describedby=${invalidMax ? 'max-hint max-error' : 'max-hint'} />
              <span class="hint" id="max-hint">${c.maxIncomeHint}</span>
              ${invalidMax ? html`<span class="error" id="max-error">${ui.errors.number}</span>` : nothing}
            </div>
            <div class="field">
              <label for="region">${c.region}</label>
              <select id="region" name="region" @change=${this.setFilter}>
                ${(['all', 'eu', 'non-eu'] as const).map((r) => html`<option value=${r} ?selected=${this.filters.region === r}>${c.regions[r]}</option>`)}
              </select>
            </div>
            <button type="button" class="secondary" @click=${this.resetFilters}>${c.resetFilters}</button>
          </fieldset>
          ${addable.length
            ? html`<div class="field add">
                <label for="add">${c.addLabel}</label>
                <div class="inline">
                  <select id="add">${addable.map((p) => html`<option value=${p.id}>${p.title[this.locale]}</option>`)}</select>
                  <button type="button" @click=${this.addProgramme}>${c.add}</button>
                </div>
              </div>`
            : nothing}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite"></div>
        ${rows.length
          ? html`<div class="scroller" tabindex="0" role="region" aria-labelledby="caption">
              <table part="table" role="table">
                <caption id="caption">${c.caption(rows.length)}${hidden ? html` <span class="muted">${c.hiddenByFilters(hidden)}</span>` : nothing}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader" part="header">${c.programme}</th>
                    ${this.columns.map((field) => {
                      const label = labels.labels[field];
                      if (!isNumericField(field)) return html`<th scope="col" role="columnheader" part="header">${label}</th>`;
                      const sorted = this.sort?.field === field ? this.sort.direction : undefined;
                      return html`<th scope="col" role="columnheader" part="header" aria-sort=${sorted ?? 'none'}>
                        <button type="button" part="sort" @click=${() => this.toggleSort(field)} title=${c.sortBy(label)}>
                          ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                        </button>
                      </th>`;
                    })}
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  ${rows.map(({ programme, numbers }) => {
                    const facts = described.get(programme.id)!;
                    const title = programme.title[this.locale];
                    return html`<tr role="row" part="row">
                      <th scope="row" role="rowheader" part="row-header">
                        <span class="name">${title}</span>
                        <span class="muted">${f.country(programme.country)}</span>
                        <button type="button" part="remove" class="remove" aria-label=${c.remove(title)} @click=${() => this.removeProgramme(programme.id, c.remove(title))}>×</button>
                      </th>
                      ${this.columns.map((field) => {
                        const cell = this.cellText(facts, programme, field);
                        const isBest = isNumericField(field) && best[field] !== undefined && numbers[field] === best[field];
                        return html`<td role="cell" part=${isBest ? 'cell best' : 'cell'} class=${isBest ? 'best' : ''} data-label=${labels.labels[field]}>
                          ${cell ? cell.text : html`<span class="muted">${labels.notStated}</span>`}
                          ${isBest ? html`<span class="badge" part="badge">${c.best}</span>` : nothing}
                          ${cell?.conflicts.map((line) => html`<span class="conflict" part="conflict"><span aria-hidden="true">⚠ </span>${line}</span>`)}
                        </td>`;
                      })}
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p class="empty">${c.none}</p>`}
        <section class="footnotes" part="footnotes" aria-labelledby="footnotes-title">
          <h3 id="footnotes-title">${c.footnotes}</h3>
          <ul>
            ${shownSources.map((s) => html`<li><cite>${s.title}</cite> (${s.id}; ${labels.asOf(formatPartialDate(this.locale, s.asOf))})</li>`)}
            ${conflicted.map((r) => html`<li>${c.conflictsIn(r.programme.title[this.locale])}</li>`)}
            ${display !== 'local' ? html`<li>${labels.approxNote(dataset.exchangeRates.filter((r) => r.primary).map((r) => `${r.currency} ${formatPartialDate(this.locale, r.asOf)}`).join(', '))}</li>` : nothing}
          </ul>
        </section>
      </div>
    `;
  }
}

defineElement('visa-compare', VisaCompare);

declare global {
  interface HTMLElementTagNameMap {
    'visa-compare': VisaCompare;
  }
}
