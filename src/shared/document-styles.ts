/**
 * Style sheets for the document a widget is in. A constructed style sheet belongs to the document whose window
 * made it: adopting it in a shadow root of another document throws, and moving a widget into another document
 * (a same-origin iframe, a window opened by the page) empties its shadow root's style sheets. So a widget in
 * another document gets copies made by that document's window, made once per window and style.
 */
import type { CSSResultOrNative } from 'lit';

const copies = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();

function cssText(style: CSSResultOrNative): string {
  if (!(style instanceof CSSStyleSheet)) return style.cssText;
  return [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

function sheetFor(style: CSSResultOrNative, view: Window): CSSStyleSheet | undefined {
  if (view === window) return style instanceof CSSStyleSheet ? style : style.styleSheet;
  let sheets = copies.get(view);
  if (!sheets) copies.set(view, (sheets = new Map()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(cssText(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Gives a shadow root the element's styles as sheets of its own document. A document without a window (one
 * made by DOMParser or a template) gets none until the widget is moved into a real one.
 */
export function adoptDocumentStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const view = root.ownerDocument.defaultView;
  if (!view) return;
  root.adoptedStyleSheets = styles.map((style) => sheetFor(style, view)).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
}
