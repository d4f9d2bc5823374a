/**
 * The bundled dataset as the loader's build ships it (swapped in for src/data/dataset.ts): its structure comes
 * with the element code, and each language's texts arrive with that language (see languages.ts). Exports the
 * same as src/data/dataset.ts, plus `addTexts`.
 */
import structure from 'nomad-visa:dataset-structure';
import { createDataSource, type DataSource } from '../data/data-source.js';
import type { GroupLookup } from '../data/country-groups.js';
import type { Converter } from '../data/currency.js';
import type { Locale } from '../data/locales.js';
import type { Dataset, Programme } from '../data/schema.js';

export const bundledSource: DataSource = createDataSource(structure.dataset, 'bundled');

export const dataset: Dataset = bundledSource.dataset;
export const programmes: readonly Programme[] = bundledSource.programmes;
export const getProgramme: (id: string) => Programme | undefined = bundledSource.getProgramme;
export const convert: Converter = bundledSource.convert;
export const countryGroups: GroupLookup = bundledSource.groups;

/** Puts one language's texts into the dataset's (shared) text objects. */
export function addTexts(locale: Locale, texts: readonly string[]): void {
  if (texts.length !== structure.texts.length) throw new Error(`the ${locale} texts do not fit this dataset`);
  structure.texts.forEach((text, i) => (text[locale] = texts[i]));
}
