/** What <visa-data> provides to the widgets inside it. */
import { createContext } from '@lit/context';
import type { DataSource } from '../data/data-source.js';
import type { DisplayCurrency } from '../data/amounts.js';

export interface ProvidedData {
  source: DataSource;
  /** The provider's valid `currency`, used by widgets that set none (a bad one is reported by the provider). */
  currency?: DisplayCurrency;
  status: 'loading' | 'ready' | 'error';
}

/**
 * The version of what is provided: it changes only when ProvidedData or DataSource change shape. The key is a
 * registered symbol, so two copies of the library on one page (a plugin's and a theme's, or two releases) share
 * providers as long as they speak the same version, and never hand each other data of another shape.
 */
export const DATA_CONTEXT_VERSION = 1;

export const visaDataContext = createContext<ProvidedData | undefined>(Symbol.for(`nomad-visa-widgets/data@${DATA_CONTEXT_VERSION}`));
