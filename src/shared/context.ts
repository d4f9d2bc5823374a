/** What <visa-data> provides to the widgets inside it. */
import { createContext } from '@lit/context';
import type { DataSource } from '../data/data-source.js';
import type { DisplayCurrency } from '../i18n/programme-facts.js';

export interface ProvidedData {
  source: DataSource;
  /** The provider's valid `currency`, used by widgets that set none (a bad one is reported by the provider). */
  currency?: DisplayCurrency;
  status: 'loading' | 'ready' | 'error';
}

export const visaDataContext = createContext<ProvidedData | undefined>(Symbol('nomad-visa-widgets/data'));
