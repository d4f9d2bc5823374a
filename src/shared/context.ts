/** What <visa-data> provides to the widgets inside it. */
import { createContext } from '@lit/context';
import type { DataSource } from './data-source.js';

export interface ProvidedData {
  source: DataSource;
  /** The provider's `currency` attribute, used by widgets that set none. */
  currency?: string;
  status: 'loading' | 'ready' | 'error';
}

export const visaDataContext = createContext<ProvidedData | undefined>(Symbol('nomad-visa-widgets/data'));
