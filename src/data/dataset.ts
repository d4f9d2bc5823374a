/** The bundled dataset, validated once at start-up, and lookups over it. */
import raw from '../../data/visas.json';
import { createGroupLookup } from './country-groups.js';
import { createConverter } from './currency.js';
import type { Dataset, Programme } from './schema.js';
import { formatIssue, validateDataset } from './validate.js';

function load(): Dataset {
  const result = validateDataset(raw);
  if (result.ok) return result.dataset;
  // Unreachable for a released build (npm test runs data:check), but a page must never break on it.
  console.error(`nomad-visa-widgets: the bundled dataset is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return { schemaVersion: 1, sources: [], exchangeRates: [], countryGroups: [], programmes: [] };
}

export const dataset: Dataset = load();
export const programmes: readonly Programme[] = dataset.programmes;
const byId = new Map(programmes.map((programme) => [programme.id, programme]));

/** The programme with this id, or undefined. */
export function getProgramme(id: string): Programme | undefined {
  return byId.get(id);
}

/** Converts between EUR, USD, ISK, NOK, ALL and KZT with the dataset's dated rates. */
export const convert = createConverter(dataset.exchangeRates);
export const countryGroups = createGroupLookup(dataset.countryGroups);
