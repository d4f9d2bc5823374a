/**
 * What `await window.NomadVisaWidgets.ready` gives with the loader: the whole DOM-free API, the event classes
 * and the version, with every language loaded (an answer can be asked for in any of them).
 */
import { LOCALES } from '../data/locales.js';
import { loadLanguage } from '../i18n/messages/index.js';

export * from '../api.js';
export { VisaCompareChangeEvent, VisaDataErrorEvent, VisaDataLoadEvent, VisaEligibilityChangeEvent } from '../shared/events.js';

/** Resolves when every language is here; rejects naming those that could not be fetched. */
export async function loadLanguages(): Promise<void> {
  const loaded = await Promise.all(LOCALES.map((locale) => loadLanguage(locale, true)));
  const missing = LOCALES.filter((_, i) => !loaded[i]);
  if (missing.length) throw new Error(`nomad-visa-widgets: the texts for ${missing.join(', ')} could not be loaded`);
}
