import { expect } from '@open-wc/testing';
import { dataset, getProgramme, programmes } from '../../src/data/dataset.js';
import { walkTexts } from '../../src/data/fallback.js';
import { walkFacts } from '../../src/data/facts.js';
import { LOCALES } from '../../src/data/locales.js';
import raw from '../../data/visas.json';
import { validateDataset } from '../../src/data/validate.js';

/** The ids site owners write in attributes: public API, listed in the foundation issue. */
const PUBLIC_IDS = [
  'kz-digital-nomad',
  'kz-neo-nomad',
  'kz-b9',
  'al-digital-nomad',
  'ad-digital-nomad',
  'hu-white-card',
  'de-freelance',
  'gr-digital-nomad',
  'is-remote-work',
  'es-digital-nomad',
  'it-digital-nomad',
  'cy-digital-nomad',
  'lv-digital-nomad',
  'mt-nomad-residence',
  'nl-self-employed',
  'no-self-employed',
  'pt-digital-nomad',
  'ro-digital-nomad',
  'hr-digital-nomad',
  'me-digital-nomad',
  'cz-digital-nomad',
  'cz-self-employed',
  'ee-digital-nomad',
];
const ARTICLE_2025 = '000_8d906bb71396de31.txt';
const ARTICLE_2024 = '003_b0de86d8ee34c542.txt';

describe('bundled dataset', () => {
  it('passes validation with no issue', () => {
    const result = validateDataset(raw);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).to.equal(true);
    expect(programmes.length).to.equal(23);
  });

  it('gives every text in every language (an agency dataset may fall back; the bundled one never does)', () => {
    const incomplete: string[] = [];
    let count = 0;
    walkTexts(raw, [], (path, texts) => {
      count += 1;
      const missing = LOCALES.filter((locale) => !texts[locale]);
      if (missing.length) incomplete.push(`${path.join('.')}: ${missing.join(', ')}`);
    });
    expect(incomplete).to.deep.equal([]);
    expect(count).to.be.greaterThan(300);
  });

  it('writes euro amounts in its texts as the widgets format them beside it (€820; 820 €), never "820 EUR"', () => {
    const mixed: string[] = [];
    walkTexts(raw, [], (path, texts) => {
      for (const locale of LOCALES) if (/\d EUR\b/.test(texts[locale] ?? '')) mixed.push(`${path.join('.')} (${locale}): ${texts[locale]}`);
    });
    expect(mixed).to.deep.equal([]);
  });

  it('holds exactly the 23 public programme ids, in 20 countries', () => {
    expect(programmes.map((p) => p.id)).to.have.members(PUBLIC_IDS);
    expect(new Set(programmes.map((p) => p.country)).size).to.equal(20);
    for (const id of PUBLIC_IDS) expect(getProgramme(id)?.id).to.equal(id);
    expect(getProgramme('xx-unknown')).to.equal(undefined);
  });

  it('dates every programme with its newest source', () => {
    for (const programme of programmes) {
      const expected = programme.sources.includes(ARTICLE_2025) ? '2025' : '2024';
      expect(programme.asOf, programme.id).to.equal(expected);
      expect(
        programme.sources.every((id) => id === ARTICLE_2025 || id === ARTICLE_2024),
        programme.id,
      ).to.equal(true);
    }
  });

  it('gives every fact at least one source that exists in the source table', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    let facts = 0;
    for (const programme of programmes) {
      walkFacts(programme, '', (path, fact) => {
        facts += 1;
        expect(fact.sources.length, `${programme.id} ${path}`).to.be.greaterThan(0);
        for (const id of fact.sources) expect(known.has(id), `${programme.id} ${path} cites ${id}`).to.equal(true);
      });
    }
    expect(facts).to.be.greaterThan(300);
  });

  it('has every localized text in every supported language', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const keys = Object.keys(node);
      if (keys.length && keys.every((k) => (LOCALES as readonly string[]).includes(k))) {
        for (const locale of LOCALES) {
          const value = (node as Record<string, unknown>)[locale];
          if (typeof value !== 'string' || !value.trim()) missing.push(`${path}.${locale}`);
        }
        return;
      }
      for (const [key, child] of Object.entries(node)) visit(child, path ? `${path}.${key}` : key);
    };
    visit(raw, '');
    expect(missing).to.deep.equal([]);
  });

  it('dates every exchange rate and uses exactly one primary rate per currency', () => {
    const currencies = ['USD', 'ISK', 'NOK', 'ALL', 'KZT'];
    for (const currency of currencies) {
      const primary = dataset.exchangeRates.filter((r) => r.currency === currency && r.primary);
      expect(primary, currency).to.have.length(1);
      expect(primary[0].asOf, currency).to.match(/^\d{4}/);
    }
    const isk = dataset.exchangeRates.filter((r) => r.currency === 'ISK');
    expect(isk.map((r) => [r.amount, r.eur])).to.deep.include.members([
      [1000000, 6300],
      [1300000, 8200],
      [12200, 77],
    ]);
  });

  it('holds the country groups with their members', () => {
    const size = Object.fromEntries(dataset.countryGroups.map((g) => [g.id, g.members.length]));
    expect(size).to.deep.equal({ EU: 27, EEA: 30, EFTA: 4, SCHENGEN: 29, OECD: 38, SCHENGEN_VISA_FREE: 64, FREE_MOVEMENT: 31 });
  });
});
