/**
 * dist/nomad-visa-widgets.js: the one tag a site pastes. It holds no widget: it finds the widget tags on the
 * page (and those added later), and fetches from its own folder only the code of the widgets used, which in
 * turn fetch only the texts of the language they show (src/loader/languages.ts). A page with one card fetches
 * the card's code and one language, nothing else.
 *
 * - `<visa-data>` is defined before the widgets inside it, so they find it when they start; their code is
 *   fetched meanwhile (modulepreload), not after it.
 * - A file that cannot be fetched (or cannot start: a Trusted Types policy) leaves a visible message in each of
 *   its widgets and a console warning; the other widgets and the page go on.
 * - Every fetch has a deadline (deadline.ts: 8 s, or `data-timeout` in seconds on this script's tag). A widget
 *   whose code is late says so and keeps the page's fallback content in view; if the code still arrives, the
 *   widget starts.
 * - Loaded twice, from two paths, or beside the bundle: only the first copy defines anything.
 * - Widgets inside another component's shadow root: call `NomadVisaWidgets.discover(shadowRoot)`.
 */
import startupFailure from '../startup-failure.js';
import { version } from '../version.js';
import { DEFAULT_TIMEOUT_MS, whenLate } from './deadline.js';
import { showOverdue } from './overdue.js';
import type { NomadVisaWidgetsGlobal, ReadyApi } from './window.js';

const TAGS = ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility'] as const;
type Tag = (typeof TAGS)[number];

/**
 * The folder of this script: the chunks lie in `lazy/` beside it. A CDN's package URL without a file
 * (`…/npm/nomad-visa-widgets@0.1.0`) serves this file from the package's `dist/`.
 */
function ownScript(): HTMLScriptElement | undefined {
  return (
    (document.currentScript as HTMLScriptElement | null) ??
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /nomad-visa-widgets[^/]*(\.js)?([?#]|$)/.test(s.src))
  );
}

function baseUrl(script: HTMLScriptElement | undefined): URL {
  const src = new URL(script?.src ?? document.baseURI);
  return src.pathname.endsWith('.js') ? new URL('lazy/', src) : new URL(`${src.pathname.replace(/\/$/, '')}/dist/lazy/`, src);
}

/** `data-timeout` on the script tag, in seconds: how long to wait for each file; absent or not a positive number: 8. */
function readTimeout(script: HTMLScriptElement | undefined): number | undefined {
  const value = script?.dataset.timeout;
  const ms = Number(value) * 1000;
  if (ms > 0 && ms < Infinity) return ms;
  if (value !== undefined)
    console.warn(
      `nomad-visa-widgets: data-timeout="${value}" is not a number of seconds; waiting ${DEFAULT_TIMEOUT_MS / 1000} s for each file.`,
    );
}

function start(): void {
  const script = ownScript();
  const base = baseUrl(script);
  const late = new Set<Tag>();
  const loads = new Map<Tag, Promise<unknown>>();
  const url = (file: string) => new URL(file, base).href;

  function preload(href: string): void {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }

  function load(tag: Tag): void {
    if (loads.has(tag) || customElements.get(tag)) return;
    const href = url(`${tag}.js`);
    const provider = tag === 'visa-data' ? undefined : loads.get('visa-data');
    if (provider) preload(href);
    const loaded = (provider ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        const importing = import(/* @vite-ignore */ href) as Promise<unknown>;
        whenLate(importing, href, (message) => {
          console.warn(`nomad-visa-widgets: <${tag}>: ${message}; it starts if the file still arrives.`);
          late.add(tag);
          showOverdue(document, tag);
        });
        return importing.finally(() => late.delete(tag));
      })
      .catch((error: unknown) =>
        startupFailure(new Error(`<${tag}> could not load from ${href}: ${String(error)}${failedFiles()}`), [tag]),
      );
    loads.set(tag, loaded);
  }

  /**
   * The browser names only the widget's file when any file it imports fails: the files of ours that answered
   * with an error status (a shared chunk, say), so the warning names the one that failed.
   */
  function failedFiles(): string {
    const failed = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(base.href) && (entry as PerformanceResourceTiming).responseStatus >= 400)
      .map((entry) => `${entry.name} (${(entry as PerformanceResourceTiming).responseStatus})`);
    return failed.length ? `; failed: ${failed.join(', ')}` : '';
  }

  function discover(root: ParentNode = document): void {
    for (const tag of TAGS) {
      if (!loads.has(tag) && root.querySelector(tag)) load(tag);
      if (late.has(tag)) showOverdue(root, tag);
    }
  }

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if ((TAGS as readonly string[]).includes(element.localName)) load(element.localName as Tag);
        if (late.has(element.localName as Tag)) showOverdue(element, element.localName);
        if (element.firstElementChild) discover(element);
      }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => discover(), { once: true });

  let ready: Promise<ReadyApi> | undefined;
  const api: NomadVisaWidgetsGlobal = {
    version,
    // Fetched on first use only: a page that never calls the API never downloads it.
    get ready() {
      ready ??= new Promise<ReadyApi & { loadLanguages(): Promise<void> }>((resolve, reject) => {
        const href = url('api.js');
        const importing = import(/* @vite-ignore */ href) as Promise<ReadyApi & { loadLanguages(): Promise<void> }>;
        whenLate(importing, href, (message) => reject(new Error(message)));
        importing.then(resolve, reject);
      }).then(
        async (module) => {
          await module.loadLanguages();
          const { loadLanguages: _, ...functions } = module;
          Object.assign(api, functions);
          return functions;
        },
        (error: unknown) => {
          // Asked again later, the API is fetched again.
          ready = undefined;
          throw error;
        },
      );
      return ready;
    },
    discover,
    timeout: readTimeout(script),
  };
  window.NomadVisaWidgets = api;
  window.NomadVisaWidgetsVersions ??= {};
  window.NomadVisaWidgetsVersions[version] ??= api;
}

// A copy already here (this loader from another path, or the bundle) has defined, or will define, every tag.
if (!window.NomadVisaWidgets) start();
