/** The rule engine's texts in de: only <visa-eligibility> and the API use them, so the loader fetches them apart. */
import type { EngineMessages } from '../catalogue.js';
import { inPlace, ofPlace, outsidePlace } from './de-places.js';

const BASIS = { net: ' netto', gross: ' brutto', unspecified: '' } as const;

const STEM_DEGREE = 'ein Hochschulabschluss in Naturwissenschaften, Technik, Ingenieurwesen oder Mathematik';
const UNSAID_AVERAGE = ' (ob ein Durchschnitt genügt, sagen die Quellen nicht)';
const DEGREE = { any: 'ein Hochschulabschluss', stem: STEM_DEGREE, relevant: 'ein für Ihre Arbeit einschlägiger Hochschulabschluss' };

const NOT_GIVEN = {
  citizenship: 'Sie haben Ihre Staatsangehörigkeit nicht angegeben.',
  employment: 'Sie haben nicht angegeben, wie Sie arbeiten (angestellt, freiberuflich oder als Unternehmer).',
  monthlyIncome: 'Sie haben Ihr Nettoeinkommen nicht angegeben.',
  grossMonthlyIncome: 'Sie haben Ihr Bruttoeinkommen nicht angegeben.',
  savings: 'Sie haben Ihre Ersparnisse nicht angegeben.',
  degree: 'Sie haben nicht angegeben, ob Sie einen Hochschulabschluss haben.',
  degreeField: 'Sie haben nicht angegeben, in welchem Fach Ihr Abschluss ist.',
  yearsExperience: 'Sie haben Ihre Berufserfahrung nicht angegeben.',
  itProfessional: 'Sie haben nicht angegeben, ob Sie in der IT arbeiten.',
  employerCountry: 'Sie haben das Land Ihres Arbeitgebers, Ihrer Kunden oder Ihres Unternehmens nicht angegeben.',
  employerEmployees: 'Sie haben die Beschäftigtenzahl Ihres Arbeitgebers nicht angegeben.',
  monthsWorking: 'Sie haben nicht angegeben, seit wie vielen Monaten Sie in der jetzigen Tätigkeit sind.',
  clientCountries: 'Sie haben nicht angegeben, wo Ihre Kunden registriert sind.',
  clientCounts: 'Sie haben nicht angegeben, wie viele Ihrer Kunden dort registriert sind.',
} as const;

const TYPES = { employee: 'Angestellte(r)', freelancer: 'Freiberufler(in)', 'business-owner': 'Unternehmer(in)' } as const;

const SUBJECTS = {
  'remote-work': 'Fernarbeit',
  'current-employer': 'beim jetzigen Arbeitgeber',
  'contract-or-company': 'Arbeitsvertrag oder eigenes Unternehmen',
} as const;

export const engineDe: EngineMessages = {
  needs: (phrase) => `Erforderlich: ${phrase}.`,
  sourcesDisagree: (versions) => `Die Quellen widersprechen sich. ${versions.map((v) => `Quelle von ${v.year}: ${v.phrase}`).join('; ')}.`,
  notGiven: (field) => NOT_GIVEN[field],
  nothingToCheck:
    'Die Quellen nennen keine Voraussetzung, die dieses Formular prüfen kann: Lesen Sie die Bedingungen und fragen Sie die Behörde.',

  citizenshipOneOf: (list) => `Staatsangehörigkeit von ${list}`,
  citizenshipNotOf: (list) => `eine Staatsangehörigkeit außerhalb von ${list}`,
  youAreCitizen: (country) => `Ihre Staatsangehörigkeit: ${country}.`,
  partialDenyList: (named) => `Die Quelle nennt nur einen Teil der Ausschlussliste (darunter ${named}): Prüfen Sie Ihr Land.`,

  employmentAs: (list) => `Tätigkeit als ${list}`,
  employmentType: (type) => TYPES[type],
  youWorkAs: (type) => `Sie arbeiten als ${type}.`,
  employmentUnclear: (type) => `Die Quelle sagt nicht, ob ${type} in Frage kommen.`,

  incomeAtLeast: (amount, period, basis, approximate) =>
    `${approximate ? 'etwa' : 'mindestens'} ${amount} ${period === 'month' ? 'im Monat' : 'im Jahr'}${BASIS[basis]}`,
  household: (spouse, children) =>
    [spouse ? 'Ehe- oder Lebenspartner' : '', children === 1 ? '1 Kind' : children > 1 ? `${children} Kinder` : '']
      .filter(Boolean)
      .join(' und '),
  forHousehold: (household) => `für Sie mit ${household}`,
  overLastMonths: (months, rule) =>
    rule === 'average'
      ? `im Durchschnitt der letzten ${months} Monate`
      : rule === 'each-month'
        ? `in jedem der letzten ${months} Monate`
        : `in den letzten ${months} Monaten (jeden Monat oder im Durchschnitt: das sagen die Quellen nicht)`,
  incomeHeld: (months, rule) =>
    rule === 'average'
      ? `Ihr Einkommen erreichte den Betrag im Durchschnitt der letzten ${months} Monate.`
      : `Ihr Einkommen erreichte den Betrag in jedem der letzten ${months} Monate${rule ? '' : UNSAID_AVERAGE}.`,
  youEarn: (amount, basis) => `Ihre Angabe: ${amount} im Monat${BASIS[basis]}.`,
  youEarnBoth: (gross, net) => `Ihre Angabe: ${gross} im Monat brutto und ${net} netto.`,
  noIncomeGiven: 'Sie haben Ihr Monatseinkommen nicht angegeben.',
  noIncomeRequired: 'Kein Mindesteinkommen erforderlich.',
  grossBelow: 'Der Betrag ist brutto: Ihr Nettoeinkommen liegt darunter, Ihr Bruttoeinkommen kann ihn aber erreichen.',
  assumedNet:
    'Ihr Bruttoeinkommen ist mindestens doppelt so hoch: Lohnsteuer und Sozialabgaben nehmen in keinem OECD-Land ' +
    'die Hälfte eines Gehalts, daher gilt Ihr Nettoeinkommen als ausreichend.',
  grossShort: 'Schon Ihr Bruttoeinkommen liegt darunter, Ihr Nettoeinkommen also auch.',
  netDecides: 'Ihr Bruttoeinkommen erreicht den Betrag, aber nicht doppelt: Es kommt auf Ihr Nettoeinkommen an.',
  basisUnstated: (given) =>
    [
      'Die Quellen sagen nicht, ob der Betrag brutto oder netto gemeint ist.',
      given === 'net'
        ? 'Ihr Nettoeinkommen liegt darunter, Ihr Bruttoeinkommen kann ihn erreichen.'
        : 'Ihr Bruttoeinkommen erreicht ihn, Ihr Nettoeinkommen nicht: Was zählt, entscheidet die Auslandsvertretung.',
    ].join(' '),
  approximateThreshold: 'Die Quelle nennt den Betrag nur ungefähr, und Sie liegen nahe daran.',
  convertedNearThreshold: 'Ihr Betrag wurde mit einem datierten Wechselkurs umgerechnet und liegt weniger als 5 % neben der Grenze.',
  higherTier: (label, amount) => `${label}: ${amount}.`,
  noAmountForChildren: 'Für Kinder nennt die Quelle keinen Betrag.',

  savingsAtLeast: (amount) => `Ersparnisse von mindestens ${amount}`,
  youSaved: (amount) => `Ihre Angabe: ${amount} Ersparnisse.`,
  noSavingsRequired: 'Keine Ersparnisse erforderlich.',

  familyCanJoin: (household) => `Ihre Familie (${household}) kann mitkommen.`,
  familyCannotJoin: 'Familienangehörige können mit diesem Titel nicht mitkommen.',
  familyUnknown: 'Die Quellen sagen nicht, ob Familienangehörige mitkommen können.',
  familyMemberNotNamed: (member) => `Die Quellen nennen ${member} nicht unter den Angehörigen, die mitkommen können.`,
  familySourcesDiffer: (year, rule) => `Die Quelle von ${year} sagt anderes: ${rule}`,

  degreeOrExperience: (years, field, it, otherRoutes) =>
    `${DEGREE[field]} oder mindestens ${years} Jahre ${it ? 'IT-Erfahrung' : 'Berufserfahrung'}` +
    (otherRoutes ? ` oder ${otherRoutes}` : ''),
  youHave: (degree, experience) => `Ihre Angabe: ${degree}, ${experience}.`,
  degree: (has, field) =>
    has === undefined
      ? 'Abschluss nicht angegeben'
      : !has
        ? 'kein Hochschulabschluss'
        : field === 'stem'
          ? 'einen MINT-Hochschulabschluss'
          : field === 'other'
            ? 'einen Hochschulabschluss außerhalb von MINT'
            : 'Hochschulabschluss',
  experience: (years, it) =>
    years === undefined
      ? 'Erfahrung nicht angegeben'
      : `${years} ${years === 1 ? 'Jahr' : 'Jahre'} Erfahrung${it === true ? ' in der IT' : it === false ? ' außerhalb der IT' : ''}`,
  stemUnknown: 'Ihr Abschluss zählt nur, wenn er in Naturwissenschaften, Technik, Ingenieurwesen oder Mathematik ist.',
  relevanceUnknown:
    'Ihr Abschluss zählt nur, wenn sein Fach für Ihre Arbeit einschlägig ist; welche Fächer das sind, sagen die Quellen nicht.',
  otherRoutesMayCount: (routes) => `Sie können auch mit ${routes} in Frage kommen.`,
  employerMinEmployees: (min) => `ein Arbeitgeber mit weltweit mindestens ${min} Beschäftigten`,
  employerHas: (count) => `Ihr Arbeitgeber hat ${count}.`,
  employerInGroup: (group) => `ein Arbeitgeber oder Ihre eigene Registrierung in einem Land der ${group}`,
  employerIn: (country) => `Ihr Arbeitgeber, Ihre Kunden oder Ihr Unternehmen: ${country}.`,
  employerAbroad: (country) => `ein Arbeitgeber, Kunden oder ein Unternehmen mit Sitz ${outsidePlace(country)}`,
  itProfessional: 'eine Tätigkeit als IT-Fachkraft',
  youWorkInIt: (yes) => (yes ? 'Sie arbeiten nach Ihrer Angabe in der IT.' : 'Sie arbeiten nach Ihrer Angabe nicht in der IT.'),
  monthsWorking: (months, inclusive, subject) => `${inclusive ? 'mindestens' : 'mehr als'} ${months} Monate ${SUBJECTS[subject]}`,
  youWorkedMonths: (months) => `Ihre Angabe: ${months} Monate.`,
  earlierRemoteWorkMayCount: 'Fernarbeit vor Ihrer jetzigen Tätigkeit kann ebenfalls zählen.',
  ambiguousForEmployees: 'Die Quelle meint das möglicherweise nur für Unternehmensinhaber; für Angestellte ist es unklar.',

  freeMovement: (citizen, country) =>
    `Sie brauchen kein solches Visum: Als Staatsangehörige(r) ${ofPlace(citizen)} dürfen Sie dank der Freizügigkeit ` +
    `in der EU, im EWR und in der Schweiz ${inPlace(country)} leben und arbeiten.`,
  schengenVisaFree: 'eine Staatsangehörigkeit, die für die Einreise in den Schengen-Raum kein Visum braucht',
  clientsIn: (list) => `Ihre Kunden sind registriert in: ${list}.`,
  someClientsInside: (country) =>
    `Ein Teil Ihrer Kunden sitzt ${inPlace(country)}: Die Quelle sagt nicht, wie viel solche Arbeit erlaubt ist.`,
  clientsInCountry: (country, min) =>
    `ein Vertrag mit ${min > 1 ? `mindestens ${min} Kunden` : 'einem Kunden'} mit Sitz ${inPlace(country)}`,
  clientsCounted: (country, count) => `Ihre Kunden mit Sitz ${inPlace(country)}: ${count}.`,
  unpublished: (what, who) =>
    `Dafür nennen die Quellen kein Prüfverfahren, es wird also erst beim Antrag entschieden: ${what} Es entscheidet: ${who}.`,
  documentToPrepare: (what) => `Ein Nachweis, den Sie vorbereiten: ${what}`,

  changeIncome: (amount, exact) => `${amount} mehr Einkommen im Monat${exact ? ` (${exact})` : ''}.`,
  changeSavings: (amount, exact) => `${amount} mehr Ersparnisse${exact ? ` (${exact})` : ''}.`,
  changeAlone: 'Oder ohne Familie beantragen: Für Sie allein reicht Ihr Einkommen.',
  changeOrSavings: (amount) => `Oder Ersparnisse von ${amount} nachweisen.`,
  changeExperience: (years, it, field) =>
    `${years} Jahre Berufserfahrung${it ? ' in der IT' : ''} oder ${field === 'stem' ? 'ein MINT-Hochschulabschluss' : DEGREE[field]}.`,
  changeEmployerSize: (min) => `Ein Arbeitgeber mit weltweit mindestens ${min} Beschäftigten.`,
  changeEmployerGroup: (group) => `Ein Arbeitgeber mit Sitz in einem Land der ${group}.`,
  changeEmployerAbroad: (country) => `Ein Arbeitgeber oder Kunden mit Sitz ${outsidePlace(country)}.`,
  changeClient: (country, min) =>
    min > 1
      ? `Verträge mit mindestens ${min} Kunden mit Sitz ${inPlace(country)}.`
      : `Ein Vertrag mit einem Kunden mit Sitz ${inPlace(country)}.`,
  changeMonths: (months, inclusive) =>
    `${inclusive ? 'Noch' : 'Noch mehr als'} ${months} ${months === 1 ? 'Monat' : 'Monate'} in Ihrer jetzigen Tätigkeit.`,
};
