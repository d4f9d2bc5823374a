import { consume, ContextRoot, provide } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createDataSource, type DataSource } from '../../data/data-source.js';
import { bundledSource } from '../../data/dataset.js';
import type { Locale } from '../../data/locales.js';
import { formatIssue, validateDataset, type DatasetIssue } from '../../data/validate.js';
import { messages } from '../../i18n/messages/index.js';
import { readCurrency, readTimeout, shownValue, type AttributeProblem } from '../../shared/attributes.js';
import { baseStyles } from '../../shared/base-styles.js';
import { visaDataContext, type ProvidedData } from '../../shared/context.js';
import { defineElement } from '../../shared/define.js';
import { VisaDataErrorEvent, VisaDataLoadEvent } from '../../shared/events.js';
import { VisaBase } from '../../shared/visa-base.js';

/**
 * A widget that asked for data before its <visa-data> existed (created or defined later) gets it once the
 * provider appears: the root replays pending requests. Attached once, even with two copies of the script.
 */
const ROOT_KEY = Symbol.for('nomad-visa-widgets.context-root');
const globals = globalThis as { [ROOT_KEY]?: ContextRoot };
if (typeof document !== 'undefined' && !globals[ROOT_KEY]) {
  globals[ROOT_KEY] = new ContextRoot();
  globals[ROOT_KEY].attach(document.documentElement);
}

/** Problems shown in full; the rest are counted. */
const SHOWN_ISSUES = 5;

type Failure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'not-json' }
  | { kind: 'invalid'; issues: DatasetIssue[] };

/** Where this element's own `src` stands. */
type Own = { status: 'none' } | { status: 'loading' } | { status: 'ready'; source: DataSource } | { status: 'error'; failure: Failure };

/** Why a dataset from `src` was not used. */
class DatasetLoadError extends Error {
  constructor(readonly failure: Failure) {
    super(`dataset not used: ${failure.kind}`);
    this.name = 'DatasetLoadError';
  }
}

/**
 * Gives every widget inside it one dataset and settings. With `src`, it loads an agency's own dataset (same
 * schema, validated in the browser); while it loads, the widgets say so quietly; if it fails or takes longer than
 * `timeout` seconds, this element shows what failed and the widgets keep the data they had. That is the data of
 * the nearest enclosing <visa-data> that has some, else the built-in data; `currency` is inherited the same way.
 * Widgets outside any <visa-data> use the built-in data.
 *
 * @tag visa-data
 * @summary Data and settings provider for the visa widgets.
 *
 * @attr src - URL of a dataset in the same schema as data/visas.json.
 * @attr timeout - Seconds to wait for `src` before giving up (default 15, at most 300).
 * @attr currency - Default display currency for the widgets inside: EUR, USD, any currency with a rate, or local.
 * @attr lang - Language for the widgets inside (they read it as their ancestor's lang).
 * @attr theme - light, dark or auto, for this element's own messages. Default: inherit the page's colours.
 * @attr debug - Shows the details of a setup problem (attribute, value, URL, status) in the widget, for the
 *   site's developer (boolean). Without it visitors see one neutral line; the details always go to the console.
 *
 * @fires {VisaDataErrorEvent} visa-data-error - When `src` cannot be used. `detail: { src, message }`.
 * @fires {VisaDataLoadEvent} visa-data-load - When the dataset from `src` is in use. `detail: { src, programmes }`.
 *
 * @slot - The widgets that share this data.
 *
 * @csspart message - The message about a dataset that could not be used.
 * @csspart status - The quiet "loading" line.
 * @csspart notice - The message shown for a bad attribute.
 */
export class VisaData extends VisaBase {
  static override styles = [
    baseStyles,
    css`
      :host,
      .root {
        display: contents;
      }
      .message {
        border: 1px solid var(--_bad);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 0.5) var(--_space);
        margin-bottom: var(--_space);
        font-size: 0.9em;
        display: block;
        overflow-wrap: anywhere;
      }
      .message p,
      .message ul {
        margin: 0;
      }
      .status {
        display: block;
        color: var(--_muted);
        font-size: 0.85em;
      }
    `,
  ];

  @property() accessor src: string | undefined;
  @property() accessor timeout: string | undefined;

  /** What an enclosing <visa-data> provides (its own data, or what it inherited in turn). */
  @consume({ context: visaDataContext, subscribe: true })
  @state()
  accessor inherited: ProvidedData | undefined;

  @provide({ context: visaDataContext })
  @state()
  accessor provided: ProvidedData = { source: bundledSource, status: 'ready' };

  @state() private accessor own: Own = { status: 'none' };
  private request = 0;
  private timeoutSeconds = readTimeout(undefined).value;

  override connectedCallback(): void {
    // Moved out of a provider, nothing answers the new request: forget the old one's data first.
    this.inherited = undefined;
    super.connectedCallback();
  }

  /** The currency handed to the widgets: this element's own, if valid (a bad one is reported here, not by them). */
  private get providedCurrency() {
    const read = readCurrency(this.currency);
    return this.currency == null || read.problems.length ? undefined : read.value;
  }

  protected override readSharedAttributes(): AttributeProblem[] {
    const { value, problems } = readTimeout(this.timeout);
    this.timeoutSeconds = value;
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) void this.load(this.src);
    const own = this.own;
    const outer = this.inherited;
    const next: ProvidedData = {
      source: own.status === 'ready' ? own.source : (outer?.source ?? bundledSource),
      currency: this.providedCurrency ?? outer?.currency,
      status: own.status === 'none' ? (outer?.status ?? 'ready') : own.status,
    };
    const was = this.provided;
    if (was.source !== next.source || was.currency !== next.currency || was.status !== next.status) this.provided = next;
  }

  private async load(src: string | undefined): Promise<void> {
    const request = ++this.request;
    if (!src) {
      this.own = { status: 'none' };
      return;
    }
    this.own = { status: 'loading' };
    const seconds = this.timeoutSeconds;
    let failure: Failure | undefined;
    let source: DataSource | undefined;
    try {
      source = await fetchDataset(src, seconds);
    } catch (error) {
      failure = error instanceof DatasetLoadError ? error.failure : { kind: 'network' };
    }
    if (request !== this.request) return;
    if (source) {
      this.own = { status: 'ready', source };
      this.dispatchEvent(new VisaDataLoadEvent({ src, programmes: source.programmes.length }));
      return;
    }
    this.own = { status: 'error', failure: failure! };
    const message = this.describe(failure!, src, 'en');
    console.warn(`<visa-data>: src="${shownValue(src)}" not used: ${message}`);
    this.dispatchEvent(new VisaDataErrorEvent({ src, message }));
  }

  private describe(failure: Failure, src: string, locale: Locale): string {
    const t = messages(locale).data;
    const url = shownValue(src);
    switch (failure.kind) {
      case 'http':
        return t.http(url, failure.status);
      case 'network':
        return t.network(url);
      case 'timeout':
        return t.timeout(url, failure.seconds);
      case 'not-json':
        return t.notJson(url);
      case 'invalid':
        return `${t.invalid(url, failure.issues.length)} ${failure.issues.slice(0, SHOWN_ISSUES).map(formatIssue).join('; ')}`;
    }
  }

  protected override renderContent() {
    const t = messages(this.locale).data;
    const own = this.own;
    const failure = own.status === 'error' ? own.failure : undefined;
    return html`
      ${own.status === 'loading' ? html`<span class="status" part="status" role="status">${t.loading}</span>` : nothing}
      ${
        failure
          ? html`<div class="message" part="message" role="alert">
              ${
                !this.debug
                  ? html`<p>${t.failed}</p>`
                  : failure.kind === 'invalid'
                    ? html`<p>${t.invalid(shownValue(this.src!), failure.issues.length)}</p>
                        <ul>
                          ${failure.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
                        </ul>
                        ${failure.issues.length > SHOWN_ISSUES ? html`<p>${t.more(failure.issues.length - SHOWN_ISSUES)}</p>` : nothing}`
                    : html`<p>${this.describe(failure, this.src!, this.locale)}</p>`
              }
              <p>${this.inherited && this.inherited.source !== bundledSource ? t.keptOuter : t.keptBundled}</p>
            </div>`
          : nothing
      }
      <slot></slot>
    `;
  }
}

/**
 * Fetches and validates a dataset. The whole exchange, body included, must finish within `seconds`: a server
 * that never answers or drips forever is cut off.
 */
async function fetchDataset(src: string, seconds: number): Promise<DataSource> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  const fail = (failure: Failure) => new DatasetLoadError(controller.signal.aborted ? { kind: 'timeout', seconds } : failure);
  try {
    let response: Response;
    try {
      response = await fetch(src, { credentials: 'omit', signal: controller.signal });
    } catch {
      throw fail({ kind: 'network' });
    }
    if (!response.ok) throw fail({ kind: 'http', status: response.status });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw fail({ kind: 'not-json' });
    }
    const result = validateDataset(json, { mark: (locale, from) => messages(locale).data.inLanguage[from] });
    if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', issues: result.issues });
    return createDataSource(result.dataset, src);
  } finally {
    clearTimeout(timer);
  }
}

defineElement('visa-data', VisaData);

declare global {
  interface HTMLElementTagNameMap {
    'visa-data': VisaData;
  }
}
