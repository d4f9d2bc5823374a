import { expect } from '@open-wc/testing';
import { readCurrency, readHeadingLevel, readLinkTemplate, readTheme } from '../../src/shared/attributes.js';

describe('shared attribute readers', () => {
  const currencies: [string | undefined, string, boolean][] = [
    [undefined, 'EUR', true],
    ['USD', 'USD', true],
    ['usd', 'USD', true],
    [' NOK ', 'NOK', true],
    ['gbp', 'GBP', true],
    ['KZT', 'KZT', true],
    ['local', 'local', true],
    ['XAU', 'EUR', false],
    ['dollars', 'EUR', false],
    ['', 'EUR', false],
  ];
  for (const [value, expected, ok] of currencies) {
    it(`currency=${JSON.stringify(value)} → ${expected}${ok ? '' : ', reported'}`, () => {
      const read = readCurrency(value);
      expect(read.value).to.equal(expected);
      expect(read.problems.map((p) => `${p.attribute}=${p.value}:${p.reason}`)).to.deep.equal(
        ok ? [] : [`currency=${value}:unknownCurrency`],
      );
    });
  }

  it('currency falls back to the inherited value, also when its own is bad', () => {
    expect(readCurrency(undefined, 'USD').value).to.equal('USD');
    expect(readCurrency('XAU', 'USD').value).to.equal('USD');
    expect(readCurrency('GBP', 'USD').value).to.equal('GBP');
  });

  const themes: [string | undefined, boolean][] = [
    [undefined, true],
    ['light', true],
    ['dark', true],
    ['auto', true],
    ['Dark', false],
    ['neon', false],
  ];
  for (const [value, ok] of themes) {
    it(`theme=${JSON.stringify(value)} is ${ok ? 'read' : 'reported'}`, () => {
      expect(readTheme(value).problems.length).to.equal(ok ? 0 : 1);
    });
  }

  const levels: [string | undefined, number, boolean][] = [
    [undefined, 2, true],
    ['1', 1, true],
    ['3', 3, true],
    [' 6 ', 6, true],
    ['0', 2, false],
    ['7', 2, false],
    ['2.5', 2, false],
    ['h3', 2, false],
  ];
  for (const [value, expected, ok] of levels) {
    it(`heading-level=${JSON.stringify(value)} → ${expected}${ok ? '' : ', reported'}`, () => {
      const read = readHeadingLevel(value);
      expect(read.value).to.equal(expected);
      expect(read.problems.length).to.equal(ok ? 0 : 1);
    });
  }

  it('resolves a link template against the page, and keeps it relative where there is no page (server rendering)', () => {
    const onPage = readLinkTemplate('details-href', '/visas/{programme}', 'https://agency.example/de/');
    expect(onPage.value!('pt-digital-nomad')).to.equal('https://agency.example/visas/pt-digital-nomad');
    const onServer = readLinkTemplate('details-href', '/visas/{programme}', undefined);
    expect(onServer.value!('pt digital')).to.equal('/visas/pt%20digital');
    expect(readLinkTemplate('details-href', 'javascript:alert("{programme}")', undefined).problems[0].reason).to.equal('unsafeLink');
  });
});
