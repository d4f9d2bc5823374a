/**
 * The bundled dataset, as a data source. It is validated when it is built into the bundle (the build fails on
 * an invalid dataset, and npm test runs data:check), so pages do not spend start-up time re-checking it;
 * datasets loaded at run time by <visa-data> are validated in the browser.
 */
import raw from '../../data/visas.json';
import { createDataSource, type DataSource } from './data-source.js';
import type { Dataset } from './schema.js';

export const bundledSource: DataSource = createDataSource(raw as Dataset, 'bundled');

export const { dataset, programmes, getProgramme, convert } = bundledSource;
export const countryGroups = bundledSource.groups;
