/**
 * The languages the dataset and the UI are written in (English, German, Russian). Adding a code here makes
 * every localized text in the dataset require it, so `npm run data:check` lists
 * each missing translation.
 */
export const LOCALES = ['en', 'de', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
