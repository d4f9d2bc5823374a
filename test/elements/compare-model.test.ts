import { expect } from '@open-wc/testing';
import { applyFilters, applySort, bestValues, NO_FILTERS, type Row } from '../../src/elements/visa-compare/compare-model.js';
import { MAX_HASH_PROGRAMMES, readHash, writeHash } from '../../src/elements/visa-compare/compare-url.js';
import type { Programme } from '../../src/data/schema.js';

const row = (id: string, country: string, numbers: Row['numbers'], family?: 'yes' | 'no' | 'conditional'): Row => ({
  programme: { id, country, family: family && { value: { allowed: family }, sources: ['x'] } } as unknown as Programme,
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
  it('filters by family, maximum income (keeping programmes with no amount) and region', () => {
    expect(ids(applyFilters(rows, { ...NO_FILTERS, familyOnly: true }, eu))).to.deep.equal(['a', 'd']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, maxIncome: 3480 }, eu))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, region: 'eu' }, eu))).to.deep.equal(['a', 'b']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, region: 'non-eu' }, eu))).to.deep.equal(['c', 'd']);
  });
  it('finds the best value of each numeric column: lowest income, longest validity', () => {
    expect(bestValues(rows, ['income', 'validity', 'family'])).to.deep.equal({ income: 3000, validity: 120 });
    expect(bestValues(rows.slice(0, 1), ['income'])).to.deep.equal({});
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
