import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getProgramme } from '../../src/data/dataset.js';
import type { Programme } from '../../src/data/schema.js';

const N = '000_8d906bb71396de31.txt'; // 2025
const O = '003_b0de86d8ee34c542.txt'; // 2024

interface Row {
  id: string;
  fact: string;
  get: (p: Programme) => unknown;
  expected: unknown;
  source: string;
  /** The article's own words the fact comes from. */
  quote: string;
}

const income = (p: Programme) => {
  const v = p.income?.value;
  return v?.type === 'amount' ? [v.amount, v.currency, v.period] : v?.type;
};
const conflictIncome = (p: Programme) => {
  const v = p.income?.conflicts?.[0].value;
  return v?.type === 'amount' ? [v.amount, v.currency, v.period] : undefined;
};
const savings = (p: Programme) => {
  const v = p.savings?.value;
  return v?.type === 'amount' ? [v.amount, v.currency, v.role] : v?.type;
};
const initial = (p: Programme) => p.validity?.value.initial;
const fees = (p: Programme) => p.fees?.value.map((f) => [f.amount, f.currency]);
const check = (type: string) => (p: Programme) => p.checks.find((c) => c.value.type === type)?.value;

const ROWS: Row[] = [
  { id: 'kz-digital-nomad', fact: 'validity', get: initial, expected: { amount: 10, unit: 'years' }, source: N, quote: 'Der Digital Nomad Aufenthalt ist 10 Jahre lang gültig.' },
  { id: 'kz-digital-nomad', fact: 'no income requirement', get: income, expected: 'none', source: N, quote: 'kein bestimmtes Einkommen oder Ersparnisse nachweisen' },
  { id: 'kz-digital-nomad', fact: 'processing', get: (p) => [p.processing?.value.max, p.processing?.value.unit], expected: [45, 'calendar-days'], source: N, quote: 'innerhalb von 45 Kalendertagen geprüft' },
  { id: 'kz-digital-nomad', fact: 'IT professionals only', get: check('it-professional'), expected: { type: 'it-professional' }, source: N, quote: 'richtet sich an ausländische IT-Fachkräfte' },
  { id: 'kz-neo-nomad', fact: 'income', get: income, expected: [3000, 'USD', 'month'], source: N, quote: 'Monatseinkommen von mindestens $3,000' },
  { id: 'kz-neo-nomad', fact: 'validity', get: initial, expected: { amount: 1, unit: 'years' }, source: N, quote: 'Das Visum ist ein Jahr lang gültig.' },
  { id: 'kz-b9', fact: 'validity', get: initial, expected: { amount: 90, unit: 'days' }, source: N, quote: 'Das Visum ist 90 Tage lang gültig.' },
  { id: 'al-digital-nomad', fact: 'income', get: income, expected: [305, 'EUR', 'month'], source: O, quote: '305 € pro Monat' },
  { id: 'al-digital-nomad', fact: 'savings', get: savings, expected: [408000, 'ALL', 'required'], source: O, quote: '408.000 Lek (3900 €)' },
  { id: 'al-digital-nomad', fact: 'fee', get: fees, expected: [[80, 'EUR']], source: O, quote: 'Visum D — 80 Euro' },
  { id: 'ad-digital-nomad', fact: 'income', get: income, expected: [3858, 'EUR', 'month'], source: O, quote: 'mindestens €3.858 (300% des Mindestlohns in Andorra für 2023)' },
  { id: 'ad-digital-nomad', fact: 'quota', get: (p) => p.quota?.value.perYear, expected: 50, source: O, quote: 'nicht mehr als 50 pro Jahr' },
  { id: 'hu-white-card', fact: 'income (2025)', get: income, expected: [3000, 'EUR', 'month'], source: N, quote: 'Monatseinkommen von mindestens €3,000' },
  { id: 'hu-white-card', fact: 'income over 6 months (2024)', get: (p) => p.income?.value.type === 'amount' && p.income.value.averageOfMonths, expected: 6, source: O, quote: 'mindestens 3.000 Euro pro Monat in den letzten 6 Monaten' },
  { id: 'hu-white-card', fact: 'no family', get: (p) => p.family?.value.allowed, expected: 'no', source: N, quote: 'Die Angehörigen des Antragstellers erhalten keine Aufenthaltserlaubnis.' },
  { id: 'hu-white-card', fact: 'fees', get: fees, expected: [[125, 'USD'], [77, 'USD']], source: O, quote: 'Die Anmeldegebühr beträgt $125 bzw. $77 bei Online-Einreichung.' },
  { id: 'de-freelance', fact: 'validity', get: (p) => [p.validity?.value.initialMin, p.validity?.value.initial], expected: [{ amount: 6, unit: 'months' }, { amount: 3, unit: 'years' }], source: O, quote: 'von 6 Monaten bis 3 Jahren' },
  { id: 'gr-digital-nomad', fact: 'income after tax', get: (p) => p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.basis], expected: [3500, 'net'], source: O, quote: 'mindestens 3500 Euro nach der Steuerzahlung' },
  { id: 'gr-digital-nomad', fact: 'family uplift', get: (p) => p.family?.value.incomeUplift, expected: { type: 'percent', spouse: 20, perChild: 15 }, source: O, quote: 'weitere 20% hinzufügen und 15% für jedes Kind' },
  { id: 'gr-digital-nomad', fact: 'fee', get: fees, expected: [[75, 'EUR']], source: O, quote: 'Die Visumgebühr beträgt 75 Euro.' },
  { id: 'is-remote-work', fact: 'income', get: income, expected: [1000000, 'ISK', 'month'], source: O, quote: '1.000.000 isländischen Kronen (etwa 6.300 Euro)' },
  { id: 'is-remote-work', fact: 'partner amount', get: (p) => p.family?.value.incomeUplift, expected: { type: 'partner-total', amount: 1300000 }, source: O, quote: '1.300.000 Kronen (etwa 8.200 Euro)' },
  { id: 'is-remote-work', fact: 'not for EEA/EFTA', get: (p) => p.nationality?.value.excluded, expected: ['EEA', 'EFTA'], source: O, quote: 'außerhalb des Europäischen Wirtschaftsraums/der Europäischen Freihandelszone' },
  { id: 'es-digital-nomad', fact: 'income (2025, shown)', get: income, expected: [2762, 'EUR', 'month'], source: N, quote: 'mindestens €2,762 pro Monat' },
  { id: 'es-digital-nomad', fact: 'income (2024, kept)', get: conflictIncome, expected: [2520, 'EUR', 'month'], source: O, quote: 'derzeit sind es €2520 pro Monat' },
  { id: 'es-digital-nomad', fact: 'degree or experience', get: (p) => (check('degree-or-experience')(p) as { experienceYears: number }).experienceYears, expected: 3, source: N, quote: 'Hochschulabschluss oder 3 Jahre Berufserfahrung' },
  { id: 'es-digital-nomad', fact: 'fees', get: fees, expected: [[630, 'EUR'], [525, 'EUR']], source: O, quote: 'etwa 630 Euro für den Hauptantragsteller und 525 Euro für jedes Familienmitglied' },
  { id: 'it-digital-nomad', fact: 'income (2025, shown)', get: income, expected: [32400, 'EUR', 'year'], source: N, quote: '€32,400 per year' },
  { id: 'it-digital-nomad', fact: 'income (2024, kept)', get: conflictIncome, expected: [28000, 'EUR', 'year'], source: O, quote: 'Ein Jahreseinkommen von mindestens 28.000 Euro.' },
  { id: 'it-digital-nomad', fact: 'savings', get: savings, expected: [30000, 'EUR', 'required'], source: N, quote: 'Ersparnisse von €30,000 oder mehr' },
  { id: 'it-digital-nomad', fact: 'permanent residence', get: (p) => p.validity?.value.permanentResidence, expected: { possible: true, afterYears: 5 }, source: O, quote: 'dauerhaften Aufenthalts nach 5 Jahren' },
  { id: 'cy-digital-nomad', fact: 'income after tax', get: (p) => p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.basis], expected: [3500, 'net'], source: O, quote: 'Einkommen ab €3.500 pro Monat nach Steuern und Gebühren' },
  { id: 'cy-digital-nomad', fact: 'fees', get: fees, expected: [[70, 'EUR'], [70, 'EUR']], source: O, quote: 'zusätzlich 70 Euro für die Eintragung in das Ausländerregister' },
  { id: 'lv-digital-nomad', fact: 'income', get: income, expected: [3433, 'EUR', 'month'], source: O, quote: 'mindestens €3.433 pro Monat' },
  { id: 'lv-digital-nomad', fact: 'OECD employer', get: check('employer-in-group'), expected: { type: 'employer-in-group', group: 'OECD' }, source: O, quote: 'bei einem Arbeitgeber in einem OECD-Land' },
  { id: 'mt-nomad-residence', fact: 'income (2025)', get: income, expected: [3500, 'EUR', 'month'], source: N, quote: 'Monatseinkommen von mindestens €3,500' },
  { id: 'mt-nomad-residence', fact: 'not for RU/BY', get: (p) => p.nationality?.value.excluded, expected: ['ru', 'by'], source: O, quote: 'nicht für Russen und Weißrussen verfügbar' },
  { id: 'mt-nomad-residence', fact: 'fees', get: fees, expected: [[300, 'EUR'], [27.5, 'EUR']], source: O, quote: 'nicht erstattungsfähige Gebühr von 300 Euro' },
  { id: 'nl-self-employed', fact: 'income', get: income, expected: [1564, 'EUR', 'month'], source: O, quote: 'mindestens 1564 Euro pro Monat' },
  { id: 'nl-self-employed', fact: 'fee', get: fees, expected: [[380, 'EUR']], source: O, quote: 'kostet 380 Euro' },
  { id: 'no-self-employed', fact: 'income', get: (p) => p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.currency, p.income.value.period, p.income.value.basis], expected: [448900, 'NOK', 'year', 'gross'], source: O, quote: 'mindestens 448.900 NOK (ca. 38.978 EUR)' },
  { id: 'no-self-employed', fact: 'fee', get: fees, expected: [[6300, 'NOK']], source: O, quote: '6300 norwegische Kronen (ca. 550 Euro)' },
  { id: 'pt-digital-nomad', fact: 'income (2025, shown)', get: income, expected: [3480, 'EUR', 'month'], source: N, quote: 'mindestens €3,480 pro Monat' },
  { id: 'pt-digital-nomad', fact: 'minimum wage (2024)', get: (p) => p.income?.conflicts?.[0].value.type === 'amount' && p.income.conflicts[0].value.derivation?.baseAmount, expected: 820, source: O, quote: 'im Jahr 2024 beträgt es 820 Euro vor Steuern' },
  { id: 'pt-digital-nomad', fact: 'savings', get: savings, expected: [10440, 'EUR', 'required'], source: N, quote: 'mindestens €10,440 auf ihrem Bankkonto' },
  { id: 'pt-digital-nomad', fact: 'launch', get: (p) => p.launched?.value, expected: '2022-10-30', source: O, quote: 'am 30. Oktober 2022 eingeführt' },
  { id: 'ro-digital-nomad', fact: 'income', get: income, expected: [3700, 'EUR', 'month'], source: O, quote: '(ca. 3700 Euro) in den letzten 6 Monaten' },
  { id: 'hr-digital-nomad', fact: 'income', get: income, expected: [2539.31, 'EUR', 'month'], source: O, quote: 'mindestens 2.539,31 Euro' },
  { id: 'hr-digital-nomad', fact: 'savings instead of income', get: savings, expected: [30471.72, 'EUR', 'alternative-to-income'], source: O, quote: '(oder 30.471,72 Euro auf einem Bankkonto für das Jahr)' },
  { id: 'me-digital-nomad', fact: 'income', get: income, expected: [1350, 'EUR', 'month'], source: O, quote: 'Das Mindesteinkommen betrug im vergangenen Jahr 1350 Euro im Monat' },
  { id: 'me-digital-nomad', fact: 'family uplift', get: (p) => p.family?.value.incomeUplift, expected: { type: 'per-member', amount: 310 }, source: O, quote: 'für jedes Familienmitglied 310 Euro' },
  { id: 'cz-digital-nomad', fact: 'nationalities', get: (p) => p.nationality?.value.allowed, expected: ['au', 'jp', 'ca', 'kr', 'nz', 'gb', 'us', 'tw'], source: O, quote: 'Australien, Japan, Kanada, Republik Korea, Neuseeland, Großbritannien, USA oder Taiwan' },
  { id: 'cz-digital-nomad', fact: 'employer size', get: check('employer-min-employees'), expected: { type: 'employer-min-employees', min: 50, appliesTo: ['employee'] }, source: O, quote: 'weltweit mindestens 50 Angestellte' },
  { id: 'cz-digital-nomad', fact: 'income', get: income, expected: [30264, 'EUR', 'year'], source: O, quote: 'ca. 30.264 Euro pro Jahr bzw. 2.522 Euro pro Monat' },
  { id: 'cz-self-employed', fact: 'processing', get: (p) => [p.processing?.value.min, p.processing?.value.max, p.processing?.value.unit], expected: [90, 120, 'days'], source: O, quote: 'normalerweise 90-120 Tage' },
  { id: 'cz-self-employed', fact: 'RU/BY suspended', get: (p) => p.nationality?.value.excluded, expected: ['EU', 'ru', 'by'], source: O, quote: 'Die Teilnahme von Weißrussen und Russen am Programm für Wirtschaftsmigration' },
  { id: 'ee-digital-nomad', fact: 'income', get: income, expected: [4500, 'EUR', 'month'], source: O, quote: 'mindestens 4.500 Euro pro Monat' },
  { id: 'ee-digital-nomad', fact: 'maximum stay', get: (p) => p.validity?.value.maxStay, expected: { amount: 18, unit: 'months' }, source: O, quote: 'Die maximale Dauer des Aufenthalts beträgt 1,5 Jahre.' },
  { id: 'ee-digital-nomad', fact: 'RU/BY on the restrictive list', get: (p) => [p.nationality?.value.excluded, p.nationality?.value.excludedListComplete], expected: [['ru', 'by'], false], source: O, quote: 'dazu gehören unter anderem Russland und Weißrussland' },
];

/** Folds the articles' typography (no-break spaces and hyphens, line breaks) so quotes compare as text. */
const fold = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-').replace(/\s+/g, ' ');

describe('facts against the source articles', () => {
  const seeds = new Map<string, string | null>();
  before(async () => {
    for (const name of [N, O]) {
      const { text } = await executeServerCommand<{ text: string | null }, { name: string }>('read-seed', { name });
      seeds.set(name, text);
    }
  });

  it('covers every programme', () => {
    const covered = new Set(ROWS.map((row) => row.id));
    expect(covered.size).to.equal(23);
  });

  for (const row of ROWS) {
    it(`${row.id}: ${row.fact}`, () => {
      const programme = getProgramme(row.id);
      expect(programme, row.id).to.not.equal(undefined);
      expect(row.get(programme!)).to.deep.equal(row.expected);
      expect(programme!.sources).to.include(row.source);
    });
  }

  it('quotes each fact in the words of its article', function () {
    // The articles live in ../shared/seeds beside the repository; a clone without them checks values only.
    if ([...seeds.values()].some((text) => text === null)) this.skip();
    const missing = ROWS.filter((row) => !fold(seeds.get(row.source)!).includes(fold(row.quote)));
    expect(missing.map((row) => `${row.id} (${row.source}): ${row.quote}`)).to.deep.equal([]);
  });
});
