/**
 * What every element of the library shares, <visa-data> included: the `lang`, `theme` and `currency`
 * attributes, read the same way everywhere, and bad attribute values shown in the element and warned once.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_LOCALE, type Locale } from '../data/locales.js';
import { languageReady, loadLanguage, messages } from '../i18n/messages/index.js';
import type { DisplayCurrency } from '../data/amounts.js';
import { asText, readCurrency, readFlag, readTheme, shownValue, warnAttributeProblems, type AttributeProblem } from './attributes.js';
import { adoptDocumentStyles } from './document-styles.js';
import { yieldToMain } from './yield.js';
import { LanguageController } from './language-controller.js';
import { localeOf } from './lang.js';
import { OVERDUE_MARK } from './overdue-mark.js';
import { LANGUAGE_FAILED, LANGUAGE_LOADING, NO_LANGUAGE } from './language-failure.js';

export class VisaBase extends LitElement {
  /** Observed so that a change of the element's own `lang` re-renders it. */
  @property({ attribute: 'lang' }) accessor language: string | undefined;
  /** light, dark or auto; reflected so the styles can follow it (as text: a symbol or object must not throw). */
  @property({ reflect: true, converter: { toAttribute: asText } }) accessor theme: string | undefined;
  @property() accessor currency: string | undefined;
  /**
   * Shows the details of a setup problem (the attribute, its value, a URL, a status) in the widget, for the
   * site's developer. Without it visitors see one neutral line; the details always go to the console.
   */
  @property({ type: Boolean }) accessor debug = false;

  /** Whether the element shows the rule engine's texts, which the loader fetches apart (eligibility does). */
  protected static readonly engineTexts: boolean = false;
  /** This element's `engineTexts`, read once. */
  private readonly engine = (this.constructor as typeof VisaBase).engineTexts;
  private readonly languageController = new LanguageController(this, this.engine);
  private sharedProblems: AttributeProblem[] = [];
  /** The element's own attribute problems, as last reported. */
  protected ownProblems: AttributeProblem[] = [];

  /** Styles adopted as sheets of the document the widget is in (see document-styles.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    // The loader's "taking longer than usual" (the code was late, and has arrived): replaced by the widget.
    if (root.firstElementChild?.hasAttribute(OVERDUE_MARK)) root.replaceChildren();
    adoptDocumentStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    // Moved into another document, the browser emptied the shadow root's style sheets.
    if (this.shadowRoot && !this.shadowRoot.adoptedStyleSheets.length) adoptDocumentStyles(this.shadowRoot, styles);
    super.connectedCallback();
  }

  protected get locale(): Locale {
    return this.languageController.locale;
  }

  /**
   * Built by the loader, a language's texts are fetched the first time a widget shows it: an update waits for
   * them (if they cannot be had, for English). Built in (bundle, ES modules), they are always ready.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wanted = localeOf(this);
    if (languageReady(wanted, this.engine)) return super.scheduleUpdate();
    const waiting = this.showWaiting(wanted);
    // The widgets waiting for one file all wake when it arrives: each renders in a task of its own.
    return loadLanguage(wanted, this.engine)
      .then((loaded) => loaded || languageReady(DEFAULT_LOCALE, this.engine) || loadLanguage(DEFAULT_LOCALE, this.engine))
      .then(yieldToMain)
      .then(() => {
        waiting?.remove();
        return super.scheduleUpdate();
      });
  }

  /**
   * Before a first render that waits for the page's language (at most the loader's deadline): the page's
   * fallback content stays in view, else a line says the widget is loading; the element is busy meanwhile.
   * Plain DOM: the texts that would render it are what is being fetched.
   */
  private showWaiting(locale: Locale): HTMLElement | undefined {
    const root = this.renderRoot;
    if (this.hasUpdated || !root || root.childNodes.length) return undefined;
    const waiting = document.createElement('div');
    waiting.setAttribute('aria-busy', 'true');
    waiting.setAttribute('data-drawing', '');
    waiting.lang = locale;
    const slot = document.createElement('slot');
    slot.name = 'fallback';
    const line = document.createElement('p');
    line.className = 'waiting-line';
    line.setAttribute('part', 'notice');
    line.textContent = LANGUAGE_LOADING[locale];
    slot.append(line);
    waiting.append(slot);
    root.append(waiting);
    return waiting;
  }

  /** Every attribute problem to show: the shared attributes' first, then the element's own. */
  protected get problems(): AttributeProblem[] {
    return [...this.sharedProblems, ...this.ownProblems];
  }

  /** The currency amounts are also shown in: the element's own `currency`, else the inherited one, else EUR. */
  protected get displayCurrency(): DisplayCurrency {
    return readCurrency(this.currency, this.inheritedCurrency).value;
  }

  /** A currency set further out (by an enclosing <visa-data>); none here. */
  protected get inheritedCurrency(): DisplayCurrency | undefined {
    return undefined;
  }

  /** Subclasses call super.willUpdate(changed) first: it settles the language and reads the shared attributes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.languageController.refresh();
    this.sharedProblems = [...readTheme(this.theme).problems, ...readCurrency(this.currency).problems, ...this.readSharedAttributes()];
    warnAttributeProblems(this, this.sharedProblems);
  }

  /** Problems of further shared attributes a subclass reads on every update. */
  protected readSharedAttributes(): AttributeProblem[] {
    return [];
  }

  /** Keeps the element's own problems to show (until the next report) and warns once about each. */
  protected reportProblems(problems: AttributeProblem[]): void {
    this.ownProblems = problems;
    warnAttributeProblems(this, problems);
  }

  /** Everything the element draws, in one root (see base-styles.ts); the attribute problems come first. */
  protected override render() {
    const { locale, requested } = this.languageController;
    // No language at all could be fetched: say so in the page's language, with the few words built in.
    if (!languageReady(locale, this.engine)) {
      return html`<div class="root" lang=${requested} dir="ltr">
        <p class="notice" part="notice" role="note">${NO_LANGUAGE[requested]}</p>
      </div>`;
    }
    // All three languages run left to right: an rtl page (Arabic, Hebrew) must not mirror the widget.
    return html`<div class="root" lang=${locale} dir="ltr">
      ${
        requested === locale
          ? nothing
          : html`<p class="notice" part="notice" role="note" lang=${requested}>${LANGUAGE_FAILED[requested]}</p>`
      }
      ${this.renderProblems()}${this.renderContent()}
    </div>`;
  }

  /** What the element draws under its attribute problems. */
  protected renderContent(): unknown {
    return nothing;
  }

  /** Visitors see that part of the setup was not used; the site's developer (with `debug`) sees what and why. */
  private renderProblems() {
    if (!this.problems.length) return nothing;
    const { ui } = messages(this.locale);
    return html`<div class="notice" part="notice" role="note">
      ${
        readFlag(this.debug)
          ? this.problems.map((p) => html`<p>${ui.badAttribute(p.attribute, shownValue(p.value), ui.reasons[p.reason])}</p>`)
          : html`<p>${ui.setupProblem}</p>`
      }
    </div>`;
  }
}
