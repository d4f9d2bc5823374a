/**
 * Which programmes a `programmes` + `countries` request names, for every widget and the API alike: the union,
 * "these programmes, and every programme in these countries": the listed programmes in the order given, then
 * the countries' programmes in the order the countries are given. Neither given: all of them.
 * Unknown ids and codes are returned, not thrown, so each caller can say so its own way. No DOM.
 */
import { isCountryCode } from './iso-countries.js';
import type { Programme } from './schema.js';

export interface SelectionRequest {
  programmes?: readonly string[];
  countries?: readonly string[];
}

export interface Selection {
  programmes: Programme[];
  unknownProgrammes: string[];
  unknownCountries: string[];
  /** Something was asked for, and nothing known matched it. */
  empty: boolean;
}

export function selectProgrammes(all: readonly Programme[], request: SelectionRequest): Selection {
  const byId = new Map(all.map((p) => [p.id, p]));
  const ids = [...new Set(request.programmes ?? [])];
  const countries = new Set((request.countries ?? []).map((code) => code.toLowerCase()));
  const unknownProgrammes = ids.filter((id) => !byId.has(id));
  const unknownCountries = [...countries].filter((code) => !isCountryCode(code));
  const asked = request.programmes !== undefined || request.countries !== undefined;
  if (!asked) return { programmes: [...all], unknownProgrammes, unknownCountries, empty: false };
  const listed = ids.flatMap((id) => byId.get(id) ?? []);
  // The author's order: each country's programmes where the country is listed (in dataset order within it).
  const inCountries = [...countries].flatMap((code) => all.filter((p) => p.country === code && !listed.includes(p)));
  const programmes = [...listed, ...inCountries];
  return { programmes, unknownProgrammes, unknownCountries, empty: asked && !programmes.length };
}
