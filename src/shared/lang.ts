/**
 * The widget's language: its own `lang`, else the closest ancestor's, else the document's, else English.
 * Elements re-render when <html lang> changes (a page's language switcher).
 */
import type { Locale } from '../data/locales.js';
import { resolveLocale } from '../i18n/locale.js';

export function localeOf(element: HTMLElement): Locale {
  const own = element.getAttribute('lang');
  if (own) return resolveLocale(own);
  // Rendered on a server (Lit SSR), an element has no document and no ancestors: its own lang, or English.
  const host = element.parentElement?.closest?.('[lang]') ?? (element.getRootNode?.() as ShadowRoot | undefined)?.host?.closest?.('[lang]');
  return resolveLocale(host?.getAttribute('lang') ?? element.ownerDocument?.documentElement?.lang);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever any element's lang attribute changes; returns the unsubscribe function. */
export function onLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
