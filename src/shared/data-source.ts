/**
 * Everything a widget needs from a dataset, built once per dataset: the bundled one by default,
 * or an agency's, provided by <visa-data>.
 */
import { createGroupLookup, type GroupLookup } from '../data/country-groups.js';
import { createConverter, type Converter } from '../data/currency.js';
import { dataset as bundled } from '../data/dataset.js';
import type { Dataset, Programme } from '../data/schema.js';
import { createEligibilityChecker, type CheckEligibility } from '../eligibility/engine.js';

export interface DataSource {
  dataset: Dataset;
  programmes: readonly Programme[];
  getProgramme(id: string): Programme | undefined;
  convert: Converter;
  groups: GroupLookup;
  /** Year of the newest of these source ids. */
  yearOf(sources: string[]): string;
  checkEligibility: CheckEligibility;
  /** "bundled", or the URL the dataset came from. */
  origin: string;
}

export function createDataSource(dataset: Dataset, origin: string): DataSource {
  const byId = new Map(dataset.programmes.map((p) => [p.id, p]));
  const years = new Map(dataset.sources.map((s) => [s.id, s.asOf.slice(0, 4)]));
  return {
    dataset,
    programmes: dataset.programmes,
    getProgramme: (id) => byId.get(id),
    convert: createConverter(dataset.exchangeRates),
    groups: createGroupLookup(dataset.countryGroups),
    yearOf: (sources) => sources.map((id) => years.get(id) ?? '').sort().at(-1) ?? '',
    checkEligibility: createEligibilityChecker(dataset),
    origin,
  };
}

export const bundledSource: DataSource = createDataSource(bundled, 'bundled');
