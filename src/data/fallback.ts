/**
 * Texts in a language the dataset does not give. A dataset must give every text in its default language; a
 * missing language falls back per text to English where the text has it, else to the default language, and
 * the fallback carries a mark in the reader's language (" (in German)"), so nobody mistakes it for a
 * translation. No DOM.
 */
import { LOCALES, type Locale } from './locales.js';

/** The mark after a text shown in `from` to a reader of `locale`, e.g. " (auf Englisch)". */
export type FallbackMark = (locale: Locale, from: Locale) => string;

type Key = string | number;
type Texts = Partial<Record<Locale, string>>;

function isTexts(node: object): node is Texts {
  const keys = Object.keys(node);
  const locales: readonly string[] = LOCALES;
  return keys.length > 0 && keys.every((key) => locales.includes(key)) && Object.values(node).every((v) => typeof v === 'string');
}

/** Calls `visit` with the path of every multilingual text below `node`. */
export function walkTexts(node: unknown, path: Key[], visit: (path: Key[], texts: Texts) => void): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkTexts(item, [...path, i], visit));
    return;
  }
  if (isTexts(node)) {
    visit(path, node);
    return;
  }
  for (const [key, child] of Object.entries(node)) walkTexts(child, [...path, key], visit);
}

/** Fills, in place, every language a text lacks; returns how many texts were filled. */
export function fillFallbacks(root: unknown, defaultLanguage: Locale, mark: FallbackMark = () => ''): number {
  let filled = 0;
  walkTexts(root, [], (_path, texts) => {
    const from: Locale = texts.en !== undefined ? 'en' : defaultLanguage;
    const source = texts[from];
    if (source === undefined) return;
    let changed = false;
    for (const locale of LOCALES) {
      if (texts[locale] !== undefined) continue;
      texts[locale] = `${source}${mark(locale, from)}`;
      changed = true;
    }
    if (changed) filled++;
  });
  return filled;
}
