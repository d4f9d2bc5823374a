/**
 * Keeps an element's language current: its own `lang`, else the closest ancestor's, else the document's,
 * else English; re-renders the host when any `lang` on the page changes. Where a language's texts are fetched
 * on demand (the loader) and could not be had, the element shows English and `requested` keeps what was asked.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, type Locale } from '../data/locales.js';
import { languageReady, onLateLanguage } from '../i18n/messages/index.js';
import { localeOf, onLanguageChange } from './lang.js';

export class LanguageController implements ReactiveController {
  /** The language the element shows. */
  locale: Locale = DEFAULT_LOCALE;
  /** The language the page asks for. */
  requested: Locale = DEFAULT_LOCALE;
  private stops: (() => void)[] = [];

  /** `engine`: the host also shows the rule engine's texts, which the loader fetches apart. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly engine = false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.stops = [
      onLanguageChange(() => {
        if (localeOf(this.host) !== this.requested) this.host.requestUpdate();
      }),
      // Shown in English because the page's language was late: it has arrived.
      onLateLanguage(() => {
        if (this.locale !== this.requested && languageReady(this.requested, this.engine)) this.host.requestUpdate();
      }),
    ];
  }

  hostDisconnected(): void {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  /** Call at the start of the host's willUpdate (which Lit runs before controllers' hostUpdate). */
  refresh(): void {
    this.requested = localeOf(this.host);
    this.locale = languageReady(this.requested, this.engine) ? this.requested : DEFAULT_LOCALE;
  }
}
