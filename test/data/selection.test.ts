import { expect } from '@open-wc/testing';
import type { Programme } from '../../src/data/schema.js';
import { selectProgrammes, type SelectionRequest } from '../../src/data/selection.js';

const made = (id: string, country: string) => ({ id, country }) as Programme;
const all = [made('pt-a', 'pt'), made('es-a', 'es'), made('kz-a', 'kz'), made('kz-b', 'kz'), made('hr-a', 'hr')];

const table: {
  name: string;
  request: SelectionRequest;
  ids: string[];
  unknownProgrammes?: string[];
  unknownCountries?: string[];
  empty?: boolean;
}[] = [
  { name: 'neither: every programme', request: {}, ids: ['pt-a', 'es-a', 'kz-a', 'kz-b', 'hr-a'] },
  { name: 'programmes in the order given', request: { programmes: ['hr-a', 'pt-a'] }, ids: ['hr-a', 'pt-a'] },
  // The author's order, as for programmes ("pt,es,…,kz" puts Portugal first, not Kazakhstan's three).
  { name: 'countries in the order given', request: { countries: ['kz', 'pt'] }, ids: ['kz-a', 'kz-b', 'pt-a'] },
  {
    name: 'countries in the order given, again',
    request: { countries: ['hr', 'es', 'kz', 'pt'] },
    ids: ['hr-a', 'es-a', 'kz-a', 'kz-b', 'pt-a'],
  },
  { name: 'both: the union, listed programmes first', request: { programmes: ['hr-a'], countries: ['kz'] }, ids: ['hr-a', 'kz-a', 'kz-b'] },
  { name: 'both, overlapping: each once', request: { programmes: ['kz-b', 'kz-b'], countries: ['kz'] }, ids: ['kz-b', 'kz-a'] },
  { name: 'country codes in any case', request: { countries: ['ES'] }, ids: ['es-a'] },
  {
    name: 'an unknown id is named, the rest kept',
    request: { programmes: ['pt-a', 'xx-nope'] },
    ids: ['pt-a'],
    unknownProgrammes: ['xx-nope'],
  },
  { name: 'an unknown code is named', request: { countries: ['zz', 'hr'] }, ids: ['hr-a'], unknownCountries: ['zz'] },
  { name: 'a known country without programmes', request: { countries: ['fr'] }, ids: [], empty: true },
  { name: 'an empty list', request: { programmes: [] }, ids: [], empty: true },
];

describe('selectProgrammes: one meaning of programmes + countries', () => {
  for (const { name, request, ids, unknownProgrammes = [], unknownCountries = [], empty = false } of table) {
    it(name, () => {
      const selection = selectProgrammes(all, request);
      expect(selection.programmes.map((p) => p.id)).to.deep.equal(ids);
      expect(selection.unknownProgrammes).to.deep.equal(unknownProgrammes);
      expect(selection.unknownCountries).to.deep.equal(unknownCountries);
      expect(selection.empty).to.equal(empty);
    });
  }
});
