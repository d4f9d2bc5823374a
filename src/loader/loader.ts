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
 * - Loaded twice, from two paths, or beside the bundle: only the first copy defines anything.
 * - Widgets inside another component's shadow root: call `NomadVisaWidgets.discover(shadowRoot)`.
 */
import startupFailure from '../startup-failure.js';
import { version } from '../version.js';
import type { NomadVisaWidgetsGlobal, ReadyApi } from './window.js';

const TAGS = ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility'] as const;
type Tag = (typeof TAGS)[number];

/**
 * The folder of this script: the chunks lie in `lazy/` beside it. A CDN's package URL without a file
 * (`…/npm/nomad-visa-widgets@0.1.0`) serves this file from the package's `dist/`.
 */
function baseUrl(): URL {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /nomad-visa-widgets[^/]*(\.js)?([?#]|$)/.test(s.src));
  const src = new URL(script?.src ?? document.baseURI);
  return src.pathname.endsWith('.js') ? new URL('lazy/', src) : new URL(`${src.pathname.replace(/\/$/, '')}/dist/lazy/`, src);
}

function start(): void {
  const base = baseUrl();
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
      .then(() => import(/* @vite-ignore */ href))
      .catch((error: unknown) => startupFailure(new Error(`<${tag}> could not load from ${href}: ${String(error)}`), [tag]));
    loads.set(tag, loaded);
  }

  function discover(root: ParentNode = document): void {
    for (const tag of TAGS) if (!loads.has(tag) && root.querySelector(tag)) load(tag);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if ((TAGS as readonly string[]).includes(element.localName)) load(element.localName as Tag);
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
      ready ??= import(/* @vite-ignore */ url('api.js')).then(async (module: ReadyApi & { loadLanguages(): Promise<void> }) => {
        await module.loadLanguages();
        const { loadLanguages: _, ...functions } = module;
        Object.assign(api, functions);
        return functions;
      });
      return ready;
    },
    discover,
  };
  window.NomadVisaWidgets = api;
  window.NomadVisaWidgetsVersions ??= {};
  window.NomadVisaWidgetsVersions[version] ??= api;
}

// A copy already here (this loader from another path, or the bundle) has defined, or will define, every tag.
if (!window.NomadVisaWidgets) start();
