import { expect } from '@open-wc/testing';
import {
  applyFilters,
  applySort,
  bestValues,
  COMPARE_FIELDS,
  DEFAULT_FIELDS,
  isRestricted,
  nextSort,
  NO_FILTERS,
  type CompareField,
  type Row,
} from '../../src/elements/visa-compare/compare-model.js';
import { MAX_HASH_PROGRAMMES, readHash, writeHash } from '../../src/elements/visa-compare/compare-url.js';
import type { Programme } from '../../src/data/schema.js';
import { catalogues } from '../../src/i18n/messages/index.js';

const row = (
  id: string,
  country: string,
  numbers: Row['numbers'],
  family?: 'yes' | 'no' | 'conditional',
  more: Partial<Programme> = {},
): Row => ({
  programme: {
    id,
    country,
    kind: 'digital-nomad',
    checks: [],
    conditions: [],
    family: family && { value: { allowed: family }, sources: ['x'] },
    ...more,
  } as unknown as Programme,
  numbers,
});
const rows = [
  row('a', 'pt', { income: 3480, validity: 24 }, 'yes'),
  row('b', 'hu', { income: 3000 }, 'no'),
  row('c', 'kz', { validity: 120 }),
  row('d', 'is', { income: 6300, validity: 6 }, 'yes'),
];
const ids = (list: Row[]) => list.map((r) => r.programme.id);
const eu = (c: string) => ['pt', 'hu'].includes(c);

describe('compare model', () => {
  it('sorts ascending and descending, with missing values last either way', () => {
    expect(ids(applySort(rows, { field: 'income', direction: 'ascending' }))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(applySort(rows, { field: 'income', direction: 'descending' }))).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(ids(applySort(rows, { field: 'validity', direction: 'descending' }))).to.deep.equal(['c', 'a', 'd', 'b']);
    expect(ids(applySort(rows, undefined))).to.deep.equal(['a', 'b', 'c', 'd']);
  });
  it('names every column in the message for an unknown field, in each language', () => {
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      const listed = /\(([^)]*)\)/.exec(catalogue.ui.reasons.unknownField)![1].split(', ');
      expect(listed, lang).to.deep.equal([...COMPARE_FIELDS]);
    }
    expect(DEFAULT_FIELDS).to.deep.equal(['income', 'validity', 'family', 'processing', 'fees', 'tax', 'cost']);
  });

  it('starts a column with its best end first and flips it on the next click', () => {
    expect(nextSort(undefined, 'income')).to.deep.equal({ field: 'income', direction: 'ascending' });
    expect(nextSort(undefined, 'validity')).to.deep.equal({ field: 'validity', direction: 'descending' });
    expect(nextSort({ field: 'validity', direction: 'descending' }, 'validity').direction).to.equal('ascending');
    expect(nextSort({ field: 'income', direction: 'ascending' }, 'income').direction).to.equal('descending');
    expect(nextSort({ field: 'income', direction: 'descending' }, 'fees')).to.deep.equal({ field: 'fees', direction: 'ascending' });
  });

  it('filters by family, maximum income (keeping programmes with no amount) and region', () => {
    expect(ids(applyFilters(rows, { ...NO_FILTERS, familyOnly: true }, eu))).to.deep.equal(['a', 'd']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, maxIncome: 3480 }, eu))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, region: 'eu' }, eu))).to.deep.equal(['a', 'b']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, region: 'non-eu' }, eu))).to.deep.equal(['c', 'd']);
  });
  it('finds the best value of each numeric column: lowest income, longest validity', () => {
    const marked = (list: Row[], fields: CompareField[]) =>
      list.flatMap((r) => fields.filter((field) => bestValues(list, fields)(r, field)).map((field) => `${r.programme.id}.${field}`));
    expect(marked(rows, ['income', 'validity', 'family'])).to.deep.equal(['b.income', 'c.validity']);
    expect(marked(rows.slice(0, 1), ['income'])).to.deep.equal([]);
  });
  it('marks best only among comparable programmes: the same kind, none assessed by an authority or for one profession', () => {
    const assessed = { conditions: [{ kind: 'assessment' }] } as unknown as Partial<Programme>;
    const itOnly = { checks: [{ value: { type: 'it-professional' } }] } as unknown as Partial<Programme>;
    const list = [
      row('open', 'pt', { income: 3480 }),
      row('other', 'es', { income: 2762 }),
      row('assessed', 'kz', { income: 0 }, undefined, assessed),
      row('it', 'cz', { income: 100 }, undefined, itOnly),
      row('skilled', 'kz', { income: 10 }, undefined, { kind: 'skilled-residence' } as Partial<Programme>),
    ];
    const best = bestValues(list, ['income']);
    expect(list.filter((r) => best(r, 'income')).map((r) => r.programme.id)).to.deep.equal(['other']);
    expect(isRestricted(list[2].programme)).to.equal(true);
    expect(isRestricted(list[3].programme)).to.equal(true);
    // One skilled-residence programme has nothing of its kind to be compared with.
    expect(best(list[4], 'income')).to.equal(false);
  });
  it('round-trips its state through the URL hash and keeps other keys', () => {
    const state = {
      programmes: ['pt-digital-nomad', 'hr-digital-nomad'],
      sort: { field: 'income' as const, direction: 'descending' as const },
      familyOnly: true,
      maxIncome: 3000,
      region: 'non-eu' as const,
    };
    const hash = writeHash('#other=1', 'cmp', state);
    expect(hash).to.equal('#other=1&cmp.p=pt-digital-nomad,hr-digital-nomad&cmp.s=income-desc&cmp.family=1&cmp.max=3000&cmp.region=non-eu');
    expect(readHash(hash, 'cmp')).to.deep.equal(state);
    expect(readHash('#other=1', 'cmp')).to.equal(undefined);
    expect(readHash('#cmp.s=nonsense-up&cmp.max=-5', 'cmp')).to.deep.equal({ familyOnly: false, region: 'all' });
  });

  it('owns exactly its own parts of the hash and leaves the others byte for byte', () => {
    const state = { familyOnly: true, region: 'all' as const };
    expect(writeHash('#/pricing', 'c', state)).to.equal('#/pricing&c.family=1');
    expect(writeHash('#faq&q=a%20b+c&c.family=1&c.p.p=x', 'c', { ...state, familyOnly: false })).to.equal('#faq&q=a%20b+c&c.p.p=x');
    expect(readHash('#x.p.p=pt-digital-nomad', 'x')).to.equal(undefined);
    expect(readHash('#x.p.p=pt-digital-nomad', 'x.p')!.programmes).to.deep.equal(['pt-digital-nomad']);
    expect(writeHash('', 'a&b', state)).to.equal('#a%26b.family=1');
    expect(readHash('#a%26b.family=1', 'a&b')!.familyOnly).to.equal(true);
    expect(writeHash('#c.family=1', 'c', { ...state, familyOnly: false })).to.equal('');
  });

  it('reads each programme id once from a URL, and at most MAX_HASH_PROGRAMMES of them', () => {
    const repeated = Array.from({ length: 60_000 }, () => 'pt-digital-nomad').join(',');
    expect(readHash(`#c.p=${repeated},es-digital-nomad`, 'c')!.programmes).to.deep.equal(['pt-digital-nomad', 'es-digital-nomad']);
    const many = Array.from({ length: 5_000 }, (_, i) => `xx-${i}`).join(',');
    expect(readHash(`#c.p=${many}`, 'c')!.programmes).to.have.length(MAX_HASH_PROGRAMMES);
  });
});
