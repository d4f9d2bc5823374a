/**
 * The loader's build swaps two modules for ones that load a language at a time (rollup.config.mjs). This file
 * holds no code: it only fails the type check when a swapped-in module stops exporting what the original does.
 */
type Fits<Swapped extends Original, Original> = [Swapped, Original];

export type LanguagesFit = Fits<typeof import('./languages.js'), typeof import('../i18n/messages/index.js')>;
export type DatasetFits = Fits<typeof import('./dataset.js'), typeof import('../data/dataset.js')>;
