import type { FactMessages } from '../catalogue.js';

/** One, many, and many after "bis zu" (dative). */
const NOUNS = {
  days: ['Tag', 'Tage', 'Tagen'],
  'working-days': ['Arbeitstag', 'Arbeitstage', 'Arbeitstagen'],
  'calendar-days': ['Kalendertag', 'Kalendertage', 'Kalendertagen'],
  weeks: ['Woche', 'Wochen', 'Wochen'],
  months: ['Monat', 'Monate', 'Monaten'],
} as const;
const LENGTHS = {
  days: ['Tag', 'Tage', 'Tagen'],
  months: ['Monat', 'Monate', 'Monaten'],
  years: ['Jahr', 'Jahre', 'Jahren'],
} as const;
const format = (n: number) => n.toLocaleString('de');

export const factsDe: FactMessages = {
  labels: {
    income: 'Einkommen',
    savings: 'Ersparnisse',
    validity: 'Gültigkeit',
    family: 'Familie',
    processing: 'Bearbeitung',
    fees: 'Gebühren',
    nationality: 'Staatsangehörigkeit',
    employment: 'Art der Tätigkeit',
    application: 'Wo beantragen',
    prepare: 'Vorzubereiten',
    conditions: 'Bedingungen',
    tax: 'Steuern',
    cost: 'Lebenshaltung',
    quota: 'Kontingent',
    launched: 'Eingeführt',
    notes: 'Gut zu wissen',
    sources: 'Quellen',
    requirements: 'Voraussetzungen',
  },
  kinds: {
    'digital-nomad': 'Digitale Nomaden',
    'remote-work': 'Fernarbeit',
    'self-employed': 'Selbständige',
    'skilled-residence': 'Fachkräfte-Aufenthalt',
  },
  period: (period) => (period === 'month' ? 'im Monat' : 'im Jahr'),
  basis: { net: 'netto', gross: 'brutto' },
  none: { income: 'Kein Einkommensnachweis', savings: 'Kein Sparnachweis' },
  notStated: 'Keine Angabe',
  stale: (date) =>
    `Diese Angaben haben den Stand ${date} und können sich seitdem geändert haben: ` +
    'Prüfen Sie sie vor dem Antrag bei der Behörde oder Auslandsvertretung.',
  staleShort: 'kann sich seitdem geändert haben',
  namedInSource: 'Name in der Quelle',
  reviewed: (date) => `Alle Angaben am ${date} mit diesen Quellen abgeglichen.`,
  notStatedInSources: 'In den Quellen nicht angegeben.',
  about: 'etwa',
  upTo: 'bis zu',
  from: 'ab',
  overMonths: (months, rule) =>
    rule === 'average'
      ? `im Durchschnitt der letzten ${months} Monate`
      : rule === 'each-month'
        ? `in jedem der letzten ${months} Monate`
        : `in den letzten ${months} Monaten (jeden Monat oder im Durchschnitt: nicht angegeben)`,
  derivation: (factor, of, base) => `${String(factor).replace('.', ',')} × ${of}${base ? ` (${base})` : ''}`,
  savingsAlternative: 'anstelle des Einkommens',
  family: { yes: 'Kann mitkommen', no: 'Kann nicht mitkommen', conditional: 'Unter Bedingungen' },
  members: {
    spouse: 'Ehepartner',
    partner: 'Lebenspartner',
    children: 'Kinder',
    parents: 'Eltern',
    grandparents: 'Großeltern',
    siblings: 'Geschwister',
    dependants: 'Angehörige',
  },
  upliftPercent: (spouse, perChild) => `Einkommen +${spouse} % für Ehepartner, +${perChild} % je Kind`,
  upliftPerMember: (amount) => `Einkommen +${amount} je Familienmitglied`,
  upliftPartner: (amount) => `Einkommen ${amount} mit Partner`,
  maxStay: (duration) => `insgesamt höchstens ${duration}`,
  permanentResidence: (possible, afterYears) =>
    possible
      ? afterYears
        ? `Weg zum Daueraufenthalt nach ${afterYears} Jahren`
        : 'führt zum Daueraufenthalt'
      : 'kein Weg zum Daueraufenthalt',
  processingTime: ({ min, max, unit, approximate }) => {
    const [one, many, dative] = NOUNS[unit];
    const about = approximate ? 'etwa ' : '';
    if (min !== undefined && max !== undefined)
      return min === max ? `${about}${format(max)} ${max === 1 ? one : many}` : `${about}${format(min)}–${format(max)} ${many}`;
    // "bis zu" and "ab" take the dative: bis zu 2 Monaten, ab 5 Tagen; "etwa" leaves the noun as it is: etwa 2 Monate.
    if (max !== undefined)
      return approximate ? `etwa ${format(max)} ${max === 1 ? one : many}` : `bis zu ${format(max)} ${max === 1 ? one : dative}`;
    const from = min ?? 0;
    return `ab ${about}${format(from)} ${from === 1 ? one : dative}`;
  },
  // "bis zu" takes the dative (bis zu 2 Jahren), "mindestens" leaves the noun as it is (mindestens 2 Jahre).
  lengthBound: (bound, amount, unit) => {
    const [one, many, dative] = LENGTHS[unit];
    return bound === 'up-to'
      ? `bis zu ${format(amount)} ${amount === 1 ? one : dative}`
      : `mindestens ${format(amount)} ${amount === 1 ? one : many}`;
  },
  familyMembers: { yes: 'Mitkommen können', no: 'Nicht mitkommen können', conditional: 'Unter Bedingungen mitkommen können' },
  channels: { online: 'online', email: 'per E-Mail', post: 'per Post', consulate: 'beim Konsulat', 'in-country': 'im Land' },
  onlyFor: (list) => `Nur für Staatsangehörige von ${list}`,
  notFor: (list) => `Nicht für Staatsangehörige von ${list}`,
  notForPartial: (list) => `Nicht für Staatsangehörige von ${list} und weiteren Ländern einer Ausschlussliste`,
  openToAll: 'Offen für alle Staatsangehörigkeiten',
  employment: { accepted: 'ja', 'not-accepted': 'nein', unclear: 'keine Angabe' },
  rent: (range) => `Miete 1-Zimmer-Wohnung ${range}`,
  utilities: (amount) => `Nebenkosten ${amount}`,
  transport: (amount) => `Monatskarte ${amount}`,
  lunch: (amount) => `günstiges Mittagessen ${amount}`,
  quota: (perYear) => `höchstens ${perYear} pro Jahr`,
  launched: (date) => `seit ${date}`,
  conflict: (year, value) => `Die Quelle von ${year} nennt: ${value}`,
  conflictMarker: 'Quellen widersprechen sich',
  more: 'Mehr',
  approxNote: (asOf) => `≈ umgerechnet mit dem Kurs vom ${asOf}`,
  asOf: (date) => `Stand ${date}`,
  group: (group) =>
    ({
      EU: 'EU',
      EEA: 'EWR',
      EFTA: 'EFTA',
      SCHENGEN: 'Schengen-Raum',
      OECD: 'OECD',
      SCHENGEN_VISA_FREE: 'Länder, deren Bürger kein Schengen-Visum brauchen',
      FREE_MOVEMENT: 'EU, EWR und Schweiz',
    })[group],
};
