import { expect } from '@open-wc/testing';
import { convert } from '../../src/data/dataset.js';
import { createConverter, currencyOfCountry } from '../../src/data/currency.js';
import { CURRENCIES } from '../../src/data/schema.js';

const close = (actual: number, expected: number, digits = 2) => expect(actual).to.be.closeTo(expected, 10 ** -digits);

describe('convert', () => {
  const rows: { amount: number; from: string; to: string; expected: number; asOf?: string }[] = [
    // Visitors' money converts at the ECB reference rates; the articles' own pairs stay on record, unused.
    { amount: 1000000, from: 'ISK', to: 'EUR', expected: 1000000 / 145.7, asOf: '2025-02-28' },
    { amount: 448900, from: 'NOK', to: 'EUR', expected: 448900 / 11.7245, asOf: '2025-02-28' },
    { amount: 1000, from: 'GBP', to: 'EUR', expected: 1000 / 0.82608, asOf: '2025-02-28' },
    { amount: 100000, from: 'INR', to: 'GBP', expected: (100000 / 90.971) * 0.82608, asOf: '2025-02-28' },
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

  it('has one dated ECB rate for each of the ECB reference currencies, all of the same day', () => {
    const ecb = [
      'USD',
      'JPY',
      'BGN',
      'CZK',
      'DKK',
      'GBP',
      'HUF',
      'PLN',
      'RON',
      'SEK',
      'CHF',
      'ISK',
      'NOK',
      'TRY',
      'AUD',
      'BRL',
      'CAD',
      'CNY',
      'HKD',
      'IDR',
      'ILS',
      'INR',
      'KRW',
      'MXN',
      'MYR',
      'NZD',
      'PHP',
      'SGD',
      'THB',
      'ZAR',
    ];
    for (const code of ecb) {
      const result = convert(100, 'EUR', code);
      expect(result.amount, code).to.be.greaterThan(0);
      expect(result.asOf, code).to.equal('2025-02-28');
      expect(result.sources, code).to.deep.equal(['ecb-reference-rates-2025-02-28']);
      close(convert(result.amount, code, 'EUR').amount, 100, 6);
    }
    expect(CURRENCIES.filter((code) => code !== 'EUR')).to.have.members([...ecb, 'ALL', 'KZT']);
  });

  it('returns the amount unchanged and exact for the same currency', () => {
    expect(convert(3500, 'EUR', 'EUR')).to.deep.equal({ amount: 3500, currency: 'EUR', approximate: false, sources: [] });
  });

  it('round-trips', () => {
    close(convert(convert(2762, 'EUR', 'ISK').amount, 'ISK', 'EUR').amount, 2762, 6);
  });

  it('refuses unknown currencies and non-finite amounts, naming them', () => {
    expect(() => convert(1, 'RUB', 'EUR')).to.throw(RangeError, 'source currency "RUB"');
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

describe('currencyOfCountry', () => {
  it('suggests the currency a citizen most likely earns in, where we have a rate', () => {
    expect(['gb', 'ca', 'au', 'ch', 'in', 'br', 'de', 'us', 'kz', 'me'].map(currencyOfCountry)).to.deep.equal([
      'GBP',
      'CAD',
      'AUD',
      'CHF',
      'INR',
      'BRL',
      'EUR',
      'USD',
      'KZT',
      'EUR',
    ]);
    expect(currencyOfCountry('ng')).to.equal(undefined);
  });
});
