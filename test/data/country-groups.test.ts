import { expect } from '@open-wc/testing';
import { countryGroups } from '../../src/data/dataset.js';

describe('country groups', () => {
  const rows: [string, string, boolean][] = [
    ['de', 'EU', true],
    ['no', 'EU', false],
    ['no', 'EEA', true],
    ['ch', 'EEA', false],
    ['ch', 'EFTA', true],
    ['ch', 'SCHENGEN', true],
    ['ie', 'SCHENGEN', false],
    ['cy', 'SCHENGEN', false],
    ['hr', 'SCHENGEN', true],
    ['ro', 'SCHENGEN', true],
    ['bg', 'SCHENGEN', true],
    ['us', 'OECD', true],
    ['tr', 'OECD', true],
    ['ru', 'OECD', false],
    ['kz', 'OECD', false],
    ['gb', 'EU', false],
  ];
  for (const [country, group, expected] of rows) {
    it(`${country} ${expected ? 'is' : 'is not'} in ${group}`, () => {
      expect(countryGroups.isMember(country, group as never)).to.equal(expected);
    });
  }

  it('matches lists that mix countries and groups', () => {
    expect(countryGroups.listIncludes(['EU', 'ru', 'by'], 'ru')).to.equal(true);
    expect(countryGroups.listIncludes(['EU', 'ru', 'by'], 'fr')).to.equal(true);
    expect(countryGroups.listIncludes(['EU', 'ru', 'by'], 'us')).to.equal(false);
    expect(countryGroups.listIncludes([], 'us')).to.equal(false);
  });
});
