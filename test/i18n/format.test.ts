import { expect } from '@open-wc/testing';
import { formatter, warmUpSteps } from '../../src/i18n/format.js';

describe('formatting', () => {
  for (const { locale, date, expected } of [
    { locale: 'en', date: '2025', expected: '2025' },
    { locale: 'en', date: '2025-03', expected: 'March 2025' },
    { locale: 'de', date: '2022-10-30', expected: '30. Oktober 2022' },
    { locale: 'ru', date: '2024-01', expected: 'январь 2024 г.' },
  ] as const) {
    it(`writes the partial date ${date} in ${locale} as "${expected}", whatever the visitor's time zone`, () => {
      expect(formatter(locale).partialDate(date)).to.equal(expected);
    });
  }

  it("runs each Intl warm-up step once per language: a page's later widgets skip them", () => {
    const steps = warmUpSteps('ru');
    expect(steps).to.have.length(4);
    expect(warmUpSteps('ru')).to.have.length(4); // listed, not yet run
    steps.forEach((step) => step());
    expect(warmUpSteps('ru')).to.deep.equal([]);
  });
});
