/**
 * Parts of a line drawn with " · " between them, the dot hidden from screen readers (which would read it as
 * "dot"); the spaces around it stay in the text, so the parts are still read as separate words.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The " · " between two parts (also after text that comes before a separated line). */
export const separator = html` <span class="separator" aria-hidden="true">·</span> `;

export function separated(parts: readonly unknown[]): TemplateResult {
  const shown = parts.filter((part) => part !== undefined && part !== null && part !== '' && part !== nothing);
  return html`${shown.map((part, i) => (i ? html`${separator}${part}` : part))}`;
}
