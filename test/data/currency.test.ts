import { expect } from '@open-wc/testing';
import { convert } from '../../src/data/dataset.js';
import { createConverter } from '../../src/data/currency.js';

const close = (actual: number, expected: number, digits = 2) => expect(actual).to.be.closeTo(expected, 10 ** -digits);

describe('convert', () => {
  const rows: { amount: number; from: string; to: string; expected: number; asOf?: string }[] = [
    { amount: 1000000, from: 'ISK', to: 'EUR', expected: 6300, asOf: '2024' },
    { amount: 448900, from: 'NOK', to: 'EUR', expected: 38978, asOf: '2024' },
    { amount: 408000, from: 'ALL', to: 'EUR', expected: 3900, asOf: '2024' },
    { amount: 1.0411, from: 'USD', to: 'EUR', expected: 1, asOf: '2025-02-28' },
    { amount: 473.33, from: 'KZT', to: 'EUR', expected: 1, asOf: '2024-04-24' },
    { amount: 1, from: 'EUR', to: 'USD', expected: 1.0411, asOf: '2025-02-28' },
    { amount: 3000, from: 'USD', to: 'EUR', expected: 3000 / 1.0411 },
    // Through EUR: the older of the two rates dates the result.
    { amount: 3000, from: 'USD', to: 'KZT', expected: (3000 / 1.0411) * 473.33, asOf: '2024-04-24' },
  ];
  for (const row of rows) {
    it(`${row.amount} ${row.from} → ${row.to}`, () => {
      const result = convert(row.amount, row.from, row.to);
      close(result.amount, row.expected);
      expect(result.currency).to.equal(row.to);
      expect(result.approximate).to.equal(true);
      expect(result.sources.length).to.be.greaterThan(0);
      if (row.asOf) expect(result.asOf).to.equal(row.asOf);
    });
  }

  it('returns the amount unchanged and exact for the same currency', () => {
    expect(convert(3500, 'EUR', 'EUR')).to.deep.equal({ amount: 3500, currency: 'EUR', approximate: false, sources: [] });
  });

  it('round-trips', () => {
    close(convert(convert(2762, 'EUR', 'ISK').amount, 'ISK', 'EUR').amount, 2762, 6);
  });

  it('refuses unknown currencies and non-finite amounts, naming them', () => {
    expect(() => convert(1, 'GBP', 'EUR')).to.throw(RangeError, 'source currency "GBP"');
    expect(() => convert(1, 'EUR', 'eur')).to.throw(RangeError, 'target currency "eur"');
    expect(() => convert(Number.NaN, 'EUR', 'USD')).to.throw(TypeError, 'finite');
    expect(() => convert(Infinity, 'EUR', 'USD')).to.throw(TypeError, 'finite');
  });

  it('uses only primary rates', () => {
    const only = createConverter([
      { currency: 'ISK', amount: 12200, eur: 77, asOf: '2024', sources: ['x'], primary: false },
      { currency: 'ISK', amount: 1000000, eur: 6300, asOf: '2024', sources: ['y'], primary: true },
    ]);
    expect(only(1000000, 'ISK', 'EUR').amount).to.equal(6300);
    expect(only(1, 'ISK', 'EUR').sources).to.deep.equal(['y']);
  });
});
