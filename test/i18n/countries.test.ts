import { expect } from '@open-wc/testing';
import { countryByName } from '../../src/i18n/countries.js';

describe('countryByName: the countries people type', () => {
  const table: [lang: 'en' | 'de' | 'ru', typed: string, code: string | undefined][] = [
    // Short forms, in any case.
    ['de', 'USA', 'us'],
    ['de', 'U.S.A.', 'us'],
    ['en', 'us', 'us'],
    ['de', 'UK', 'gb'],
    ['en', 'Great Britain', 'gb'],
    ['en', 'UAE', 'ae'],
    ['de', 'VAE', 'ae'],
    ['de', 'Holland', 'nl'],
    ['en', 'The Netherlands', 'nl'],
    ['de', 'Russische Föderation', 'ru'],
    ['en', 'Russian Federation', 'ru'],
    ['ru', 'РФ', 'ru'],
    ['ru', 'США', 'us'],
    // English names on a German or Russian page, and the page's own names, accents ignored.
    ['de', 'India', 'in'],
    ['de', 'Indien', 'in'],
    ['ru', 'Germany', 'de'],
    ['ru', 'Германия', 'de'],
    ['de', 'turkei', 'tr'],
    ['en', 'Türkiye', 'tr'],
    ['de', 'österreich', 'at'],
    ['en', 'cote divoire', 'ci'],
    // ISO codes.
    ['en', 'KZ', 'kz'],
    ['de', 'pt', 'pt'],
    // Nothing it could be.
    ['en', 'Atlantis', undefined],
    ['en', 'zz', undefined],
    ['en', 'aq', undefined], // Antarctica: nobody's citizenship
    ['en', '', undefined],
  ];
  for (const [lang, typed, code] of table) {
    it(`${lang}: "${typed}" → ${code ?? 'none'}`, () => {
      expect(countryByName(lang, typed)).to.equal(code);
    });
  }
});
