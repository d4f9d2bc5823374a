/**
 * Headings at the level a page asks for (`heading-level`): a widget cannot know the page's outline, so its top
 * headings take the given level and inner ones the next. Six plain templates: no markup built from strings.
 */
import { html, type TemplateResult } from 'lit';

/** An h1–h6 with this id; a level outside 1–6 is kept within it (an inner heading below h6 stays h6). */
export function heading(level: number, id: string, content: unknown): TemplateResult {
  switch (Math.min(Math.max(Math.round(level), 1), 6)) {
    case 1:
      return html`<h1 id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id}>${content}</h5>`;
    default:
      return html`<h6 id=${id}>${content}</h6>`;
  }
}
