/**
 * Keeps an element's language current: its own `lang`, else the closest ancestor's, else the document's,
 * else English; re-renders the host when any `lang` on the page changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../data/locales.js';
import { localeOf, onLanguageChange } from './lang.js';

export class LanguageController implements ReactiveController {
  locale: Locale = 'en';
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = localeOf(this.host);
    this.stop = onLanguageChange(() => {
      const next = localeOf(this.host);
      if (next !== this.locale) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /** Call at the start of the host's willUpdate (which Lit runs before controllers' hostUpdate). */
  refresh(): void {
    this.locale = localeOf(this.host);
  }
}
