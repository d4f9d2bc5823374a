import { consume, ContextRoot, provide } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createDataSource, type DataSource } from '../../data/data-source.js';
import { parseJsonInSteps } from '../../data/parse-in-steps.js';
import { bundledSource } from '../../data/dataset.js';
import type { Locale } from '../../data/locales.js';
import { withRateTable } from '../../data/rates.js';
import type { RateTable } from '../../data/schema.js';
import { formatIssue, type DatasetIssue } from '../../data/issues.js';
import { messages } from '../../i18n/messages/index.js';
import {
  readAddress,
  readCurrency,
  readFlag,
  readMaxBytes,
  readTimeout,
  shownValue,
  type AttributeProblem,
} from '../../shared/attributes.js';
import { baseStyles } from '../../shared/base-styles.js';
import { visaDataContext, type ProvidedData } from '../../shared/context.js';
import { VisaDataErrorEvent, VisaDataLoadEvent } from '../../shared/events.js';
import { VisaBase } from '../../shared/visa-base.js';
import { yieldToMain } from '../../shared/yield.js';

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
  | { kind: 'too-big'; limit: number }
  | { kind: 'own-file'; detail: string }
  | { kind: 'unexpected'; detail: string }
  | { kind: 'invalid'; issues: DatasetIssue[] };

/** Where one of this element's own files (`src`, `rates-src`) stands. */
type Load<T> =
  { status: 'none' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; failure: Failure; url: string };
type FileAttribute = 'src' | 'rates-src';

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
 * @attr {string} src - URL of a dataset in the same schema as data/visas.json (as a property: text or a URL object).
 * @attr {string} rates-src - URL of a table of exchange rates (`{ sources, exchangeRates }`, dated and sourced) that
 *   replaces the dataset's rates for the currencies it gives; the footnotes show its dates.
 * @attr {number} timeout - Seconds to wait for `src`, fetched and checked, before giving up (default 15, at most 300).
 * @attr {number} max-bytes - The largest `src` to read, in bytes (default 8 MB: 8388608); a larger file is refused
 *   before it is parsed.
 * @attr {string} currency - Default display currency for the widgets inside: EUR, USD, any currency with a rate, or local.
 * @attr {string} lang - Language for the widgets inside (they read it as their ancestor's lang).
 * @attr {'light' | 'dark' | 'auto'} theme - light, dark or auto, for this element's own messages. Default: inherit the page's colours.
 * @attr {boolean} debug - Shows the details of a setup problem (attribute, value, URL, status) in the widget, for the
 *   site's developer (boolean). Without it visitors see one neutral line; the details always go to the console.
 *
 * @fires {VisaDataErrorEvent} visa-data-error - When `src` or `rates-src` cannot be used. `detail: { src, message }`.
 * @fires {VisaDataLoadEvent} visa-data-load - When the dataset from `src` is in use. `detail: { src, programmes }`.
 *
 * @slot - The widgets that share this data.
 *
 * @csspart message - The message about a dataset or rate table that could not be used.
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

  @property() accessor src: string | URL | undefined;
  @property({ attribute: 'rates-src' }) accessor ratesSrc: string | URL | undefined;
  @property() accessor timeout: string | undefined;
  @property({ attribute: 'max-bytes' }) accessor maxBytes: string | undefined;

  /**
   * What an enclosing <visa-data> provides (its own data, or what it inherited in turn).
   * @internal
   */
  @consume({ context: visaDataContext, subscribe: true })
  @state()
  accessor inherited: ProvidedData | undefined;

  /** @internal What this element hands to the widgets inside. */
  @provide({ context: visaDataContext })
  @state()
  accessor provided: ProvidedData = { source: bundledSource, status: 'ready' };

  @state() private accessor own: Load<DataSource> = { status: 'none' };
  @state() private accessor rates: Load<RateTable> = { status: 'none' };
  private requests: Record<FileAttribute, number> = { src: 0, 'rates-src': 0 };
  private limits: Limits = { seconds: readTimeout(undefined).value, maxBytes: readMaxBytes(undefined).value };
  /** `src` and `rates-src` as addresses (text or URL objects), read with the other attributes on each update. */
  private addresses: Record<FileAttribute, string | undefined> = { src: undefined, 'rates-src': undefined };

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
    const timeout = readTimeout(this.timeout);
    const maxBytes = readMaxBytes(this.maxBytes);
    const src = readAddress('src', this.src);
    const ratesSrc = readAddress('rates-src', this.ratesSrc);
    this.limits = { seconds: timeout.value, maxBytes: maxBytes.value };
    this.addresses = { src: src.value, 'rates-src': ratesSrc.value };
    return [...timeout.problems, ...maxBytes.problems, ...src.problems, ...ratesSrc.problems];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) void this.load('src', this.addresses.src, fetchDataset, (own) => (this.own = own));
    if (changed.has('ratesSrc')) void this.load('rates-src', this.addresses['rates-src'], fetchRateTable, (rates) => (this.rates = rates));
    const { own, rates } = this;
    const outer = this.inherited;
    const base = own.status === 'ready' ? own.value : (outer?.source ?? bundledSource);
    const loading = own.status === 'loading' || rates.status === 'loading';
    const next: ProvidedData = {
      source: rates.status === 'ready' ? withRateTable(base, rates.value) : base,
      currency: this.providedCurrency ?? outer?.currency,
      status: loading ? 'loading' : own.status === 'none' ? (outer?.status ?? 'ready') : own.status === 'error' ? 'error' : 'ready',
    };
    const was = this.provided;
    if (was.source !== next.source || was.currency !== next.currency || was.status !== next.status) this.provided = next;
  }

  /** Fetches `url` for `attribute`; only the latest request for an attribute counts. */
  private async load<T>(
    attribute: FileAttribute,
    url: string | undefined,
    fetchFile: (url: string, limits: Limits) => Promise<T>,
    set: (state: Load<T>) => void,
  ): Promise<void> {
    const request = ++this.requests[attribute];
    if (!url) {
      set({ status: 'none' });
      return;
    }
    set({ status: 'loading' });
    let failure: Failure | undefined;
    let value: T | undefined;
    try {
      value = await fetchFile(url, this.limits);
    } catch (error) {
      failure = error instanceof DatasetLoadError ? error.failure : { kind: 'unexpected', detail: String(error) };
    }
    if (request !== this.requests[attribute]) return;
    if (value !== undefined) {
      set({ status: 'ready', value });
      if (attribute === 'src') this.dispatchEvent(new VisaDataLoadEvent({ src: url, programmes: (value as DataSource).programmes.length }));
      return;
    }
    set({ status: 'error', failure: failure!, url });
    const message = this.describe(failure!, url, 'en');
    console.warn(`<${this.localName}>: ${attribute}="${shownValue(url)}" not used: ${message}`);
    this.dispatchEvent(new VisaDataErrorEvent({ src: url, message }));
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
      case 'too-big':
        return t.tooBig(url, failure.limit);
      case 'own-file':
        return t.ownFile(url, failure.detail);
      case 'unexpected':
        return t.unexpected(url, failure.detail);
      case 'invalid':
        return `${t.invalid(url, failure.issues.length)} ${failure.issues.slice(0, SHOWN_ISSUES).map(formatIssue).join('; ')}`;
    }
  }

  /** What failed, for visitors in one neutral line, with `debug` in full; then what the widgets use instead. */
  private renderFailure(failure: Failure, url: string, failed: string, kept: string) {
    const t = messages(this.locale).data;
    return html`<div class="message" part="message" role="alert">
      ${
        !readFlag(this.debug)
          ? html`<p>${failed}</p>`
          : failure.kind === 'invalid'
            ? html`<p>${t.invalid(shownValue(url), failure.issues.length)}</p>
                <ul>
                  ${failure.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
                </ul>
                ${failure.issues.length > SHOWN_ISSUES ? html`<p>${t.more(failure.issues.length - SHOWN_ISSUES)}</p>` : nothing}`
            : html`<p>${this.describe(failure, url, this.locale)}</p>`
      }
      <p>${kept}</p>
    </div>`;
  }

  protected override renderContent() {
    const t = messages(this.locale).data;
    const { own, rates } = this;
    const loading = own.status === 'loading' || rates.status === 'loading';
    return html`
      ${loading ? html`<span class="status" part="status" role="status">${t.loading}</span>` : nothing}
      ${
        own.status === 'error'
          ? this.renderFailure(
              own.failure,
              own.url,
              t.failed,
              this.inherited && this.inherited.source !== bundledSource ? t.keptOuter : t.keptBundled,
            )
          : nothing
      }
      ${rates.status === 'error' ? this.renderFailure(rates.failure, rates.url, t.ratesFailed, t.keptRates) : nothing}
      <slot></slot>
    `;
  }
}

/** How long a file may take, fetched and checked, and how large it may be (`timeout`, `max-bytes`). */
interface Limits {
  seconds: number;
  maxBytes: number;
}

/** The `timeout` of one file: a signal that aborts its fetch, and whether the time is up (checked between steps). */
function startClock(seconds: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  // Read at each pause too: a yield (scheduler.yield) runs before the timer's task, which may never come between steps.
  const end = performance.now() + seconds * 1000;
  const timedOut = () => new DatasetLoadError({ kind: 'timeout', seconds });
  return {
    signal: controller.signal,
    timedOut,
    /** Between steps of parsing and checking: a yield to the page, and the end once the time is up. */
    pause: async () => {
      await yieldToMain();
      if (controller.signal.aborted || performance.now() >= end) throw timedOut();
    },
    stop: () => clearTimeout(timer),
  };
}
type Clock = ReturnType<typeof startClock>;

/**
 * Fetches JSON within the file's clock (body included: a server that never answers or drips forever is cut
 * off, and parsing counts too), refusing a body larger than `maxBytes` as it arrives, before anything is parsed.
 */
async function fetchJson(src: string, clock: Clock, maxBytes: number): Promise<unknown> {
  const fail = (failure: Failure) => (clock.signal.aborted ? clock.timedOut() : new DatasetLoadError(failure));
  let response: Response;
  try {
    response = await fetch(src, { credentials: 'omit', signal: clock.signal });
  } catch {
    throw fail({ kind: 'network' });
  }
  if (!response.ok) throw fail({ kind: 'http', status: response.status });
  if (Number(response.headers.get('content-length')) > maxBytes) throw fail({ kind: 'too-big', limit: maxBytes });
  let text: string;
  try {
    text = await readText(response, maxBytes);
  } catch (error) {
    throw error instanceof DatasetLoadError ? error : fail({ kind: 'network' });
  }
  try {
    // In slices, with a pause between them: a file of 500 programmes is several megabytes.
    return await parseJsonInSteps(text, clock.pause);
  } catch (error) {
    throw error instanceof DatasetLoadError ? error : fail({ kind: 'not-json' });
  }
}

/** The body as text (UTF-8, as response.json() reads it); a DatasetLoadError once it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw new DatasetLoadError({ kind: 'too-big', limit: maxBytes });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The validator (zod) is needed only for files fetched at run time, so it is loaded then: pages that use the
 * bundled data never download it. In the single-file bundle it is inlined. If it cannot be had, the failure
 * says it is a file of ours, not the site's.
 */
const loadValidator = () =>
  import('../../data/validate.js').catch((error: unknown) => {
    throw new DatasetLoadError({ kind: 'own-file', detail: String(error) });
  });

/**
 * Fetches `src` and checks it with the validator, both within `timeout` and `max-bytes` (one clock for both:
 * checking yields to the page through `clock.pause`, which also ends it once the time is up).
 */
async function fetchChecked<T>(
  src: string,
  limits: Limits,
  check: (input: unknown, validator: Awaited<ReturnType<typeof loadValidator>>, clock: Clock) => T | Promise<T>,
): Promise<T> {
  const clock = startClock(limits.seconds);
  try {
    const [input, validator] = await Promise.all([fetchJson(src, clock, limits.maxBytes), loadValidator()]);
    return await check(input, validator, clock);
  } finally {
    clock.stop();
  }
}

/** A dataset, checked in steps so a large file never freezes the page; texts a language lacks fall back, marked. */
const fetchDataset = (src: string, limits: Limits): Promise<DataSource> =>
  fetchChecked(src, limits, async (input, { validateDatasetInSteps }, clock) => {
    const mark = (locale: Locale, from: Locale) => messages(locale).data.inLanguage[from];
    const result = await validateDatasetInSteps(input, { mark, pause: clock.pause });
    if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', issues: result.issues });
    return createDataSource(result.dataset, src);
  });

/** A table of exchange rates. */
const fetchRateTable = (src: string, limits: Limits): Promise<RateTable> =>
  fetchChecked(src, limits, (input, { validateRateTable }) => {
    const result = validateRateTable(input);
    if (!result.ok) throw new DatasetLoadError({ kind: 'invalid', issues: result.issues });
    return result.rates;
  });
