/**
 * The bundled dataset and lookups over it. It is validated when it is built into the bundle (the build fails on
 * an invalid dataset, and npm test runs data:check), so pages do not spend start-up time re-checking it;
 * datasets loaded at run time by <visa-data> are validated in the browser.
 */
import raw from '../../data/visas.json';
import { createGroupLookup } from './country-groups.js';
import { createConverter } from './currency.js';
import type { Dataset, Programme } from './schema.js';

export const dataset: Dataset = raw as Dataset;
export const programmes: readonly Programme[] = dataset.programmes;
const byId = new Map(programmes.map((programme) => [programme.id, programme]));

/** The programme with this id, or undefined. */
export function getProgramme(id: string): Programme | undefined {
  return byId.get(id);
}

/** Converts between EUR, USD, ISK, NOK, ALL and KZT with the dataset's dated rates. */
export const convert = createConverter(dataset.exchangeRates);
export const countryGroups = createGroupLookup(dataset.countryGroups);
