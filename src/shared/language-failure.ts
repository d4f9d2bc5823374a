/**
 * The few words a widget needs when the texts of its language could not be fetched (only the loader fetches
 * them), built into every widget because the catalogue that would hold them is what is missing.
 */
import type { Locale } from '../data/locales.js';

/** The page's language failed; the widget shows English. */
export const LANGUAGE_FAILED: Record<Locale, string> = {
  en: '',
  de: 'Die deutschen Texte konnten nicht geladen werden; dieses Widget zeigt sie auf Englisch.',
  ru: 'Не удалось загрузить русские тексты; виджет показан на английском.',
};

/** No language could be fetched at all. */
export const NO_LANGUAGE: Record<Locale, string> = {
  en: 'This visa widget could not load its texts. Please reload the page.',
  de: 'Dieses Visa-Widget konnte seine Texte nicht laden. Bitte laden Sie die Seite neu.',
  ru: 'Виджет о визах не смог загрузить тексты. Пожалуйста, перезагрузите страницу.',
};

/** The page's language is still being fetched (shown after a second, where the page gives no fallback content). */
export const LANGUAGE_LOADING: Record<Locale, string> = {
  en: 'Loading the visa widget…',
  de: 'Das Visa-Widget wird geladen …',
  ru: 'Виджет о визах загружается…',
};
