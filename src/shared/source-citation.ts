/** A source as the widgets print it: the title (a link where the source has an address), then its byline. */
import { html } from 'lit';
import type { Locale } from '../data/locales.js';
import type { Source } from '../data/schema.js';
import { sourceCitation } from '../i18n/programme-facts.js';

export function citation(source: Source, locale: Locale) {
  const { title, byline, url } = sourceCitation(source, locale);
  return html`<cite>${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${title}</a>` : title}</cite>
    <span class="byline">(${byline})</span>`;
}
