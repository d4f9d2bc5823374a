import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/data/locales.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { catalogues } from '../../src/i18n/messages/index.js';

/** Every key path of a catalogue, with the kind of value found there. */
function shape(node: unknown, path = ''): string[] {
  if (typeof node === 'function') return [`${path}()`];
  if (typeof node === 'string') return [path];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof node}`];
}

describe('message catalogues', () => {
  const reference = shape(catalogues.en).sort();

  for (const locale of LOCALES) {
    it(`${locale} has every message the others have`, () => {
      expect(shape(catalogues[locale]).sort()).to.deep.equal(reference);
    });

    it(`${locale} has no empty text`, () => {
      const empty = shape(catalogues[locale])
        .filter((path) => !path.endsWith('()'))
        .filter((path) => {
          const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogues[locale]);
          return typeof value !== 'string' || !value.trim();
        });
      expect(empty).to.deep.equal([]);
    });
  }

  it('resolves language tags to a supported locale', () => {
    const rows: [string | undefined, string][] = [
      ['de', 'de'],
      ['de-AT', 'de'],
      ['DE_ch', 'de'],
      ['en-GB', 'en'],
      ['fr', 'en'],
      ['', 'en'],
      [undefined, 'en'],
    ];
    for (const [tag, expected] of rows) expect(resolveLocale(tag), String(tag)).to.equal(expected);
  });
});
