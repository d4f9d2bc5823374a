/**
 * A source as the widgets print it: the title (a link where the source has an address) in the source's own
 * language, then its byline in the reader's.
 */
import { html } from 'lit';
import type { Locale } from '../data/locales.js';
import type { Source } from '../data/schema.js';
import { sourceCitation } from '../i18n/programme-facts.js';
import { separated } from './separated.js';

export function citation(source: Source, locale: Locale) {
  const { title, bylineParts, url } = sourceCitation(source, locale);
  return html`<cite lang=${source.language}
      >${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${title}</a>` : title}</cite
    >
    <span class="byline">(${separated(bylineParts)})</span>`;
}
