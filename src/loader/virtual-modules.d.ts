/**
 * Modules the loader's build makes from data/visas.json (scripts/rollup-dataset.mjs): the dataset without its
 * texts, and per language the catalogue and the dataset's texts in that language.
 */
declare module 'nomad-visa:dataset-structure' {
  /** The validated dataset; every multilingual text is an empty object until a language's texts are added. */
  const structure: { dataset: import('../data/schema.js').Dataset; texts: Partial<Record<import('../data/locales.js').Locale, string>>[] };
  export default structure;
}

declare module 'nomad-visa:language/*' {
  /** The interface catalogue. */
  export const catalogue: import('../i18n/catalogue.js').Catalogue;
  /** The dataset's texts in this language, in the order of the structure's `texts`. */
  const texts: string[];
  export default texts;
}
