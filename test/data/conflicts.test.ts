import { expect } from '@open-wc/testing';
import { listConflicts } from '../../src/data/conflicts.js';
import { dataset, getProgramme, programmes } from '../../src/data/dataset.js';

const NEW = '000_8d906bb71396de31.txt';
const OLD = '003_b0de86d8ee34c542.txt';
const pick = (value: unknown, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (value as Record<string, unknown>)[k]]));

/** Every place the two articles disagree: the 2025 value is shown, the 2024 value kept. */
const EXPECTED = [
  {
    programme: 'pt-digital-nomad',
    field: 'income',
    keys: ['amount', 'period'],
    shown: { amount: 3480, period: 'month' },
    other: { amount: 3280, period: 'month' },
  },
  {
    programme: 'es-digital-nomad',
    field: 'income',
    keys: ['amount', 'period'],
    shown: { amount: 2762, period: 'month' },
    other: { amount: 2520, period: 'month' },
  },
  {
    programme: 'es-digital-nomad',
    field: 'checks[0]',
    keys: ['degreeField', 'experienceYears'],
    shown: { degreeField: 'any', experienceYears: 3 },
    other: { degreeField: 'relevant', experienceYears: 3 }, // „Relevante Ausbildung“
  },
  {
    programme: 'it-digital-nomad',
    field: 'income',
    keys: ['amount', 'period'],
    shown: { amount: 32400, period: 'year' },
    other: { amount: 28000, period: 'year' },
  },
  {
    programme: 'es-digital-nomad',
    field: 'family',
    keys: ['members'],
    shown: { members: ['spouse', 'children', 'parents', 'grandparents', 'siblings'] },
    other: { members: ['spouse', 'partner', 'children', 'dependants'] },
  },
  {
    programme: 'it-digital-nomad',
    field: 'checks[0]',
    keys: ['months', 'inclusive'],
    shown: { months: 6, inclusive: false },
    other: { months: 6, inclusive: true },
  },
];

describe('conflicts between the sources', () => {
  for (const row of EXPECTED) {
    it(`${row.programme} ${row.field}: shows the 2025 value and keeps the 2024 one`, () => {
      const conflict = listConflicts(getProgramme(row.programme)!).find((c) => c.field === row.field);
      expect(conflict, 'conflict recorded').to.not.equal(undefined);
      expect(conflict!.shown.sources).to.deep.equal([NEW]);
      expect(pick(conflict!.shown.value, row.keys)).to.deep.equal(row.shown);
      expect(conflict!.others).to.have.length(1);
      expect(conflict!.others[0].sources).to.deep.equal([OLD]);
      expect(pick(conflict!.others[0].value, row.keys)).to.deep.equal(row.other);
    });
  }

  // Words that differ but fit together: both sources cited, no disagreement flagged.
  for (const [programme, field] of [
    ['pt-digital-nomad', 'validity'], // a 2-year permit; „Mindestdauer 1 Jahr“ with extension
    ['es-digital-nomad', 'validity'], // the 3-year permit is the 2024 guide's route inside Spain
    ['hu-white-card', 'family'], // both: the family gets no permit
  ] as const) {
    it(`${programme} ${field}: both sources agree, and both are cited`, () => {
      const fact = getProgramme(programme)![field]!;
      expect(fact.conflicts).to.equal(undefined);
      expect(fact.sources).to.have.members([NEW, OLD]);
      expect(fact.note?.en).to.match(/„.+“|2024/);
    });
  }

  it('records no other conflict', () => {
    const all = programmes.flatMap(listConflicts).map((c) => `${c.programme} ${c.field}`);
    expect(all).to.have.members(EXPECTED.map((row) => `${row.programme} ${row.field}`));
  });

  it("the README's tables name every source, and as many disagreements per programme as the data records", async () => {
    const readme = await fetch('/README.md').then((r) => r.text());
    const section = (title: string) =>
      readme.slice(readme.indexOf(`### ${title}`), readme.indexOf('\n### ', readme.indexOf(`### ${title}`) + 4));
    const sources = section('Sources');
    for (const source of dataset.sources) expect(sources, source.id).to.include(`| \`${source.id}\``);
    const rows = [...section('Where the sources disagree').matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]).sort();
    expect(rows).to.deep.equal(EXPECTED.map((row) => row.programme).sort());
  });

  it('derives the 2024 Portuguese threshold from 4 minimum wages of 820 EUR', () => {
    const other = listConflicts(getProgramme('pt-digital-nomad')!).find((c) => c.field === 'income')!.others[0].value as {
      amount: number;
      averageOfMonths: number;
      derivation: { factor: number; baseAmount: number; baseYear: number };
    };
    expect(other.derivation.factor * other.derivation.baseAmount).to.equal(other.amount);
    expect(other.derivation.baseYear).to.equal(2024);
    expect(other.averageOfMonths).to.equal(3);
  });
});
