import { expect } from '@open-wc/testing';
import { getProgramme, programmes } from '../../src/data/dataset.js';
import type { Programme } from '../../src/data/schema.js';
import { ARTICLE_2024, ARTICLE_2025, fold, readArticles } from './articles.js';

const N = ARTICLE_2025;
const O = ARTICLE_2024;

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
  {
    id: 'kz-digital-nomad',
    fact: 'validity',
    get: initial,
    expected: { amount: 10, unit: 'years' },
    source: N,
    quote: 'Der Digital Nomad Aufenthalt ist 10 Jahre lang gültig.',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'no income requirement',
    get: income,
    expected: 'none',
    source: N,
    quote: 'kein bestimmtes Einkommen oder Ersparnisse nachweisen',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'processing',
    get: (p) => [p.processing?.value.amount, p.processing?.value.unit],
    expected: [{ max: 45 }, 'calendar-days'],
    source: N,
    quote: 'innerhalb von 45 Kalendertagen geprüft',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'IT professionals only',
    get: check('it-professional'),
    expected: { type: 'it-professional' },
    source: N,
    quote: 'richtet sich an ausländische IT-Fachkräfte',
  },
  {
    id: 'kz-neo-nomad',
    fact: 'income',
    get: income,
    expected: [3000, 'USD', 'month'],
    source: N,
    quote: 'Monatseinkommen von mindestens $3,000',
  },
  {
    id: 'kz-neo-nomad',
    fact: 'validity',
    get: initial,
    expected: { amount: 1, unit: 'years' },
    source: N,
    quote: 'Das Visum ist ein Jahr lang gültig.',
  },
  {
    id: 'kz-b9',
    fact: 'fields are examples, not a closed list',
    get: (p) => [
      p.summary.en.includes('for example'),
      p.summary.de.includes('zum Beispiel'),
      p.summary.ru.includes('например'),
      p.conditions[0].text.en.includes('as examples'),
    ],
    expected: [true, true, true, true],
    source: N,
    quote: 'in stark nachgefragten Bereichen wie Medizin, Wissenschaft, Innovation, Bildung und Kreativwirtschaft',
  },
  {
    id: 'kz-b9',
    fact: 'part of the government initiative',
    get: (p) => p.notes.some((n) => n.text.en.startsWith('Part of a government initiative')),
    expected: true,
    source: N,
    quote: 'Die drei Visa sind Teil einer Regierungsinitiative',
  },
  {
    id: 'kz-neo-nomad',
    fact: 'part of the government initiative',
    get: (p) => p.notes.some((n) => n.text.en.startsWith('Part of a government initiative')),
    expected: true,
    source: N,
    quote: 'Die drei Visa sind Teil einer Regierungsinitiative',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'part of the government initiative',
    get: (p) => p.notes.some((n) => n.text.en.startsWith('Part of a government initiative')),
    expected: true,
    source: N,
    quote: 'Die drei Visa sind Teil einer Regierungsinitiative',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'interview only after approval',
    get: (p) => [
      p.application?.value.details.en.includes('Only if the application is approved'),
      p.application?.value.details.en.includes('within the 30'),
    ],
    expected: [true, false],
    source: N,
    quote: 'Durchführung eines Online-Interviews, falls der Antrag genehmigt wird.',
  },
  {
    id: 'kz-digital-nomad',
    fact: 'any qualification, if there is one',
    get: (p) => p.prepare.some((i) => i.text.de === 'Nachweis Ihrer Ausbildung, sofern vorhanden'),
    expected: true,
    source: N,
    quote: 'Bildungsabschluss, falls vorhanden',
  },
  {
    id: 'kz-b9',
    fact: 'validity',
    get: initial,
    expected: { amount: 90, unit: 'days' },
    source: N,
    quote: 'Das Visum ist 90 Tage lang gültig.',
  },
  { id: 'al-digital-nomad', fact: 'income', get: income, expected: [305, 'EUR', 'month'], source: O, quote: '305 € pro Monat' },
  {
    id: 'al-digital-nomad',
    fact: 'savings',
    get: savings,
    expected: [408000, 'ALL', 'required'],
    source: O,
    quote: '408.000 Lek (3900 €)',
  },
  { id: 'al-digital-nomad', fact: 'fee', get: fees, expected: [[80, 'EUR']], source: O, quote: 'Visum D — 80 Euro' },
  {
    id: 'ad-digital-nomad',
    fact: 'income',
    get: income,
    expected: [3858, 'EUR', 'month'],
    source: O,
    quote: 'mindestens €3.858 (300% des Mindestlohns in Andorra für 2023)',
  },
  {
    id: 'ad-digital-nomad',
    fact: 'quota',
    get: (p) => p.quota?.value.perYear,
    expected: 50,
    source: O,
    quote: 'nicht mehr als 50 pro Jahr',
  },
  {
    id: 'hu-white-card',
    fact: 'income (2025)',
    get: income,
    expected: [3000, 'EUR', 'month'],
    source: N,
    quote: 'Monatseinkommen von mindestens €3,000',
  },
  {
    id: 'hu-white-card',
    fact: 'income over 6 months (2024)',
    get: (p) => p.income?.value.type === 'amount' && p.income.value.averageOfMonths,
    expected: 6,
    source: O,
    quote: 'mindestens 3.000 Euro pro Monat in den letzten 6 Monaten',
  },
  {
    id: 'hu-white-card',
    fact: 'no family (2025)',
    get: (p) => [p.family?.value.allowed, p.family?.sources],
    expected: ['no', [N, O]],
    source: N,
    quote: 'Die Angehörigen des Antragstellers erhalten keine Aufenthaltserlaubnis.',
  },
  {
    id: 'hu-white-card',
    fact: 'family not automatically (2024): the same rule, no conflict',
    get: (p) => [p.family?.value.allowed, p.family?.conflicts],
    expected: ['no', undefined],
    source: O,
    quote: 'Familienangehörige erhalten automatisch denselben Aufenthaltstitel nicht',
  },
  {
    id: 'hu-white-card',
    fact: 'not for EU, EEA or Schengen citizens',
    get: (p) => [p.nationality?.value.excluded, p.summary.en.includes('outside the EU, the EEA and the Schengen area')],
    expected: [['EU', 'EEA', 'SCHENGEN'], true],
    source: O,
    quote: 'White Card',
  },
  {
    id: 'hu-white-card',
    fact: 'fees',
    get: fees,
    expected: [
      [125, 'USD'],
      [77, 'USD'],
    ],
    source: O,
    quote: 'Die Anmeldegebühr beträgt $125 bzw. $77 bei Online-Einreichung.',
  },
  {
    id: 'de-freelance',
    fact: 'no claim about employees',
    get: (p) => p.employment?.note,
    expected: undefined,
    source: O,
    quote: 'Aufenthaltserlaubnis für Selbständige',
  },
  {
    id: 'de-freelance',
    fact: 'validity',
    get: initial,
    expected: {
      min: { amount: 6, unit: 'months' },
      max: { amount: 3, unit: 'years' },
    },
    source: O,
    quote: 'von 6 Monaten bis 3 Jahren',
  },
  {
    id: 'gr-digital-nomad',
    fact: 'income after tax',
    get: (p) => p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.basis],
    expected: [3500, 'net'],
    source: O,
    quote: 'mindestens 3500 Euro nach der Steuerzahlung',
  },
  {
    id: 'gr-digital-nomad',
    fact: 'family uplift',
    get: (p) => p.family?.value.incomeUplift,
    expected: { type: 'percent', spouse: 20, perChild: 15 },
    source: O,
    quote: 'weitere 20% hinzufügen und 15% für jedes Kind',
  },
  { id: 'gr-digital-nomad', fact: 'fee', get: fees, expected: [[75, 'EUR']], source: O, quote: 'Die Visumgebühr beträgt 75 Euro.' },
  {
    id: 'is-remote-work',
    fact: 'income',
    get: income,
    expected: [1000000, 'ISK', 'month'],
    source: O,
    quote: '1.000.000 isländischen Kronen (etwa 6.300 Euro)',
  },
  {
    id: 'is-remote-work',
    fact: 'partner amount',
    get: (p) => p.family?.value.incomeUplift,
    expected: { type: 'partner-total', amount: 1300000 },
    source: O,
    quote: '1.300.000 Kronen (etwa 8.200 Euro)',
  },
  {
    id: 'is-remote-work',
    fact: 'not for EEA/EFTA',
    get: (p) => p.nationality?.value.excluded,
    expected: ['EEA', 'EFTA'],
    source: O,
    quote: 'außerhalb des Europäischen Wirtschaftsraums/der Europäischen Freihandelszone',
  },
  {
    id: 'es-digital-nomad',
    fact: 'income (2025, shown)',
    get: income,
    expected: [2762, 'EUR', 'month'],
    source: N,
    quote: 'mindestens €2,762 pro Monat',
  },
  {
    id: 'es-digital-nomad',
    fact: 'income (2024, kept)',
    get: conflictIncome,
    expected: [2520, 'EUR', 'month'],
    source: O,
    quote: 'derzeit sind es €2520 pro Monat',
  },
  {
    id: 'es-digital-nomad',
    fact: 'degree or experience',
    get: (p) => (check('degree-or-experience')(p) as { experienceYears: number }).experienceYears,
    expected: 3,
    source: N,
    quote: 'Hochschulabschluss oder 3 Jahre Berufserfahrung',
  },
  {
    id: 'es-digital-nomad',
    fact: 'family members (2025, shown)',
    get: (p) => [p.family?.value.members, p.family?.sources],
    expected: [['spouse', 'children', 'parents', 'grandparents', 'siblings'], [N]],
    source: N,
    quote: 'Der Ehepartner des Hauptantragstellers, Kinder, Eltern, Großeltern und Geschwister',
  },
  {
    id: 'es-digital-nomad',
    fact: 'family members (2024, kept)',
    get: (p) => p.family?.conflicts?.[0].value.members,
    expected: ['spouse', 'partner', 'children', 'dependants'],
    source: O,
    quote: 'Familienmitglieder (Ehepartner/Partner, minderjährige Kinder, Angehörige)',
  },
  {
    id: 'es-digital-nomad',
    fact: 'fees',
    get: fees,
    expected: [
      [630, 'EUR'],
      [525, 'EUR'],
    ],
    source: O,
    quote: 'etwa 630 Euro für den Hauptantragsteller und 525 Euro für jedes Familienmitglied',
  },
  {
    id: 'it-digital-nomad',
    fact: 'income (2025, shown)',
    get: income,
    expected: [32400, 'EUR', 'year'],
    source: N,
    quote: '€32,400 per year',
  },
  {
    id: 'it-digital-nomad',
    fact: 'income (2024, kept)',
    get: conflictIncome,
    expected: [28000, 'EUR', 'year'],
    source: O,
    quote: 'Ein Jahreseinkommen von mindestens 28.000 Euro.',
  },
  {
    id: 'it-digital-nomad',
    fact: 'savings',
    get: savings,
    expected: [30000, 'EUR', 'required'],
    source: N,
    quote: 'Ersparnisse von €30,000 oder mehr',
  },
  {
    id: 'it-digital-nomad',
    fact: 'permanent residence',
    get: (p) => p.validity?.value.permanentResidence,
    expected: { possible: true, afterYears: 5 },
    source: O,
    quote: 'dauerhaften Aufenthalts nach 5 Jahren',
  },
  {
    id: 'cy-digital-nomad',
    fact: 'income after tax',
    get: (p) => p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.basis],
    expected: [3500, 'net'],
    source: O,
    quote: 'Einkommen ab €3.500 pro Monat nach Steuern und Gebühren',
  },
  {
    id: 'cy-digital-nomad',
    fact: 'fees',
    get: fees,
    expected: [
      [70, 'EUR'],
      [70, 'EUR'],
    ],
    source: O,
    quote: 'zusätzlich 70 Euro für die Eintragung in das Ausländerregister',
  },
  {
    id: 'lv-digital-nomad',
    fact: 'income',
    get: income,
    expected: [3433, 'EUR', 'month'],
    source: O,
    quote: 'mindestens €3.433 pro Monat',
  },
  {
    id: 'lv-digital-nomad',
    fact: 'six months of income: the self-employed only',
    get: (p) => p.income?.value.type === 'amount' && p.income.value.averageOfMonths,
    expected: undefined,
    source: O,
    quote: 'Wenn Sie selbstständig sind, bestätigen Sie das Einkommen mindestens €3433 pro Monat in den letzten sechs Monaten.',
  },
  {
    id: 'lv-digital-nomad',
    fact: 'OECD employer',
    get: check('employer-in-group'),
    expected: { type: 'employer-in-group', group: 'OECD' },
    source: O,
    quote: 'bei einem Arbeitgeber in einem OECD-Land',
  },
  {
    id: 'mt-nomad-residence',
    fact: 'income (2025)',
    get: income,
    expected: [3500, 'EUR', 'month'],
    source: N,
    quote: 'Monatseinkommen von mindestens €3,500',
  },
  {
    id: 'mt-nomad-residence',
    fact: 'not for RU/BY',
    get: (p) => p.nationality?.value.excluded,
    expected: ['ru', 'by'],
    source: O,
    quote: 'nicht für Russen und Weißrussen verfügbar',
  },
  {
    id: 'mt-nomad-residence',
    fact: 'renewable up to 4 years (no total stated)',
    get: (p) => [p.validity?.value.maxStay, p.validity?.value.renewal?.en.startsWith('Renewable for up to 4 years')],
    expected: [undefined, true],
    source: O,
    quote: 'ein Jahr mit der Möglichkeit, es bis zu 4 Jahre zu verlängern',
  },
  {
    id: 'mt-nomad-residence',
    fact: 'fee paid after approval',
    get: (p) => p.fees?.value[0].label.en,
    expected: 'Fee after approval (non-refundable)',
    source: O,
    quote: 'Nach der Genehmigung müssen Sie eine nicht erstattungsfähige Gebühr von 300 Euro bezahlen.',
  },
  {
    id: 'mt-nomad-residence',
    fact: 'fees',
    get: fees,
    expected: [
      [300, 'EUR'],
      [27.5, 'EUR'],
    ],
    source: O,
    quote: 'nicht erstattungsfähige Gebühr von 300 Euro',
  },
  {
    id: 'nl-self-employed',
    fact: 'income',
    get: income,
    expected: [1564, 'EUR', 'month'],
    source: O,
    quote: 'mindestens 1564 Euro pro Monat',
  },
  {
    id: 'nl-self-employed',
    fact: 'substantial interest',
    get: (p) => p.summary.en.includes('of substantial interest to the Dutch economy'),
    expected: true,
    source: O,
    quote: 'für die Wirtschaft von erheblichem Interesse ist',
  },
  { id: 'nl-self-employed', fact: 'fee', get: fees, expected: [[380, 'EUR']], source: O, quote: 'kostet 380 Euro' },
  {
    id: 'no-self-employed',
    fact: 'income',
    get: (p) =>
      p.income?.value.type === 'amount' && [p.income.value.amount, p.income.value.currency, p.income.value.period, p.income.value.basis],
    expected: [448900, 'NOK', 'year', 'gross'],
    source: O,
    quote: 'mindestens 448.900 NOK (ca. 38.978 EUR)',
  },
  { id: 'no-self-employed', fact: 'fee', get: fees, expected: [[6300, 'NOK']], source: O, quote: '6300 norwegische Kronen (ca. 550 Euro)' },
  {
    id: 'pt-digital-nomad',
    fact: 'income (2025, shown)',
    get: income,
    expected: [3480, 'EUR', 'month'],
    source: N,
    quote: 'mindestens €3,480 pro Monat',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'minimum wage (2024)',
    get: (p) => p.income?.conflicts?.[0].value.type === 'amount' && p.income.conflicts[0].value.derivation?.baseAmount,
    expected: 820,
    source: O,
    quote: 'im Jahr 2024 beträgt es 820 Euro vor Steuern',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'minimum wage before tax (2024): gross',
    get: (p) => p.income?.conflicts?.[0].value.type === 'amount' && p.income.conflicts[0].value.basis,
    expected: 'gross',
    source: O,
    quote: '820 Euro vor Steuern',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'summary: the 2025 amount, not the 2024 rule',
    get: (p) => [p.summary.en.includes('€3,480'), /minimum wage/i.test(p.summary.en)],
    expected: [true, false],
    source: N,
    quote: 'mindestens €3,480 pro Monat',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'savings',
    get: savings,
    expected: [10440, 'EUR', 'required'],
    source: N,
    quote: 'mindestens €10,440 auf ihrem Bankkonto',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'launch',
    get: (p) => p.launched?.value,
    expected: '2022-10-30',
    source: O,
    quote: 'am 30. Oktober 2022 eingeführt',
  },
  {
    id: 'ro-digital-nomad',
    fact: "no launch date: only the law's date",
    get: (p) => p.launched,
    expected: undefined,
    source: O,
    quote: 'durch Änderungen des Gesetzes Nr. 22 vom 14. Januar 2022 eingeführt',
  },
  {
    id: 'ro-digital-nomad',
    fact: 'income',
    get: income,
    expected: [3700, 'EUR', 'month'],
    source: O,
    quote: '(ca. 3700 Euro) in den letzten 6 Monaten',
  },
  {
    id: 'hr-digital-nomad',
    fact: 'income',
    get: income,
    expected: [2539.31, 'EUR', 'month'],
    source: O,
    quote: 'mindestens 2.539,31 Euro',
  },
  {
    id: 'hr-digital-nomad',
    fact: 'savings instead of income',
    get: savings,
    expected: [30471.72, 'EUR', 'alternative-to-income'],
    source: O,
    quote: '(oder 30.471,72 Euro auf einem Bankkonto für das Jahr)',
  },
  {
    id: 'me-digital-nomad',
    fact: 'income',
    get: income,
    expected: [1350, 'EUR', 'month'],
    source: O,
    quote: 'Das Mindesteinkommen betrug im vergangenen Jahr 1350 Euro im Monat',
  },
  {
    id: 'me-digital-nomad',
    fact: 'family uplift',
    get: (p) => p.family?.value.incomeUplift,
    expected: { type: 'per-member', amount: 310 },
    source: O,
    quote: 'für jedes Familienmitglied 310 Euro',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'nationalities',
    get: (p) => p.nationality?.value.allowed,
    expected: ['au', 'jp', 'ca', 'kr', 'nz', 'gb', 'us', 'tw'],
    source: O,
    quote: 'Australien, Japan, Kanada, Republik Korea, Neuseeland, Großbritannien, USA oder Taiwan',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'employer size',
    get: check('employer-min-employees'),
    expected: { type: 'employer-min-employees', min: 50, appliesTo: ['employee'] },
    source: O,
    quote: 'weltweit mindestens 50 Angestellte',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'income basis: gross',
    get: (p) => p.income?.value.type === 'amount' && p.income.value.basis,
    expected: 'gross',
    source: O,
    quote: 'durchschnittlichen Jahresbruttogehalts',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'at least 50 employees, not "large"',
    get: (p) => [p.summary.en.includes('at least 50 staff'), /large/i.test(p.summary.en)],
    expected: [true, false],
    source: O,
    quote: 'weltweit mindestens 50 Angestellte',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'income',
    get: income,
    expected: [30264, 'EUR', 'year'],
    source: O,
    quote: 'ca. 30.264 Euro pro Jahr bzw. 2.522 Euro pro Monat',
  },
  {
    id: 'cz-self-employed',
    fact: 'processing',
    get: (p) => [p.processing?.value.amount, p.processing?.value.unit],
    expected: [{ min: 90, max: 120 }, 'days'],
    source: O,
    quote: 'normalerweise 90-120 Tage',
  },
  {
    id: 'cz-self-employed',
    fact: 'RU/BY suspended',
    get: (p) => p.nationality?.value.excluded,
    expected: ['EU', 'ru', 'by'],
    source: O,
    quote: 'Die Teilnahme von Weißrussen und Russen am Programm für Wirtschaftsmigration',
  },
  {
    id: 'ee-digital-nomad',
    fact: 'income',
    get: income,
    expected: [4500, 'EUR', 'month'],
    source: O,
    quote: 'mindestens 4.500 Euro pro Monat',
  },
  {
    id: 'ee-digital-nomad',
    fact: 'nothing said of permanent residence',
    get: (p) => p.validity?.value.permanentResidence,
    expected: undefined,
    source: O,
    quote: 'Das Visum bietet keine Vorteile für die Erlangung einer Aufenthaltserlaubnis in der Zukunft.',
  },
  {
    id: 'ee-digital-nomad',
    fact: 'maximum stay',
    get: (p) => p.validity?.value.maxStay,
    expected: { amount: 18, unit: 'months' },
    source: O,
    quote: 'Die maximale Dauer des Aufenthalts beträgt 1,5 Jahre.',
  },
  {
    id: 'ee-digital-nomad',
    fact: 'RU/BY on the restrictive list',
    get: (p) => [p.nationality?.value.excluded, p.nationality?.value.excludedListComplete],
    expected: [['ru', 'by'], false],
    source: O,
    quote: 'dazu gehören unter anderem Russland und Weißrussland',
  },

  // A second fact-check: conditions filed by what they do, readings that say no more than the words.
  {
    id: 'ad-digital-nomad',
    fact: '90 days a year is a requirement to confirm',
    get: (p) => p.conditions.find((c) => c.text.en.includes('90 days'))?.kind,
    expected: 'confirm',
    source: O,
    quote: 'Die Bereitschaft, mindestens 90 Tage im Jahr im Land zu leben.',
  },
  {
    id: 'es-digital-nomad',
    fact: 'at most 20 % for Spanish companies is a condition of the permit',
    get: (p) => p.conditions.find((c) => c.text.en.includes('20 %'))?.kind,
    expected: 'confirm',
    source: O,
    quote: 'vorausgesetzt, dass die Arbeit für ein spanisches Unternehmen 20% ihrer gesamten beruflichen Tätigkeit nicht überschreitet',
  },
  {
    id: 'lv-digital-nomad',
    fact: 'being able to work remotely is a requirement, not a permission',
    get: (p) => p.conditions.filter((c) => /remote/i.test(c.text.en)).map((c) => [c.kind, c.text.en.startsWith('You can')]),
    expected: [['confirm', false]],
    source: O,
    quote: 'Sie müssen die Möglichkeit haben, während ihres Aufenthalts in Lettland aus der Ferne zu arbeiten.',
  },
  {
    id: 'hr-digital-nomad',
    fact: 'six months since an earlier permit expired, to confirm',
    get: (p) => p.conditions.filter((c) => c.text.en.includes('six months')).map((c) => c.kind),
    expected: ['confirm'],
    source: O,
    quote: 'ein neues Visum kann erst sechs Monate nach Ablauf des vorherigen Visums beantragt werden',
  },
  {
    id: 'hr-digital-nomad',
    fact: 'not working for Croatia: employers, clients and companies there',
    get: (p) => p.prepare.some((item) => /not work for Croatia/.test(item.text.en) && /client/.test(item.text.en)),
    expected: true,
    source: O,
    quote: 'Nachweis, dass Sie nicht für Kroatien arbeiten',
  },
  {
    id: 'me-digital-nomad',
    fact: 'six months away after 4 years, to confirm',
    get: (p) => p.conditions.filter((c) => c.text.en.includes('4 years')).map((c) => c.kind),
    expected: ['confirm'],
    source: O,
    quote: 'Nach diesen 4 Jahren Aufenthalt im Land mit dem Status des Nomaden müssen Sie das Land für mindestens sechs Monate verlassen.',
  },
  {
    id: 'me-digital-nomad',
    fact: 'visa-free entry or a D visa: the lists are not in the source',
    get: (p) => /does not give/.test(p.conditions.find((c) => c.text.en.includes('D visa'))?.note?.en ?? ''),
    expected: true,
    source: O,
    quote: 'Die Möglichkeit, ein D-Visum zu erhalten, oder das Recht auf visumfreie Einreise nach Montenegro',
  },
  {
    id: 'no-self-employed',
    fact: 'two years away after six, to confirm',
    get: (p) => p.conditions.filter((c) => c.text.en.includes('6 years')).map((c) => c.kind),
    expected: ['confirm'],
    source: O,
    quote: 'Nach 6 Jahren müssen Sie Norwegen für 2 Jahre verlassen, bevor Sie einen neuen Antrag stellen.',
  },
  ...(
    [
      ['hu-white-card', 'mindestens 3.000 Euro pro Monat in den letzten 6 Monaten'],
      ['ro-digital-nomad', 'in den letzten 6 Monaten aus Fernarbeit'],
      ['ee-digital-nomad', 'Das bestätigte legale Einkommen der letzten 6 Monate beträgt mindestens 4.500 Euro pro Monat.'],
    ] as const
  ).map(([id, quote]): Row => ({
    id,
    fact: 'income over 6 months: each month or an average, not said',
    get: (p) => (p.income?.value.type === 'amount' ? [p.income.value.averageOfMonths, p.income.value.monthsRule] : undefined),
    expected: [6, undefined],
    source: O,
    quote,
  })),
  {
    id: 'pt-digital-nomad',
    fact: 'income over 3 months: an average (2024)',
    get: (p) => {
      const v = p.income?.conflicts?.[0].value;
      return v?.type === 'amount' ? [v.averageOfMonths, v.monthsRule] : undefined;
    },
    expected: [3, 'average'],
    source: O,
    quote: 'Nachweis des durchschnittlichen monatlichen Einkommens in den letzten 3 Monaten',
  },
  {
    id: 'ro-digital-nomad',
    fact: 'three years of contract or company: open for employees',
    get: (p) => p.checks.find((c) => c.value.type === 'min-months-working')?.value,
    expected: { type: 'min-months-working', months: 36, inclusive: true, subject: 'contract-or-company' },
    source: O,
    quote: 'für mindestens 3 Jahre',
  },
  {
    id: 'es-digital-nomad',
    fact: 'any degree (2025) against relevant education (2024): a conflict',
    get: (p) => {
      const degree = p.checks.find((c) => c.value.type === 'degree-or-experience');
      const field = (v: unknown) => (v as { degreeField?: string }).degreeField;
      return [field(degree?.value), degree?.conflicts?.map((c) => [field(c.value), c.sources])];
    },
    expected: ['any', [['relevant', [O]]]],
    source: O,
    quote: 'Relevante Ausbildung oder Berufserfahrung von mindestens 3 Jahren',
  },
  {
    id: 'cz-digital-nomad',
    fact: 'STEM for employees, a relevant degree for freelancers',
    get: (p) =>
      p.checks
        .filter((c) => c.value.type === 'degree-or-experience')
        .map((c) => [(c.value as { degreeField?: string }).degreeField, (c.value as { appliesTo?: string[] }).appliesTo]),
    expected: [
      ['stem', ['employee']],
      ['relevant', ['freelancer']],
    ],
    source: O,
    quote: 'Sie müssen einen einschlägigen Hochschulabschluss oder mindestens 3 Jahre IT-Erfahrung haben.',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'validity: a 2-year permit fits a 1-year minimum, no conflict',
    get: (p) => [p.validity?.value.initial, p.validity?.conflicts],
    expected: [{ amount: 2, unit: 'years' }, undefined],
    source: O,
    quote: 'beträgt die Mindestdauer 1 Jahr mit der Möglichkeit einer späteren Verlängerung',
  },
  {
    id: 'es-digital-nomad',
    fact: 'validity: 3 years is the route inside Spain, no conflict',
    get: (p) => [p.validity?.value.initial, p.validity?.conflicts, /consulate/.test(p.validity?.value.details?.en ?? '')],
    expected: [{ amount: 3, unit: 'years' }, undefined, true],
    source: N,
    quote: 'In Spanien erhalten digitale Nomaden eine 3-jährige Aufenthaltserlaubnis',
  },
  {
    id: 'pt-digital-nomad',
    fact: 'apply in your home country (ru)',
    get: (p) => [p.application?.value.details?.ru.includes('на родине'), p.application?.value.details?.ru.includes('проживания')],
    expected: [true, false],
    source: O,
    quote: 'beim portugiesischen Konsulat in Ihrem Heimatland',
  },
];

describe('facts against the source articles', () => {
  let seeds = new Map<string, string | null>();
  before(async () => {
    seeds = await readArticles();
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

  it('writes every German text in its own words: no run of 8 words copied from an article', function () {
    if ([...seeds.values()].some((text) => text === null)) this.skip();
    const copied = findCopies([...seeds.values()] as string[], programmes);
    expect(copied).to.deep.equal([]);
  });

  it('the copy check finds a copied sentence (and leaves quotations in „…“ alone)', function () {
    if ([...seeds.values()].some((text) => text === null)) this.skip();
    const copy = structuredClone(getProgramme('gr-digital-nomad')!);
    copy.summary.de = 'Wenn Sie mit Ihrem Ehepartner reisen, müssen Sie weitere 20% hinzufügen.';
    copy.notes = [
      {
        text: { en: 'x', de: 'Die Quelle sagt „wenn Sie mit Ihrem Ehepartner reisen, müssen Sie weitere 20% hinzufügen“.', ru: 'x' },
        sources: [O],
      },
    ];
    expect(findCopies([...seeds.values()] as string[], [copy])).to.deep.equal(['gr-digital-nomad: summary.de']);
  });

  it('quotes each fact in the words of its article', function () {
    // The articles live in ../shared/seeds beside the repository; a clone without them checks values only.
    if ([...seeds.values()].some((text) => text === null)) this.skip();
    const missing = ROWS.filter((row) => !fold(seeds.get(row.source)!).includes(fold(row.quote)));
    expect(missing.map((row) => `${row.id} (${row.source}): ${row.quote}`)).to.deep.equal([]);
  });
});

/** The German texts (`…de`) that share a run of 8 or more consecutive words with an article, as "id: path". */
function findCopies(articles: string[], list: readonly Programme[]): string[] {
  const words = (text: string) =>
    fold(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}€$%]+(?:[.,]\d+)*/gu) ?? [];
  const runs = new Set<string>();
  for (const article of articles) {
    const w = words(article);
    for (let i = 0; i + 8 <= w.length; i += 1) runs.add(w.slice(i, i + 8).join(' '));
  }
  const found: string[] = [];
  const visit = (node: unknown, id: string, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, id, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return;
    const de = (node as { de?: unknown }).de;
    if (typeof de === 'string' && 'en' in node) {
      // A quotation in „…“ is the article's words on purpose.
      const w = words(de.replace(/„[^“]*“/g, ' '));
      if (w.some((_, i) => i + 8 <= w.length && runs.has(w.slice(i, i + 8).join(' ')))) found.push(`${id}: ${path ? `${path}.` : ''}de`);
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, id, path ? `${path}.${key}` : key);
  };
  for (const programme of list) visit(programme, programme.id, '');
  return found;
}
