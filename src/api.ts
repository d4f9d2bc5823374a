/**
 * `nomad-visa-widgets/api`: the whole API (data and eligibility) and the version, registering no element and
 * touching no DOM.
 */
export * from './data-api.js';
export * from './eligibility-api.js';
export { version } from './version.js';
