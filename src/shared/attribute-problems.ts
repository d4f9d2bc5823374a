/** Bad attribute values: each is shown in the widget and warned once in the console, naming attribute and value. */
import type { UiMessages } from '../i18n/catalogue.js';

export interface AttributeProblem {
  attribute: string;
  value: string;
  /** A key of the catalogue's `ui.reasons`, so every reason has a message in every language. */
  reason: keyof UiMessages['reasons'];
}

const warned = new WeakMap<Element, Set<string>>();

export function warnAttributeProblems(element: Element, problems: readonly AttributeProblem[]): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  for (const { attribute, value, reason } of problems) {
    const key = `${attribute}\u0000${value}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    console.warn(`<${element.localName}>: ignored ${attribute}="${value}" (${reason})`);
  }
}

/** Splits "pt, es ,hr" into ['pt', 'es', 'hr']. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).map((item) => item.trim()).filter(Boolean);
}
