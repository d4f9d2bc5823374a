import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Programme } from '../../data/schema.js';
import type { Locale } from '../../data/locales.js';
import { parseAmount } from '../../i18n/parse-amount.js';
import { alsoShownIn } from '../../data/amounts.js';
import type { CompareMessages } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/messages/index.js';
import { programmeNumbers } from '../../i18n/programme-facts.js';
import { readControls, readFlag, readSelection, splitList, type AttributeProblem, type ControlsMode } from '../../shared/attributes.js';
import { VisaCompareChangeEvent } from '../../shared/events.js';
import { VisaElement } from '../../shared/visa-element.js';
import { LiveAnnouncer } from '../../shared/live-announcer.js';
import { ScrollEdges } from '../../shared/scroll-edges.js';
import { StepwiseRender } from '../../shared/stepwise-render.js';
import {
  applyFilters,
  applySort,
  bestValues,
  visibleColumns,
  COMPARE_FIELDS,
  DEFAULT_FIELDS,
  nextSort,
  type CompareField,
  type Filters,
  type NumericField,
  type Region,
  type Row,
  type Sort,
} from './compare-model.js';
import { HashSync } from './hash-sync.js';
import { cellText, renderByField, renderByProgramme, renderFootnotes, type CompareView, type TableView } from './visa-compare.table.js';
import { styles } from './visa-compare.styles.js';

/**
 * A comparison table of visa programmes: add and remove programmes, sort by any numeric column, filter,
 * see the best value of each column highlighted, and read the sources, as-of dates and conflicts below.
 * In a narrow container (not viewport) it turns into one block per programme that reads well at 320 px.
 *
 * @tag visa-compare
 * @summary Compare digital-nomad and remote-work visas side by side.
 *
 * @attr {string} countries - Programmes of these countries, in the order given: comma-separated ISO codes, e.g. "pt,es,hr".
 * @attr {string} programmes - These programme ids. With `countries` too: these programmes and every programme in those
 *   countries. With neither attribute, every programme is shown.
 * @attr {string} fields - Columns, comma-separated, in the order given: income, savings, validity, family, processing, fees,
 *   nationality, employment, application, tax, cost. Default: income,validity,family,processing,fees,tax,cost.
 * @attr {boolean} sync-url - Keep the selection, sort and filters in the URL hash so a comparison can be shared (boolean).
 *   The keys are `<id>.p`, `.s`, `.family`, `.region` (and `.max`), after the widget's id or "compare"; the rest of
 *   the hash stays as it was. Two comparisons on one page need two ids. Going back to a URL without the keys
 *   shows the comparison as the attributes set it. The "income at most" filter stays out of the URL (it is
 *   usually the visitor's own income) unless `sync-url-income` is set too.
 * @attr {'full' | 'compact' | 'none'} controls - full (default): filters and Add; compact: the filters folded into a disclosure; none: no
 *   controls and no remove buttons (sorting by the column headers stays).
 * @attr {boolean} sync-url-income - With `sync-url`: also keep the "income at most" filter in the URL (boolean).
 * @attr {boolean} differences-only - Only the columns where the programmes shown differ (boolean); the visitor can switch
 *   it with the "Only where they differ" box. The hidden columns are named under the table.
 * @attr {string} lang - en, de or ru. Default: the closest ancestor's lang, then the document's, then en.
 * @attr {string} currency - Also show amounts in this currency, marked ≈: EUR (default), USD or any currency with a rate
 *   (GBP, CHF, NOK, …); "local" shows only the programme's own. The income filter is typed in it (EUR for local).
 * @attr {'light' | 'dark' | 'auto'} theme - light, dark or auto (follows the system). Default: inherit the page's colours.
 * @attr {boolean} debug - Shows the details of a setup problem (attribute, value, URL, status) in the widget, for the
 *   site's developer (boolean). Without it visitors see one neutral line; the details always go to the console.
 * @attr {number} stale-after - Months after which a programme's facts (as of its newest source) get a quiet note to check
 *   them with the authority first; a whole number from 1 (default 12).
 * @attr {number} heading-level - Level of the sources heading, 1–6 (default 2), to fit the page's outline.
 *
 * @fires {VisaCompareChangeEvent} visa-compare-change - When the visitor adds, removes, sorts or filters. `detail: {
 *   programmes, sort, filters }`.
 *
 * @csspart base - Everything inside the widget.
 * @csspart controls - Filters and the "add a programme" control.
 * @csspart table - The comparison table.
 * @csspart header - A column header.
 * @csspart sort - A column's sort button.
 * @csspart row - A programme's row.
 * @csspart row-header - The programme name cell.
 * @csspart cell - A value cell.
 * @csspart not-stated - In a cell: the dash for a fact the sources do not state (read out as "Not stated").
 * @csspart differences - The "Only where they differ" switch.
 * @csspart best - A cell holding the best value of its column among comparable programmes (also `cell`).
 * @csspart badge - The "best" badge.
 * @csspart filters - With controls="compact": the disclosure around the filters.
 * @csspart added - The line under Add that says where the programme just added is.
 * @csspart stale - Under a programme's name: its facts are older than `stale-after` months and may have changed.
 * @csspart pager - With more than 100 programmes shown: which of them this page shows, and the previous and next page
 *   buttons.
 * @csspart share - With sync-url: the "Copy link" button (and the address to copy by hand where needed).
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
 * @cssprop [--visa-compare-max-height=none] - Keeps the table in a box of this height that scrolls, with a sticky
 *   header and a shade at the edge that has more. Default: none, the page scrolls and every row is in it.
 * @cssprop --visa-ok - Colour of "eligible" and of good news. Default #0f7b3f.
 * @cssprop --visa-bad - Colour of errors and of attribute messages. Default #b42318.
 * @cssprop --visa-field-background - Background of text fields and selects. Default: the system field colour.
 * @cssprop --visa-field-border - Edge of text fields and selects, 3:1 against the surface. Default: the text colour at 55 %.
 * @cssprop --visa-field-text - Text of fields. Default: the system field text colour.
 */
export class VisaCompare extends VisaElement {
  static override styles = styles;

  @property() accessor countries: string | undefined;
  @property() accessor programmes: string | undefined;
  @property() accessor fields: string | undefined;
  @property({ type: Boolean, attribute: 'sync-url' }) accessor syncUrl = false;
  @property({ type: Boolean, attribute: 'sync-url-income' }) accessor syncUrlIncome = false;
  @property() accessor controls: string | undefined;
  @property({ type: Boolean, attribute: 'differences-only' }) accessor differencesOnly = false;

  /** What the visitor chose; everything shown is derived from these in willUpdate. */
  @state() private accessor selected: string[] = [];
  @state() private accessor sort: Sort | undefined;
  @state() private accessor familyOnly = false;
  @state() private accessor region: Region = 'all';
  /** The "income at most" box as typed, in the widget's currency. */
  @state() private accessor maxIncomeText = '';

  private columns: CompareField[] = DEFAULT_FIELDS;
  /** From `controls`: every control, filters folded away, or none. */
  private controlsMode: ControlsMode = 'full';
  /** After "Copy link": copied, or the address to copy by hand where the clipboard is closed to us. */
  @state() private accessor copied: { status: 'copied' } | { status: 'by-hand'; url: string } | undefined;
  /** With more than PAGE_ROWS programmes, which page of them is drawn (from 0). */
  @state() private accessor page = 0;
  /** The programme just added, shown and marked until the next action. */
  @state() private accessor lastAdded: string | undefined;
  private view!: CompareView;
  /**
   * The rows drawn. A first render of many rows (or one with new data) draws FIRST_ROWS and adds the rest
   * ROWS_PER_TASK after each paint, so a long table never blocks the page; then every row.
   */
  private readonly rows = new StepwiseRender(this, (key, work) => this.later(key, work), 'rows', ROWS_PER_TASK);
  private readonly edges = new ScrollEdges(this, (key, work) => this.later(key, work), '.scroller');
  private readonly announcer = new LiveAnnouncer(this, true);
  private readonly hash = new HashSync(this, () => this.applyHash());
  /** The widget's own width is under NARROW_PX: measured, not read from the host's font. */
  @state() private accessor narrow = false;
  /** The selection the attributes make, shown again when the visitor goes back to a URL without this widget's keys. */
  private attributeSelection: string[] = [];
  private readonly measure = (entries: ResizeObserverEntry[]) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width) this.narrow = width < NARROW_PX;
  };
  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(this.measure);

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** The hash keys of this widget: its id, or "compare". */
  private get hashKey(): string {
    return this.id || 'compare';
  }

  protected override readSharedAttributes(): AttributeProblem[] {
    const problems = super.readSharedAttributes();
    const controls = readControls(this.controls);
    this.controlsMode = controls.value;
    problems.push(...controls.problems);
    if (!this.hash.claim(readFlag(this.syncUrl), this.hashKey))
      problems.push({ attribute: 'sync-url', value: this.hashKey, reason: 'hashKeyTaken' });
    return problems;
  }

  /** The currency the income filter is typed in: the display currency, EUR when that is "local". */
  private get filterCurrency(): string {
    return alsoShownIn(this.displayCurrency) ?? 'EUR';
  }

  /** The typed maximum as a number in the filter currency: undefined when blank, null when not a number. */
  private get maxIncome(): number | null | undefined {
    return parseAmount(this.maxIncomeText);
  }

  private get filters(): Filters {
    const max = this.maxIncome;
    return {
      familyOnly: this.familyOnly,
      region: this.region,
      maxIncome: max === undefined || max === null ? undefined : this.source.convert(max, this.filterCurrency, 'EUR').amount,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Measured once before the first render, so that a narrow first paint is already in its layout.
    if (!this.hasUpdated && this.isConnected) {
      const width = this.getBoundingClientRect().width;
      if (width) this.narrow = width < NARROW_PX;
    }
    const newData = this.dataChanged(changed);
    if (newData || changed.has('programmes') || changed.has('countries') || changed.has('fields')) {
      const selection = readSelection(this.source, this.programmes, this.countries);
      if (newData || changed.has('programmes') || changed.has('countries')) {
        this.attributeSelection = (selection.value ?? this.source.programmes).map((p) => p.id);
        this.selected = this.attributeSelection;
      }
      const fields = this.readFields();
      this.columns = fields.value;
      this.reportProblems([...selection.problems, ...fields.problems]);
    }
    if (!this.hasUpdated || changed.has('syncUrl')) this.applyHash();
    // A step of drawing (only the row limit moved) keeps the view, and with it every row already drawn (see guard).
    if (!this.rows.isStep(changed)) this.view = this.deriveView();
    // The page shown: the one of a programme just added, else the same one while there is such a page.
    if (changed.has('lastAdded' as keyof VisaCompare) && this.lastAdded) {
      const at = this.view.rows.findIndex((row) => row.programme.id === this.lastAdded);
      if (at >= 0) this.page = Math.floor(at / PAGE_ROWS);
    }
    this.page = Math.min(this.page, this.pageCount - 1);
    // A first render, new data (a <visa-data src> of hundreds of programmes) and another page are new rows: a few
    // now, then the rest.
    const turned = this.hasUpdated && changed.has('page' as keyof VisaCompare) && changed.get('page' as keyof VisaCompare) !== this.page;
    if ((this.dataChanged(changed) || turned) && this.drawsInSteps && this.pageRows().length > FIRST_ROWS) this.rows.restart(FIRST_ROWS);
  }

  private readFields(): { value: CompareField[]; problems: AttributeProblem[] } {
    if (this.fields == null) return { value: DEFAULT_FIELDS, problems: [] };
    const listed = splitList(this.fields).map((f) => f.toLowerCase());
    const known = (field: string): field is CompareField => (COMPARE_FIELDS as readonly string[]).includes(field);
    const problems = listed
      .filter((field) => !known(field))
      .map((value): AttributeProblem => ({ attribute: 'fields', value, reason: 'unknownField' }));
    const valid = listed.filter(known);
    return { value: valid.length ? [...new Set(valid)] : DEFAULT_FIELDS, problems };
  }

  /** Rows, their texts, best values and footnotes, from the selection, sort, filters, language and currency. */
  private deriveView(): CompareView {
    const { convert, dataset, groups } = this.source;
    const all: Row[] = this.selected
      .map((id) => this.source.getProgramme(id))
      .filter((programme): programme is Programme => programme !== undefined)
      .map((programme) => ({ programme, numbers: programmeNumbers(programme, convert) }));
    const rows = applySort(
      applyFilters(all, this.filters, (country) => groups.isMember(country, 'EU')),
      this.sort,
    );
    const columns = visibleColumns(
      rows,
      this.columns,
      readFlag(this.differencesOnly),
      (row, field) => cellText(this.briefFacts(row.programme), row.programme, field)?.text,
    );
    return {
      rows,
      columns,
      best: bestValues(rows, this.columns),
      hidden: all.length - rows.length,
      addable: this.source.programmes.filter((p) => !this.selected.includes(p.id)),
      invalidMax: this.maxIncome === null,
      sources: dataset.sources.filter((s) => rows.some((r) => r.programme.sources.includes(s.id))),
    };
  }

  /** Shows the state in the URL; a URL without this widget's keys shows what the attributes set. */
  private applyHash(): void {
    if (!this.hash.owns) return;
    const state = this.hash.read(this.hashKey) ?? { familyOnly: false, region: 'all' };
    const valid = state.programmes?.filter((id) => this.source.getProgramme(id)) ?? [];
    this.selected = valid.length ? valid : this.attributeSelection;
    this.sort = state.sort;
    this.familyOnly = state.familyOnly;
    this.region = state.region;
    if (readFlag(this.syncUrlIncome)) this.maxIncomeText = state.maxIncome === undefined ? '' : String(state.maxIncome);
  }

  /** After a visitor's action: tell the page, and keep the URL in step when asked to. */
  private changed(): void {
    this.copied = undefined;
    // The visitor's own income stays out of history and shared links unless the site opts in.
    const max = readFlag(this.syncUrlIncome) ? (this.maxIncome ?? undefined) : undefined;
    const programmes = sameList(this.selected, this.attributeSelection) ? undefined : this.selected;
    this.hash.write(this.hashKey, { programmes, sort: this.sort, familyOnly: this.familyOnly, region: this.region, maxIncome: max });
    this.dispatchEvent(
      new VisaCompareChangeEvent({ programmes: [...this.selected], sort: this.sort && { ...this.sort }, filters: this.filters }),
    );
  }

  /** Copies the address of this comparison (its state is in the hash); says so, or shows it to copy by hand. */
  private async copyLink(): Promise<void> {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = { status: 'copied' };
    } catch {
      this.copied = { status: 'by-hand', url };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-url')?.select();
    }
  }

  private renderCopyLink() {
    if (!this.hash.owns) return nothing;
    const c = messages(this.locale).compare;
    const copied = this.copied;
    return html`<div class="share" part="share">
      <button type="button" class="secondary" @click=${this.copyLink}>${copied?.status === 'copied' ? c.linkCopied : c.copyLink}</button>
      ${
        copied?.status === 'by-hand'
          ? html`<label class="copy-by-hand"
              >${c.copyByHand} <input class="copy-url" type="text" readonly .value=${copied.url} @focus=${selectAll}
            /></label>`
          : nothing
      }
      <span class="visually-hidden" role="status">${copied?.status === 'copied' ? c.linkCopied : ''}</span>
    </div>`;
  }

  private toggleSort(field: NumericField): void {
    this.lastAdded = undefined;
    this.page = 0;
    this.sort = nextSort(this.sort, field);
    this.changed();
    const { direction } = this.sort;
    this.announce((c) => c.sorted(messages(this.locale).facts.labels[field], direction));
  }

  private removeProgramme(id: string, title: string): void {
    this.lastAdded = undefined;
    // The row's place among those shown: after the update, the next row (or, for the last, the one above) is there.
    const at = this.view.rows.findIndex((row) => row.programme.id === id);
    this.selected = this.selected.filter((s) => s !== id);
    this.changed();
    // Keep keyboard focus in the widget: on that row's remove button, or on the add control.
    void this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('button[part="remove"]')];
      const next = buttons[Math.min(Math.max(at, 0), buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#add');
      next?.focus();
    });
    this.announce((c) => c.removed(title));
  }

  /**
   * Tells screen readers what a visitor's action did, once the table shows it: the action (if it has words of
   * its own) and how many programmes are shown and hidden.
   */
  private announce(action?: (c: CompareMessages) => string): void {
    // Its own region: "Link copied" has another, which Lit renders.
    this.announcer.say(() => {
      const c = messages(this.locale).compare;
      return [action?.(c), c.shown(this.view.rows.length, this.view.hidden)].filter(Boolean).join(' ');
    });
  }

  private addProgramme(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#add');
    const id = select?.value;
    if (!id || this.selected.includes(id)) return select?.focus();
    this.selected = [...this.selected, id];
    this.lastAdded = id;
    select.value = '';
    this.changed();
    const title = this.source.getProgramme(id)?.title[this.locale] ?? id;
    this.announce((c) => c.added(title));
    // The new row is the last one, often far below: bring it into view, marked, and keep the keyboard on Add.
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector(`[data-programme="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    });
  }

  private setFilter(event: Event): void {
    this.lastAdded = undefined;
    this.page = 0;
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'family') this.familyOnly = (target as HTMLInputElement).checked;
    if (target.name === 'region') this.region = target.value as Region;
    if (target.name === 'max') this.maxIncomeText = target.value;
    this.changed();
    this.announce();
  }

  private resetFilters(): void {
    this.lastAdded = undefined;
    this.page = 0;
    this.familyOnly = false;
    this.region = 'all';
    this.maxIncomeText = '';
    this.changed();
    this.announce();
  }

  /** The filters; with controls="compact", folded into a disclosure that says how many are on. */
  private renderFilters() {
    const { compare: c, ui } = messages(this.locale);
    const { invalidMax } = this.view;
    const fieldset = html`<fieldset>
      <legend>${c.filters}</legend>
      <label class="choice"
        ><input type="checkbox" name="family" .checked=${this.familyOnly} @change=${this.setFilter} /> ${c.familyOnly}</label
      >
      <div class="field">
        <label for="max">${c.maxIncome(this.filterCurrency)}</label>
        <input
          id="max"
          name="max"
          type="text"
          inputmode="decimal"
          .value=${this.maxIncomeText}
          @change=${this.setFilter}
          aria-invalid=${invalidMax ? 'true' : 'false'}
          aria-describedby=${invalidMax ? 'max-hint max-error' : 'max-hint'}
        />
        <span class="hint" id="max-hint">${c.maxIncomeHint}</span>
        ${invalidMax ? html`<span class="error" id="max-error">${ui.errors.number}</span>` : nothing}
      </div>
      <div class="field">
        <label for="region">${c.region}</label>
        <select id="region" name="region" @change=${this.setFilter}>
          ${REGIONS.map((r) => html`<option value=${r} ?selected=${this.region === r}>${c.regions[r]}</option>`)}
        </select>
      </div>
      <button type="button" class="secondary" @click=${this.resetFilters}>${c.resetFilters}</button>
    </fieldset>`;
    if (this.controlsMode !== 'compact') return fieldset;
    const active = [this.familyOnly, this.region !== 'all', this.maxIncomeText.trim() !== ''].filter(Boolean).length;
    return html`<details class="filters" part="filters" ?open=${active > 0}>
      <summary>${c.filters}${active ? html` <span class="count">(${active})</span>` : nothing}</summary>
      ${fieldset}
    </details>`;
  }

  /** "Only where they differ": for two programmes or more. */
  private renderDifferences(count: number) {
    if (count < 2) return nothing;
    return html`<label class="choice differences" part="differences"
      ><input type="checkbox" name="differences" .checked=${readFlag(this.differencesOnly)} @change=${this.setDifferences} />
      ${messages(this.locale).compare.differencesOnly}</label
    >`;
  }

  private setDifferences(event: Event): void {
    this.differencesOnly = (event.target as HTMLInputElement).checked;
  }

  /** Adds a programme: every one not shown, by name, none chosen in advance. */
  private renderAdd(addable: readonly Programme[]) {
    if (!addable.length) return nothing;
    const { compare: c, ui } = messages(this.locale);
    const byName = sortedByName(addable, this.locale);
    const added = this.lastAdded ? this.source.getProgramme(this.lastAdded) : undefined;
    return html`<div class="field add">
      <label for="add">${c.addLabel}</label>
      <div class="inline">
        <select id="add">
          <option value="" selected>${ui.choose}</option>
          ${byName.map((p) => html`<option value=${p.id}>${p.title[this.locale]}</option>`)}
        </select>
        <button type="button" @click=${this.addProgramme}>${c.add}</button>
      </div>
      ${
        added
          ? html`<p class="added-note" part="added">
              ${c.addedVisible(
                added.title[this.locale],
                this.view.rows.findIndex((r) => r.programme.id === added.id) + 1 || undefined,
                this.view.rows.length,
              )}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The rows of the page drawn: all of them, up to PAGE_ROWS. */
  private pageRows(): Row[] {
    const { rows } = this.view;
    return rows.length > PAGE_ROWS ? rows.slice(this.page * PAGE_ROWS, (this.page + 1) * PAGE_ROWS) : rows;
  }

  private get pageCount(): number {
    return Math.max(1, Math.ceil(this.view.rows.length / PAGE_ROWS));
  }

  private turnPage(by: number): void {
    const page = this.page + by;
    if (page < 0 || page >= this.pageCount) return;
    this.lastAdded = undefined;
    this.page = page;
    this.announcer.say(() => `${this.pageLabel(messages(this.locale).compare)}.`);
  }

  private pageLabel(c: CompareMessages): string {
    const total = this.view.rows.length;
    return c.pageRange(this.page * PAGE_ROWS + 1, Math.min(total, (this.page + 1) * PAGE_ROWS), total);
  }

  /**
   * Over PAGE_ROWS programmes, a page at a time: a table's layout grows with its rows, and one of hundreds holds
   * the page for longer than a frame at each change. The buttons stay in place, marked when there is no page.
   */
  private renderPager() {
    const total = this.view.rows.length;
    if (total <= PAGE_ROWS) return nothing;
    const c = messages(this.locale).compare;
    const last = this.page === this.pageCount - 1;
    return html`<nav class="pager" part="pager" aria-label=${c.pages}>
      <button type="button" class="secondary" aria-disabled=${this.page === 0 ? 'true' : 'false'} @click=${() => this.turnPage(-1)}>
        ${c.previousPage}
      </button>
      <span>${this.pageLabel(c)}</span>
      <button type="button" class="secondary" aria-disabled=${last ? 'true' : 'false'} @click=${() => this.turnPage(1)}>
        ${c.nextPage}
      </button>
    </nav>`;
  }

  /** What the table's templates read (see visa-compare.table.ts). */
  private tableView(): TableView {
    return {
      view: this.view,
      locale: this.locale,
      source: this.source,
      displayCurrency: this.displayCurrency,
      level: this.level,
      sort: this.sort,
      lastAdded: this.lastAdded,
      removable: this.controlsMode !== 'none',
      briefFacts: (programme) => this.briefFacts(programme),
      isStale: (programme) => this.isStale(programme),
      onSort: (field) => this.toggleSort(field),
      onRemove: (id, title) => this.removeProgramme(id, title),
    };
  }

  protected override renderContent() {
    const { compare: c } = messages(this.locale);
    const { rows, hidden, addable } = this.view;
    const paged = this.pageRows();
    const drawn = this.rows.cut(paged);
    const hiddenNote = hidden ? html`<span class="muted">${c.separator + c.hiddenByFilters(hidden)}</span>` : nothing;
    const pageNote = paged !== rows ? html`<span class="muted">${c.separator + this.pageLabel(c)}</span>` : nothing;
    const byProgramme = this.narrow && rows.length >= 2 && rows.length <= MAX_PROGRAMME_COLUMNS;
    const table = this.tableView();
    return html`
      <div
        class="wrap"
        part="base"
        aria-busy=${this.loading || drawn !== paged ? 'true' : 'false'}
        ?data-drawing=${!this.loading && drawn !== paged}
      >
        ${
          this.controlsMode === 'none'
            ? nothing
            : html`<div class="controls" part="controls">
                ${this.renderFilters()} ${this.renderAdd(addable)} ${this.renderDifferences(rows.length)} ${this.renderCopyLink()}
              </div>`
        }
        ${this.announcer.render()}
        ${
          rows.length
            ? html`<div class=${byProgramme ? 'frame by-programme' : 'frame'}>
                <div class="scroller" role="region" aria-labelledby="caption" @scroll=${this.edges.update}>
                  <table part="table" role="table">
                    <caption id="caption">
                      ${c.caption(rows.length)}${pageNote}${hiddenNote}
                    </caption>
                    ${byProgramme ? renderByProgramme(table) : renderByField(table, drawn)}
                  </table>
                </div>
                <span class="edge edge-right" aria-hidden="true"></span><span class="edge edge-bottom" aria-hidden="true"></span>
              </div>`
            : html`<p class="empty">${c.none}</p>`
        }
        ${this.renderPager()} ${drawn === paged ? renderFootnotes(table, paged) : nothing}
      </div>
    `;
  }
}

const REGIONS: readonly Region[] = ['all', 'eu', 'non-eu'];
/** In a container narrower than this (px), a few programmes become columns and more become blocks (see the styles). */
export const NARROW_PX = 480;
/** Up to this many programmes are columns in a narrow container. */
const MAX_PROGRAMME_COLUMNS = 4;
/**
 * A first render draws this many rows in its task, then ROWS_PER_TASK more per task (a phone fills its screen first):
 * twelve rows are about 25 ms of layout at 4x CPU, so a step stays under 50 ms.
 */
const FIRST_ROWS = 6;
const ROWS_PER_TASK = 12;
/** More programmes than this are shown a page at a time (see renderPager). */
const PAGE_ROWS = 100;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}

const collators = new Map<string, Intl.Collator>();

/** Programmes in the alphabetical order of their names in `locale` (one collator per language). */
function sortedByName(programmes: readonly Programme[], locale: Locale): Programme[] {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return [...programmes].sort((a, b) => collator.compare(a.title[locale], b.title[locale]));
}
