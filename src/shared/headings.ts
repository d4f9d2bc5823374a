/**
 * Headings at the level a page asks for (`heading-level`): a widget cannot know the page's outline, so its top
 * headings take the given level and inner ones the next. Static tags, so no markup is built from strings.
 */
import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The tag for this level, kept within h1–h6 (an inner heading below h6 stays h6). */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(Math.max(Math.round(level), 1), 6) - 1];
}
