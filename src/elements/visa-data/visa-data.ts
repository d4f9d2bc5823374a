import { ContextRoot, provide } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createDataSource, type DataSource } from '../../data/data-source.js';
import { bundledSource } from '../../data/dataset.js';
import type { Locale } from '../../data/locales.js';
import { formatIssue, validateDataset, type DatasetIssue } from '../../data/validate.js';
import { messages } from '../../i18n/messages/index.js';
import { readCurrency } from '../../shared/attributes.js';
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

type Failure = { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'not-json' } | { kind: 'invalid'; issues: DatasetIssue[] };

/** Why a dataset from `src` was not used. */
class DatasetLoadError extends Error {
  constructor(readonly failure: Failure) {
    super(`dataset not used: ${failure.kind}`);
    this.name = 'DatasetLoadError';
  }
}

/**
 * Gives every widget inside it one dataset and settings. With `src`, it loads an agency's own dataset (same
 * schema, validated in the browser); while it loads, the widgets say so quietly; if it fails, this element shows
 * what failed and the widgets keep the built-in data. Widgets outside any <visa-data> use the built-in data.
 *
 * @tag visa-data
 * @summary Data and settings provider for the visa widgets.
 *
 * @attr src - URL of a dataset in the same schema as data/visas.json.
 * @attr currency - Default display currency for the widgets inside: EUR, USD, any currency with a rate, or local.
 * @attr lang - Language for the widgets inside (they read it as their ancestor's lang).
 * @attr theme - light, dark or auto, for this element's own messages. Default: inherit the page's colours.
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

  @provide({ context: visaDataContext })
  @state()
  accessor provided: ProvidedData = { source: bundledSource, status: 'ready' };

  @state() private accessor failure: Failure | undefined;
  private request = 0;

  /** The currency handed to the widgets: this element's own, if valid (a bad one is reported here, not by them). */
  private get providedCurrency() {
    const read = readCurrency(this.currency);
    return this.currency == null || read.problems.length ? undefined : read.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('currency')) this.provided = { ...this.provided, currency: this.providedCurrency };
    if (changed.has('src')) void this.load(this.src);
  }

  private provide(source: DataSource, status: ProvidedData['status']): void {
    this.provided = { source, currency: this.providedCurrency, status };
  }

  private async load(src: string | undefined): Promise<void> {
    const request = ++this.request;
    this.failure = undefined;
    if (!src) {
      this.provide(bundledSource, 'ready');
      return;
    }
    this.provide(bundledSource, 'loading');
    const failure = await this.fetchDataset(src).then(
      (source) => {
        if (request !== this.request) return undefined;
        this.provide(source, 'ready');
        this.dispatchEvent(new VisaDataLoadEvent({ src, programmes: source.programmes.length }));
        return undefined;
      },
      (error: unknown) => (error instanceof DatasetLoadError ? error.failure : ({ kind: 'network' } satisfies Failure)),
    );
    if (!failure || request !== this.request) return;
    this.failure = failure;
    this.provide(bundledSource, 'error');
    const message = this.describe(failure, src, 'en');
    console.warn(`<visa-data>: src="${src}" not used: ${message}`);
    this.dispatchEvent(new VisaDataErrorEvent({ src, message }));
  }

  private async fetchDataset(src: string) {
    let response: Response;
    try {
      response = await fetch(src, { credentials: 'omit' });
    } catch {
      throw new DatasetLoadError({ kind: 'network' });
    }
    if (!response.ok) throw new DatasetLoadError({ kind: 'http', status: response.status });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new DatasetLoadError({ kind: 'not-json' });
    }
    const result = validateDataset(json);
    if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', issues: result.issues });
    return createDataSource(result.dataset, src);
  }

  private describe(failure: Failure, src: string, locale: Locale): string {
    const t = messages(locale).data;
    switch (failure.kind) {
      case 'http':
        return t.http(src, failure.status);
      case 'network':
        return t.network(src);
      case 'not-json':
        return t.notJson(src);
      case 'invalid':
        return `${t.invalid(src, failure.issues.length)} ${failure.issues.slice(0, SHOWN_ISSUES).map(formatIssue).join('; ')}`;
    }
  }

  protected override renderContent() {
    const t = messages(this.locale).data;
    const failure = this.failure;
    return html`
      ${this.provided.status === 'loading' ? html`<span class="status" part="status" role="status">${t.loading}</span>` : nothing}
      ${
        failure
          ? html`<div class="message" part="message" role="alert">
              ${
                failure.kind === 'invalid'
                  ? html`<p>${t.invalid(this.src!, failure.issues.length)}</p>
                      <ul>
                        ${failure.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
                      </ul>
                      ${failure.issues.length > SHOWN_ISSUES ? html`<p>${t.more(failure.issues.length - SHOWN_ISSUES)}</p>` : nothing}`
                  : html`<p>${this.describe(failure, this.src!, this.locale)}</p>`
              }
              <p>${t.keptBundled}</p>
            </div>`
          : nothing
      }
      <slot></slot>
    `;
  }
}

defineElement('visa-data', VisaData);

declare global {
  interface HTMLElementTagNameMap {
    'visa-data': VisaData;
  }
}
