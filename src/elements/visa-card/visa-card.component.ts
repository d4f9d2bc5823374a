import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isCountryCode } from '../../data/iso-countries.js';
import type { Programme } from '../../data/schema.js';
import type { FactField } from '../../i18n/catalogue.js';
import { formatter } from '../../i18n/format.js';
import { messages } from '../../i18n/messages/index.js';
import {
  CARD_FIELDS,
  COMPACT_FIELDS,
  CORE_FIELDS,
  describeProgramme,
  formatPartialDate,
  rateNote,
  type FactText,
} from '../../i18n/programme-facts.js';
import { asText, readFlag, type AttributeProblem } from '../../shared/attributes.js';
import { separated } from '../../shared/separated.js';
import { citation } from '../../shared/source-citation.js';
import { heading } from '../../shared/headings.js';
import { VisaElement } from '../../shared/visa-element.js';
import { styles } from './visa-card.styles.js';

/**
 * One card per programme: every fact the sources give, with the source and as-of date, and a visible
 * marker where the sources disagree (both values shown).
 *
 * @tag visa-card
 * @summary A visa programme (or all of a country's) as a card.
 *
 * @attr {string} country - Show every programme of this country: ISO code such as "kz".
 * @attr {string} programme - Show exactly this programme, e.g. "kz-neo-nomad". Wins over `country`.
 * @attr {boolean} compact - Short version for a sidebar: name, income, validity, family and the as-of date; where the
 *   sources disagree, one disclosure with every difference; everything else behind one "More".
 * @attr {string} lang - en, de or ru. Default: the closest ancestor's lang, then the document's, then en.
 * @attr {string} currency - Also show amounts in this currency, marked ≈: EUR (default), USD or any currency with a rate
 *   (GBP, CHF, NOK, …); "local" shows only the programme's own.
 * @attr {'light' | 'dark' | 'auto'} theme - light, dark or auto (follows the system). Default: inherit the page's colours.
 * @attr {boolean} debug - Shows the details of a setup problem (attribute, value, URL, status) in the widget, for the
 *   site's developer (boolean). Without it visitors see one neutral line; the details always go to the console.
 * @attr {number} stale-after - Months after which a programme's facts (as of its newest source) get a quiet note to check
 *   them with the authority first; a whole number from 1 (default 12).
 * @attr {number} heading-level - Level of each card's title, 1–6 (default 2), to fit the page's outline.
 *
 * @slot - Notes of your own, shown under the card(s).
 * @slot cta - Your call to action, e.g. a "Talk to us" button.
 *
 * @csspart base - The wrapper of all cards.
 * @csspart card - One programme's card.
 * @csspart header - The card's title block.
 * @csspart badge - The kind of programme.
 * @csspart conflict - A "sources disagree" marker and line.
 * @csspart stale - The note that the facts are older than `stale-after` months and should be checked first.
 * @csspart official-name - The programme's name as the source writes it (in compact cards, under "More").
 * @csspart more - In a compact card: the "More" disclosure.
 * @csspart disagree - In a compact card: the "Sources disagree" disclosure.
 * @csspart facts - The list of facts.
 * @csspart row - One fact (label and value).
 * @csspart footer - Sources and as-of date.
 * @csspart cta - The area around the cta and default slots, inside the (last) card's border.
 * @csspart notice - The message shown for a bad attribute.
 *
 * @cssprop --visa-accent - Accent colour.
 * @cssprop --visa-text - Text colour.
 * @cssprop --visa-muted - Secondary text.
 * @cssprop --visa-surface - Background.
 * @cssprop --visa-surface-raised - Card background.
 * @cssprop --visa-border - Borders.
 * @cssprop --visa-radius - Corner radius.
 * @cssprop --visa-font - Font.
 * @cssprop --visa-space - Spacing.
 * @cssprop --visa-font-size - Base text size. Default: medium (the visitor's own default).
 * @cssprop --visa-focus - Focus ring.
 * @cssprop --visa-warn - Colour of the "sources disagree" marker.
 * @cssprop --visa-card-border - The card's border (default: 1px solid the border colour).
 * @cssprop --visa-accent-text - Text on the accent colour. Default #ffffff.
 * @cssprop --visa-ok - Colour of "eligible" and of good news. Default #0f7b3f.
 * @cssprop --visa-bad - Colour of errors and of attribute messages. Default #b42318.
 */
export class VisaCard extends VisaElement {
  static override styles = styles;

  @property() accessor country: string | undefined;
  @property() accessor programme: string | undefined;
  @property({ type: Boolean }) accessor compact = false;

  private shown: Programme[] = [];
  private message = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: AttributeProblem[] = [];
    const t = messages(this.locale);
    this.message = '';
    this.shown = [];
    // Properties may hold what a framework passes (a number, an array): read them as attribute text.
    const programme = asText(this.programme);
    const country = asText(this.country);
    const id = programme?.trim();
    const code = country?.trim().toLowerCase();
    if (id) {
      const found = this.source.getProgramme(id);
      if (found) this.shown = [found];
      else problems.push({ attribute: 'programme', value: programme!, reason: 'unknownProgramme' });
    } else if (code) {
      if (!isCountryCode(code)) problems.push({ attribute: 'country', value: country!, reason: 'unknownCountry' });
      else {
        this.shown = this.source.programmes.filter((p) => p.country === code);
        if (!this.shown.length) this.message = t.card.noneForCountry(formatter(this.locale).country(code));
      }
    } else {
      this.message = t.card.missing;
    }
    this.reportProblems(problems);
  }

  private renderFact(field: FactField, label: string, fact: FactText | undefined, withConflicts = true) {
    if (!fact && !CORE_FIELDS.includes(field)) return nothing;
    if (!fact)
      return html`<div class="row" part="row">
        <dt>${label}</dt>
        <dd class="muted">${messages(this.locale).facts.notStatedInSources}</dd>
      </div>`;
    return html`<div class="row" part="row">
      <dt>${label}</dt>
      <dd>
        ${fact.text}
        ${withConflicts ? fact.conflicts.map((line) => html`<span class="conflict-line" part="conflict">${line}</span>`) : nothing}
      </dd>
    </div>`;
  }

  private renderList(label: string, items: FactText[]) {
    if (!items.length) return nothing;
    return html`<div class="row" part="row">
      <dt>${label}</dt>
      <dd>
        <ul>
          ${items.map((item) => html`<li>${item.text}</li>`)}
        </ul>
      </dd>
    </div>`;
  }

  /** The name as the source writes it, marked with the source's language for screen readers and hyphenation. */
  private renderOfficialName(programme: Programme) {
    const name = programme.officialName;
    const language = this.source.dataset.sources.find((s) => name.sources.includes(s.id))?.language;
    if (name.value === programme.title[this.locale]) return nothing;
    return html`<p class="official" part="official-name">
      ${messages(this.locale).facts.namedInSource}: <span lang=${ifDefined(language)}>${name.value}</span>
    </p>`;
  }

  private renderCard(programme: Programme, last: boolean) {
    const { facts: t } = messages(this.locale);
    const f = formatter(this.locale);
    const facts = describeProgramme(programme, this.factContext);
    const fact = (field: FactField) => facts[field as keyof typeof facts] as FactText | undefined;
    const disputed =
      CARD_FIELDS.some((field) => fact(field)?.conflicts.length) || programme.checks.some((check) => check.conflicts?.length);
    const compact = readFlag(this.compact);
    // The compact card's three facts in brief, as a comparison's cells: the details are under "More".
    const brief = compact ? this.briefFacts(programme) : facts;
    const briefFact = (field: FactField) => brief[field as keyof typeof brief] as FactText | undefined;
    const titleId = `title-${programme.id}`;
    const stale = this.isStale(programme)
      ? html`<p class="stale" part="stale">${t.stale(formatPartialDate(this.locale, programme.asOf))}</p>`
      : nothing;
    const marker = html`<span aria-hidden="true">⚠ </span>${t.conflictMarker}`;
    return html`<article class=${compact ? 'card compact' : 'card'} part="card" aria-labelledby=${titleId}>
      <header part="header">
        ${heading(this.level, titleId, programme.title[this.locale])}
        <p class="meta">
          <span class="badge" part="badge">${t.kinds[programme.kind]}</span>
          <span>${separated([f.country(programme.country), programme.code])}</span>
        </p>
        ${disputed && !compact ? html`<p class="conflict-marker" part="conflict">${marker}</p>` : nothing} ${stale}
        ${compact ? nothing : this.renderIntro(programme)}
      </header>
      ${
        compact
          ? html`<dl part="facts">${COMPACT_FIELDS.map((field) => this.renderFact(field, t.labels[field], briefFact(field), false))}</dl>
              <p class="as-of muted">${t.asOf(formatPartialDate(this.locale, programme.asOf))}</p>
              ${disputed ? this.renderDisagreements(facts, marker) : nothing}
              <details class="more" part="more">
                <summary>${t.more}</summary>
                ${this.renderIntro(programme)}
                <dl part="facts">
                  ${CARD_FIELDS.filter((field) => !COMPACT_FIELDS.includes(field)).map((field) =>
                    this.renderFact(field, t.labels[field], fact(field)),
                  )}
                  ${this.renderLists(facts)}
                </dl>
                ${this.renderFooter(programme)}
              </details>`
          : html`<dl part="facts">
                ${CARD_FIELDS.map((field) => this.renderFact(field, t.labels[field], fact(field)))} ${this.renderLists(facts)}
              </dl>
              ${this.renderFooter(programme)}`
      }
      ${last ? html`<div class="cta" part="cta"><slot name="cta"></slot><slot></slot></div>` : nothing}
    </article>`;
  }

  /** The summary and the name as the source writes it. */
  private renderIntro(programme: Programme) {
    return html`<p class="summary">${programme.summary[this.locale]}</p>
      ${this.renderOfficialName(programme)}`;
  }

  private renderLists(facts: ReturnType<typeof describeProgramme>) {
    const { facts: t, ui } = messages(this.locale);
    return html`${this.renderList(t.labels.prepare, facts.prepare)} ${this.renderList(ui.confirm, facts.conditions)}
    ${this.renderList(t.labels.tax, facts.tax)} ${this.renderList(t.labels.notes, facts.notes)}`;
  }

  /** A compact card's one disclosure of where the sources disagree: each fact's other values, under its label. */
  private renderDisagreements(facts: ReturnType<typeof describeProgramme>, marker: unknown) {
    const { facts: t } = messages(this.locale);
    const lines = CARD_FIELDS.flatMap((field) => {
      const described = facts[field as keyof typeof facts] as FactText | undefined;
      return described?.conflicts.length ? [html`<li><strong>${t.labels[field]}:</strong> ${described.conflicts.join(' ')}</li>`] : [];
    });
    // A disagreement on a requirement alone (no fact of the card's): the marker, as a full card shows it.
    if (!lines.length) return html`<p class="conflict-marker" part="conflict">${marker}</p>`;
    return html`<details class="disagree" part="disagree">
      <summary>${marker}</summary>
      <ul>
        ${lines}
      </ul>
    </details>`;
  }

  private renderFooter(programme: Programme) {
    const { facts: t } = messages(this.locale);
    const sources = this.source.dataset.sources.filter((s) => programme.sources.includes(s.id));
    const { reviewed } = this.source.dataset;
    const rates = rateNote(this.source.dataset, [programme], this.displayCurrency, this.locale);
    return html`<footer part="footer">
      <span>${t.labels.sources}:</span>
      ${sources.map((s, i) => html`${i ? '; ' : ''}${citation(s, this.locale)}`)}
      ${rates ? html`<span class="rates">${rates}</span>` : nothing}
      ${reviewed ? html`<span class="reviewed">${t.reviewed(formatPartialDate(this.locale, reviewed))}</span>` : nothing}
    </footer>`;
  }

  protected override renderContent() {
    return html`
      ${this.message ? html`<p class="notice" part="notice" role="note">${this.message}</p>` : nothing}
      <div class="cards" part="base" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.shown.map((programme, i) => this.renderCard(programme, i === this.shown.length - 1))}
      </div>
      ${this.shown.length ? nothing : html`<div class="cta" part="cta"><slot name="cta"></slot><slot></slot></div>`}
    `;
  }
}
