import { expect } from '@open-wc/testing';
import { dataset, getProgramme } from '../../src/data/dataset.js';
import { createConverter } from '../../src/data/currency.js';
import { ratesUsed, withRates } from '../../src/data/rates.js';
import { formatIssue, validateRateTable } from '../../src/data/validate.js';
import { FRESH_RATES } from './fresh-rates.js';

const issues = (input: unknown) => {
  const result = validateRateTable(input);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('a rate table (<visa-data rates-src>)', () => {
  it('accepts a dated, sourced table', () => {
    expect(issues(FRESH_RATES)).to.deep.equal([]);
  });

  it('rejects what the dataset check rejects, naming the field', () => {
    const bad = structuredClone(FRESH_RATES) as unknown as { exchangeRates: Record<string, unknown>[]; sources: unknown[] };
    bad.exchangeRates[0].amount = 'one point two';
    expect(issues(bad)).to.deep.equal(['exchangeRates[0].amount: expected a number, got "one point two"']);
    const unsourced = structuredClone(FRESH_RATES);
    unsourced.exchangeRates[1].sources = ['somewhere'];
    unsourced.exchangeRates.push({ ...unsourced.exchangeRates[0] });
    expect(issues(unsourced)).to.deep.equal([
      'exchangeRates[1].sources: unknown source "somewhere"',
      'exchangeRates: USD has 2 primary rates; exactly one is used for conversions',
    ]);
    expect(issues({ exchangeRates: [] })[0]).to.equal('sources: missing (expected array)');
  });

  it("replaces the dataset's primary rate for the currencies it gives, and keeps the others", () => {
    const merged = withRates(dataset, FRESH_RATES);
    const convert = createConverter(merged.exchangeRates);
    expect(convert(1000, 'EUR', 'USD').amount).to.be.closeTo(1200, 1e-9);
    expect(convert(1000, 'EUR', 'USD').asOf).to.equal('2026-11-02');
    expect(convert(473.33, 'KZT', 'EUR').amount).to.be.closeTo(1, 1e-9);
    // The old USD rate stays in the table, no longer primary.
    expect(merged.exchangeRates.filter((rate) => rate.currency === 'USD' && rate.primary)).to.have.length(1);
    expect(merged.exchangeRates.filter((rate) => rate.currency === 'USD')).to.have.length(2);
    expect(merged.sources.map((source) => source.id)).to.include('ecb-2026-11-02');
  });

  it('names only the rates a view converted with', () => {
    const kz = getProgramme('kz-neo-nomad')!; // USD
    const is = getProgramme('is-remote-work')!; // ISK
    const pt = getProgramme('pt-digital-nomad')!; // EUR
    const used = (list: (typeof kz)[], currency: 'EUR' | 'USD' | 'local') =>
      ratesUsed(dataset, list, currency).map((rate) => rate.currency);
    expect(used([pt], 'EUR')).to.deep.equal([]);
    expect(used([pt], 'local')).to.deep.equal([]);
    expect(used([pt, kz], 'EUR')).to.deep.equal(['USD']);
    expect(used([pt, is], 'USD').sort()).to.deep.equal(['ISK', 'USD']);
    // The visitor's own currency counts too, also where amounts are shown as the sources give them.
    expect(ratesUsed(dataset, [pt], 'local', ['GBP']).map((rate) => rate.currency)).to.deep.equal(['GBP']);
    expect(ratesUsed(dataset, [pt], 'local', ['EUR'])).to.deep.equal([]);
  });
});
