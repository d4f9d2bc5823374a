/**
 * The bundled dataset, as a data source. It is validated when it is built into the bundle (the build fails on
 * an invalid dataset, and npm test runs data:check), so pages do not spend start-up time re-checking it;
 * datasets loaded at run time by <visa-data> are validated in the browser. Only the derived fields are
 * computed here (a walk over 23 programmes).
 */
import raw from '../../data/visas.json';
import { createDataSource, type DataSource } from './data-source.js';
import { deriveDataset } from './derive.js';
import type { DatasetInput } from './schema.js';

export const bundledSource: DataSource = createDataSource(deriveDataset(raw as DatasetInput), 'bundled');

export const { dataset, programmes, getProgramme, convert } = bundledSource;
export const countryGroups = bundledSource.groups;
