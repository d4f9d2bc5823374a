/** The built single script in tests: loaded into the test page itself, or into test pages opened in an iframe. */
import { aTimeout } from '@open-wc/testing';

/** What a page under test exposes (see test/pages/watch.js). */
export interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __apiAfterFirst?: unknown;
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

export async function openPage(path: string, width = 1200): Promise<{ doc: Document; win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await widgetsUp(doc);
  await aTimeout(50);
  return { doc, win, frame };
}

/**
 * Waits until every widget in `doc` is defined (the loader fetches their code after the page loads) and has
 * rendered (after its language's texts arrived); gives up on the definitions after five seconds.
 */
export async function widgetsUp(doc: Document): Promise<void> {
  const widgets = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('visa-'));
  const registry = doc.defaultView!.customElements;
  const defined = Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => registry.whenDefined(tag)));
  await Promise.race([defined, aTimeout(5000)]);
  await Promise.all(widgets.map((el) => (el as Updating).updateComplete));
}

export const shadow = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;

/** Waits (up to two seconds) until `ready` says yes. */
export async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i += 1) await aTimeout(20);
}

/** Loads the bundle, dist/nomad-visa-widgets.bundle.js, into the test page (once): every element defined at once. */
export async function loadBuiltScript(): Promise<void> {
  if (window.NomadVisaWidgets) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/nomad-visa-widgets.bundle.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/nomad-visa-widgets.bundle.js did not load: run npm run build'));
    document.head.append(script);
  });
}

export type Widget = HTMLElement & { updateComplete: Promise<unknown>; provided?: { status: string; source: unknown; currency?: string } };

/** Markup in this test page, upgraded by the built script, with every widget rendered. */
export async function mount<T extends Element = Widget>(markup: string): Promise<T> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  await settle(holder);
  return holder.firstElementChild as T;
}

export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const widgets = [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('visa-'));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await aTimeout(0);
  }
}

export function quietWarnings(): { warnings: string[]; restore: () => void } {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = warn) };
}

/**
 * A page in an iframe with `body` and the loader from `src` (a path the test server may make faulty, see
 * web-test-runner.config.mjs), in `lang`, with the loader's deadline `timeout` in seconds if given.
 */
export async function loaderPage(body: string, src: string, lang = 'de', timeout?: number) {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc =
    `<!doctype html><html lang="${lang}"><head><script src="/test/pages/watch.js"></script>` +
    `<script src="${src}"${timeout ? ` data-timeout="${timeout}"` : ''}></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as PageWindow };
}

const served: string[] = [];

/** `data` (as JSON, or a string as it is) at a blob: URL of this page, for <visa-data src>; see revokeServed. */
export function serve(data: unknown): string {
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  served.push(url);
  return url;
}

/** Frees every URL serve() made (an after() hook). */
export function revokeServed(): void {
  served.splice(0).forEach((url) => URL.revokeObjectURL(url));
}
