/**
 * Modules the loader's build makes from data/visas.json (scripts/rollup-dataset.mjs): the dataset without its
 * texts; per language the catalogue and the dataset's texts in that language; and per language the engine's texts.
 */
declare module 'nomad-visa:dataset-structure' {
  /** The validated dataset; every multilingual text is an empty object until a language's texts are added. */
  const structure: { dataset: import('../data/schema.js').Dataset; texts: Partial<Record<import('../data/locales.js').Locale, string>>[] };
  export default structure;
}

declare module 'nomad-visa:language/*' {
  /** The interface catalogue, without the engine's texts (nomad-visa:engine/<lang>). */
  export const catalogue: Omit<import('../i18n/catalogue.js').Catalogue, 'engine'>;
  /** The dataset's texts in this language, in the order of the structure's `texts`. */
  const texts: string[];
  export default texts;
}

declare module 'nomad-visa:engine/*' {
  /** The rule engine's texts (src/i18n/messages/engine-<lang>.ts). */
  const engine: import('../i18n/catalogue.js').EngineMessages;
  export default engine;
}
