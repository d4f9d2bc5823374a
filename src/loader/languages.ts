/**
 * The languages as the loader's build ships them (swapped in for src/i18n/messages/index.ts): a language's
 * interface catalogue and dataset texts are fetched, as one file from the loader's folder, the first time a
 * widget shows that language; the rule engine's texts, in a file of their own, only for a widget or the API
 * that judges profiles. Exports the same as src/i18n/messages/index.ts.
 */
import type { Locale } from '../data/locales.js';
import type { Catalogue, EngineMessages } from '../i18n/catalogue.js';
import { addTexts } from './dataset.js';
import { whenLate } from './deadline.js';

interface Language {
  catalogue: Omit<Catalogue, 'engine'>;
  default: string[];
}

const files: Record<Locale, () => Promise<Language>> = {
  en: () => import('nomad-visa:language/en'),
  de: () => import('nomad-visa:language/de'),
  ru: () => import('nomad-visa:language/ru'),
};

const engineFiles: Record<Locale, () => Promise<{ default: EngineMessages }>> = {
  en: () => import('nomad-visa:engine/en'),
  de: () => import('nomad-visa:engine/de'),
  ru: () => import('nomad-visa:engine/ru'),
};

/** The languages loaded so far (the built-in module's `catalogues` has all three). */
export const catalogues: Record<Locale, Catalogue> = {} as Record<Locale, Catalogue>;
const engines: Partial<Record<Locale, EngineMessages>> = {};
const loads = new Map<string, Promise<boolean>>();

/** A language's catalogue; a widget asks only once languageReady() says so (else: any loaded one). */
export function messages(locale: Locale): Catalogue {
  return catalogues[locale] ?? catalogues.en ?? Object.values(catalogues)[0];
}

export function languageReady(locale: Locale, engine = false): boolean {
  return catalogues[locale] !== undefined && (!engine || engines[locale] !== undefined);
}

/** Fetches a language once (with `engine`, its engine texts too); resolves false (and warns once) if a file could not be had. */
export function loadLanguage(locale: Locale, engine = false): Promise<boolean> {
  const base = once(`texts for lang="${locale}"`, () =>
    files[locale]().then(({ catalogue, default: texts }) => {
      addTexts(locale, texts);
      catalogues[locale] = withEngine(locale, catalogue);
    }),
  );
  if (!engine) return base;
  const engineTexts = once(`engine texts for lang="${locale}"`, () =>
    engineFiles[locale]().then((file) => void (engines[locale] = file.default)),
  );
  return Promise.all([base, engineTexts]).then(([a, b]) => a && b);
}

const arrivals = new Set<() => void>();

/** Calls `listener` when a language's texts arrive after their deadline (the widgets showing English then switch). */
export function onLateLanguage(listener: () => void): () => void {
  arrivals.add(listener);
  return () => arrivals.delete(listener);
}

/**
 * Runs a load once per `what` ("texts for lang=…"); false, with a warning naming `what`, if it fails or has not
 * arrived by the deadline. Arriving later, it is used: the widgets waiting in English are told (onLateLanguage).
 */
function once(what: string, load: () => Promise<void>): Promise<boolean> {
  let loading = loads.get(what);
  if (!loading) {
    const fetching = load();
    loading = new Promise<boolean>((resolve) => {
      let late = false;
      whenLate(fetching, `the ${what}`, (message) => {
        late = true;
        console.warn(`nomad-visa-widgets: ${message}; widgets show English until they do.`);
        resolve(false);
      });
      fetching.then(
        () => {
          resolve(true);
          if (!late) return;
          loads.set(what, Promise.resolve(true));
          arrivals.forEach((listener) => listener());
        },
        (error: unknown) => {
          console.warn(`nomad-visa-widgets: the ${what} could not be loaded: ${String(error)}`);
          resolve(false);
        },
      );
    });
    loads.set(what, loading);
  }
  return loading;
}

/** The catalogue with its engine texts, which must have been loaded before they are read (languageReady says so). */
function withEngine(locale: Locale, catalogue: Omit<Catalogue, 'engine'>): Catalogue {
  return Object.defineProperty({ ...catalogue }, 'engine', {
    enumerable: true,
    get(): EngineMessages {
      const texts = engines[locale];
      if (!texts) throw new Error(`nomad-visa-widgets: the engine texts for lang="${locale}" are not loaded`);
      return texts;
    },
  }) as Catalogue;
}
