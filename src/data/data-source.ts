/**
 * Everything the engine, the API and the widgets need from one dataset, built once: programmes by id,
 * the currency converter, the country-group lookup and the dates of the sources. The bundled dataset has
 * one (data/dataset.ts); <visa-data src> builds one for an agency's dataset.
 */
import { createGroupLookup, type GroupLookup } from './country-groups.js';
import { createConverter, type Converter } from './currency.js';
import type { Dataset, Programme } from './schema.js';
import { selectProgrammes, type Selection, type SelectionRequest } from './selection.js';
import { sourceDates, type SourceDates } from './source-dates.js';

export interface DataSource {
  dataset: Dataset;
  programmes: readonly Programme[];
  getProgramme(id: string): Programme | undefined;
  convert: Converter;
  groups: GroupLookup;
  dates: SourceDates;
  /** Year of the newest of these source ids ('' when none is known). */
  yearOf(sources: readonly string[]): string;
  /** The programmes a `programmes` + `countries` request names (see selection.ts). */
  select(request: SelectionRequest): Selection;
  /** "bundled", or the URL the dataset came from. */
  origin: string;
}

export function createDataSource(dataset: Dataset, origin = 'bundled'): DataSource {
  const byId = new Map(dataset.programmes.map((p) => [p.id, p]));
  const dates = sourceDates(dataset.sources);
  return {
    dataset,
    programmes: dataset.programmes,
    getProgramme: (id) => byId.get(id),
    convert: createConverter(dataset.exchangeRates),
    groups: createGroupLookup(dataset.countryGroups),
    dates,
    yearOf: (sources) => dates.newest(sources).slice(0, 4),
    select: (request) => selectProgrammes(dataset.programmes, request),
    origin,
  };
}
