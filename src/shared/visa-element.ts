/**
 * What every widget shares, beyond VisaBase: the data from the nearest <visa-data> (else the bundled data) and
 * its currency, the `heading-level` attribute, and a first render that waits for a free main thread.
 */
import { consume } from '@lit/context';
import { isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataSource } from '../data/data-source.js';
import { bundledSource } from '../data/dataset.js';
import type { Programme } from '../data/schema.js';
import { DEFAULT_STALE_MONTHS, isStale } from '../data/staleness.js';
import { warmUpSteps } from '../i18n/format.js';
import { describeProgramme, type FactContext, type ProgrammeFacts } from '../i18n/programme-facts.js';
import { readHeadingLevel, readStaleAfter, type AttributeProblem, type HeadingLevel } from './attributes.js';
import { visaDataContext, type ProvidedData } from './context.js';
import { localeOf } from './lang.js';
import { VisaBase } from './visa-base.js';
import { yieldToMain } from './yield.js';

export class VisaElement extends VisaBase {
  @property({ attribute: 'heading-level' }) accessor headingLevel: string | undefined;
  @property({ attribute: 'stale-after' }) accessor staleAfter: string | undefined;

  /** Data and settings from an enclosing <visa-data>, if any. */
  @consume({ context: visaDataContext, subscribe: true })
  @state()
  accessor provided: ProvidedData | undefined;

  /** The level of the widget's top headings (from `heading-level`); inner headings are one below. */
  protected level: HeadingLevel = 2;
  /** From `stale-after`: facts as of more than this many months ago get a note. */
  private staleMonths = DEFAULT_STALE_MONTHS;

  override connectedCallback(): void {
    // Moved out of a <visa-data>, nothing answers the new context request: drop the old provider's data first
    // (a provider still around answers at once, within super.connectedCallback()).
    this.provided = undefined;
    super.connectedCallback();
  }

  protected get source(): DataSource {
    return this.provided?.source ?? bundledSource;
  }

  protected get loading(): boolean {
    return this.provided?.status === 'loading';
  }

  protected override get inheritedCurrency() {
    return this.provided?.currency;
  }

  /** The data source's converter and source dates, with the widget's language and currency, for the fact texts. */
  protected get factContext(): FactContext {
    return { locale: this.locale, currency: this.displayCurrency, convert: this.source.convert, yearOf: this.source.yearOf };
  }

  /**
   * A programme's facts as brief text (table cells, key facts), described once per data source, language and
   * currency: sorting, filtering and each answer only reuse them.
   */
  protected briefFacts(programme: Programme): ProgrammeFacts {
    const key = `${this.locale}|${this.displayCurrency}`;
    if (this.described?.source !== this.source || this.described.key !== key)
      this.described = { source: this.source, key, facts: new Map() };
    let facts = this.described.facts.get(programme.id);
    if (!facts) this.described.facts.set(programme.id, (facts = describeProgramme(programme, this.factContext, { brief: true })));
    return facts;
  }
  private described?: { source: DataSource; key: string; facts: Map<string, ProgrammeFacts> };

  /** True when this update has new data: the first update, or a provider handing over another dataset. */
  protected dataChanged(changed: PropertyValues<this>): boolean {
    return !this.hasUpdated || (changed.has('provided') && changed.get('provided')?.source !== this.provided?.source);
  }

  protected override readSharedAttributes(): AttributeProblem[] {
    const { value, problems } = readHeadingLevel(this.headingLevel);
    this.level = value;
    const stale = readStaleAfter(this.staleAfter);
    this.staleMonths = stale.value;
    return [...problems, ...stale.problems];
  }

  /** True when a programme's facts (as of its newest source) are older than `stale-after` allows, today. */
  protected isStale(programme: Programme): boolean {
    return isStale(programme.asOf, new Date(Date.now()), this.staleMonths);
  }

  /**
   * Whether a first render may draw in steps (see later): not on a server, which renders once, nor over HTML a
   * server rendered (its shadow root is there before the first render), which the first render must match.
   */
  protected readonly drawsInSteps = !isServer && !this.shadowRoot;

  /** Work an update left for later tasks (see later); updateComplete waits for it. */
  private readonly pending = new Map<string, Promise<unknown>>();

  /**
   * Runs `work` (one at a time per key) after this update, in tasks of its own: a first render then draws what
   * the visitor sees first and the rest after a paint, and no task grows long. `updateComplete` resolves once all
   * such work, and the updates it asked for, are done.
   */
  protected later(key: string, work: () => Promise<unknown>): void {
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      work().finally(() => this.pending.delete(key)),
    );
  }

  /** The pending update alone, without the work left for later: what that work awaits between its steps. */
  protected thisUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.pending.size) return complete;
    await Promise.all(this.pending.values());
    return this.getUpdateComplete();
  }

  /**
   * The first render waits for the main thread to be free (see yield.ts), and the first widget of a page loads
   * Intl's data for its language in tasks of their own before it (see warmUpSteps).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      await yieldToMain();
      for (const step of warmUpSteps(localeOf(this))) {
        step();
        await yieldToMain();
      }
    }
    return super.scheduleUpdate();
  }
}
