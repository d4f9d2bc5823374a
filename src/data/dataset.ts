/**
 * The bundled dataset, as a data source. It is validated when it is built into the bundle (the build fails on
 * an invalid dataset, and npm test runs data:check), so pages do not spend start-up time re-checking it;
 * datasets loaded at run time by <visa-data> are validated in the browser. Only the derived fields are
 * computed here (a walk over 23 programmes).
 */
import raw from '../../data/visas.json';
import { createDataSource, type DataSource } from './data-source.js';
import { deriveDataset } from './derive.js';
import type { GroupLookup } from './country-groups.js';
import type { Converter } from './currency.js';
import type { Dataset, DatasetInput, Programme } from './schema.js';

export const bundledSource: DataSource = createDataSource(deriveDataset(raw as DatasetInput), 'bundled');

// Typed here, not inferred: inferred declaration files would import "./currency" without its extension.
export const dataset: Dataset = bundledSource.dataset;
export const programmes: readonly Programme[] = bundledSource.programmes;
export const getProgramme: (id: string) => Programme | undefined = bundledSource.getProgramme;
export const convert: Converter = bundledSource.convert;
export const countryGroups: GroupLookup = bundledSource.groups;
