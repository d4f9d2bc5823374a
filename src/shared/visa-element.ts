/**
 * What every widget shares: the data from an enclosing <visa-data> (else the bundled data), its language,
 * a first render that waits for a free main thread, and reporting of bad attribute values.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '../data/locales.js';
import { messages } from '../i18n/messages/index.js';
import { warnAttributeProblems, type AttributeProblem } from './attribute-problems.js';
import { visaDataContext, type ProvidedData } from './context.js';
import { bundledSource, type DataSource } from './data-source.js';
import { LanguageController } from './language-controller.js';
import { yieldToMain } from './yield.js';

export class VisaElement extends LitElement {
  /** Observed so that a change of the element's own `lang` re-renders it. */
  @property({ attribute: 'lang' }) accessor language: string | undefined;

  /** Data and settings from an enclosing <visa-data>, if any. */
  @consume({ context: visaDataContext, subscribe: true })
  @state()
  accessor provided: ProvidedData | undefined;

  private readonly languageController = new LanguageController(this);
  protected problems: AttributeProblem[] = [];

  protected get locale(): Locale {
    return this.languageController.locale;
  }

  protected get source(): DataSource {
    return this.provided?.source ?? bundledSource;
  }

  protected get loading(): boolean {
    return this.provided?.status === 'loading';
  }

  /** Subclasses call super.willUpdate(changed) first: it settles the language for the update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.languageController.refresh();
  }

  /** The first render waits for the main thread to be free (see yield.ts). */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToMain();
    super.scheduleUpdate();
  }

  /** Keeps the problems to show and warns once about each. */
  protected reportProblems(problems: AttributeProblem[]): void {
    this.problems = problems;
    warnAttributeProblems(this, problems);
  }

  protected renderProblems() {
    if (!this.problems.length) return nothing;
    const { ui } = messages(this.locale);
    return html`<div class="notice" part="notice" role="note">
      ${this.problems.map((p) => html`<p>${ui.badAttribute(p.attribute, p.value, ui.reasons[p.reason])}</p>`)}
    </div>`;
  }
}
