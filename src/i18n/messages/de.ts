import type { Catalogue } from '../catalogue.js';

const FIELDS = {
  citizenship: 'Staatsangehörigkeit', employment: 'Art der Tätigkeit', monthlyIncome: 'Monatseinkommen', savings: 'Ersparnisse',
  degree: 'Angabe zum Hochschulabschluss', yearsExperience: 'Jahre Berufserfahrung', itProfessional: 'Angabe, ob Sie in der IT arbeiten',
  employerCountry: 'Land des Arbeitgebers', employerEmployees: 'Mitarbeiterzahl des Arbeitgebers', monthsWorking: 'Monate in der jetzigen Tätigkeit',
} as const;
const TYPES = { employee: 'Angestellte(r)', freelancer: 'Freiberufler(in)', 'business-owner': 'Unternehmer(in)' } as const;
const SUBJECTS = {
  'remote-work': 'Fernarbeit',
  'current-employer': 'beim jetzigen Arbeitgeber',
  'contract-or-company': 'Arbeitsvertrag oder eigenes Unternehmen',
} as const;

export const de: Catalogue = {
  engine: {
    needs: (phrase) => `Erforderlich: ${phrase}.`,
    sourcesDisagree: (versions) =>
      `Die Quellen widersprechen sich: ${versions.map((v) => `die Quelle von ${v.year} verlangt ${v.phrase}`).join(', ')}.`,
    notGiven: (field) => `Sie haben keine Angabe gemacht: ${FIELDS[field]}.`,
    fieldName: (field) => FIELDS[field],

    citizenshipOneOf: (list) => `Staatsangehörigkeit von ${list}`,
    citizenshipNotOf: (list) => `eine Staatsangehörigkeit außerhalb von ${list}`,
    youAreCitizen: (country) => `Ihre Staatsangehörigkeit: ${country}.`,
    partialDenyList: (named) => `Die Quelle nennt nur einen Teil der Ausschlussliste (darunter ${named}): Prüfen Sie Ihr Land.`,
    group: (group) => ({ EU: 'EU', EEA: 'EWR', EFTA: 'EFTA', SCHENGEN: 'Schengen-Raum', OECD: 'OECD' })[group],

    employmentAs: (list) => `Tätigkeit als ${list}`,
    employmentType: (type) => TYPES[type],
    youWorkAs: (type) => `Sie arbeiten als ${type}.`,
    employmentUnclear: (type) => `Die Quelle sagt nicht, ob ${type} in Frage kommen.`,

    incomeAtLeast: (amount, period, basis, approximate) =>
      `${approximate ? 'etwa' : 'mindestens'} ${amount} ${period === 'month' ? 'im Monat' : 'im Jahr'}${basis === 'net' ? ' netto' : basis === 'gross' ? ' brutto' : ''}`,
    household: (spouse, children) =>
      [spouse ? 'Ehe- oder Lebenspartner' : '', children === 1 ? '1 Kind' : children > 1 ? `${children} Kinder` : ''].filter(Boolean).join(' und '),
    forHousehold: (household) => `für Sie mit ${household}`,
    overLastMonths: (months) => `in den letzten ${months} Monaten`,
    approx: (amount) => `≈ ${amount}`,
    youEarn: (amount) => `Ihre Angabe: ${amount} im Monat.`,
    noIncomeRequired: 'Kein Mindesteinkommen erforderlich.',
    grossBelow: 'Der Betrag ist brutto: Ihr Nettoeinkommen liegt darunter, Ihr Bruttoeinkommen kann ihn aber erreichen.',
    approximateThreshold: 'Die Quelle nennt den Betrag nur ungefähr, und Sie liegen nahe daran.',
    convertedNearThreshold: 'Ihr Betrag wurde mit einem datierten Wechselkurs umgerechnet und liegt weniger als 5 % neben der Grenze.',
    higherTier: (label, amount) => `${label}: ${amount}.`,
    noAmountForChildren: 'Für Kinder nennt die Quelle keinen Betrag.',
    incomeOrSavings: (income, savings) => `${income} oder ${savings} Ersparnisse`,
    youEarnAndSaved: (income, savings) => `Ihre Angabe: ${income} im Monat und ${savings} Ersparnisse.`,

    savingsAtLeast: (amount) => `Ersparnisse von mindestens ${amount}`,
    youSaved: (amount) => `Ihre Angabe: ${amount} Ersparnisse.`,
    noSavingsRequired: 'Keine Ersparnisse erforderlich.',

    familyCanJoin: (household) => `Ihre Familie (${household}) kann mitkommen.`,
    familyCannotJoin: 'Familienangehörige können mit diesem Titel nicht mitkommen.',
    familyUnknown: 'Die Quellen sagen nicht, ob Familienangehörige mitkommen können.',
    familyMemberNotNamed: (member) => `Die Quellen nennen ${member} nicht unter den Angehörigen, die mitkommen können.`,

    degreeOrExperience: (years, stem, it, otherRoutes) =>
      `${stem ? 'ein Hochschulabschluss in Naturwissenschaften, Technik, Ingenieurwesen oder Mathematik' : 'ein Hochschulabschluss'} oder mindestens ${years} Jahre ${it ? 'IT-Erfahrung' : 'Berufserfahrung'}${otherRoutes ? ` oder ${otherRoutes}` : ''}`,
    youHave: (degree, experience) => `Ihre Angabe: ${degree}, ${experience}.`,
    degree: (has) => (has === undefined ? 'Abschluss nicht angegeben' : has ? 'Hochschulabschluss' : 'kein Hochschulabschluss'),
    experience: (years, it) =>
      years === undefined ? 'Erfahrung nicht angegeben' : `${years} Jahre Erfahrung${it === true ? ' in der IT' : it === false ? ' außerhalb der IT' : ''}`,
    stemUnknown: 'Ihr Abschluss zählt nur, wenn er in Naturwissenschaften, Technik, Ingenieurwesen oder Mathematik ist.',
    otherRoutesMayCount: (routes) => `Sie können auch mit ${routes} in Frage kommen.`,
    employerMinEmployees: (min) => `ein Arbeitgeber mit weltweit mindestens ${min} Beschäftigten`,
    employerHas: (count) => `Ihr Arbeitgeber hat ${count}.`,
    employerInGroup: (group) => `ein Arbeitgeber oder Ihre eigene Registrierung in einem Land der ${group}`,
    employerIn: (country) => `Ihr Arbeitgeber, Ihre Kunden oder Ihr Unternehmen: ${country}.`,
    employerAbroad: (country) => `ein Arbeitgeber, Kunden oder ein Unternehmen mit Sitz außerhalb von ${country}`,
    itProfessional: 'eine Tätigkeit als IT-Fachkraft',
    youWorkInIt: (yes) => (yes ? 'Sie arbeiten nach Ihrer Angabe in der IT.' : 'Sie arbeiten nach Ihrer Angabe nicht in der IT.'),
    monthsWorking: (months, inclusive, subject) => `${inclusive ? 'mindestens' : 'mehr als'} ${months} Monate ${SUBJECTS[subject]}`,
    youWorkedMonths: (months) => `Ihre Angabe: ${months} Monate.`,
    earlierRemoteWorkMayCount: 'Fernarbeit vor Ihrer jetzigen Tätigkeit kann ebenfalls zählen.',
    ambiguousForEmployees: 'Die Quelle meint das möglicherweise nur für Unternehmensinhaber; für Angestellte ist es unklar.',
  },
  ui: {
    title: 'Welche Visa kommen für mich in Frage?',
    intro: 'Beantworten Sie, was Sie können. Die Ergebnisse aktualisieren sich sofort; offene Angaben erscheinen als „zu prüfen“.',
    privacy: 'Ihre Angaben bleiben auf dieser Seite: Sie werden weder gespeichert noch gesendet.',
    legends: { you: 'Zu Ihrer Person', work: 'Ihre Arbeit', money: 'Geld', family: 'Familie, die mitkommt', qualifications: 'Qualifikation' },
    labels: {
      citizenship: 'Staatsangehörigkeit',
      employment: 'Ich arbeite als',
      employmentTypes: { employee: 'Angestellte(r)', freelancer: 'Freiberufler(in)', 'business-owner': 'Unternehmer(in)' },
      employerCountry: 'Land des Arbeitgebers, der Kunden oder des Unternehmens',
      employerEmployees: 'Beschäftigte des Arbeitgebers weltweit',
      monthsWorking: 'Monate in der jetzigen Tätigkeit',
      income: 'Monatliches Nettoeinkommen',
      incomeCurrency: 'Währung des Einkommens',
      savings: 'Ersparnisse',
      savingsCurrency: 'Währung der Ersparnisse',
      spouse: 'Ehe- oder Lebenspartner',
      children: 'Kinder',
      degree: 'Ich habe einen Hochschulabschluss',
      yearsExperience: 'Jahre Berufserfahrung',
      itProfessional: 'Ich arbeite in der IT',
    },
    hints: {
      income: 'Nach Steuern, pro Monat.',
      savings: 'Guthaben, das Sie nachweisen können.',
      employerCountry: 'Wo Ihr Arbeitgeber, Ihre Kunden oder Ihr eigenes Unternehmen registriert sind.',
      monthsWorking: 'Beim jetzigen Arbeitgeber, mit den jetzigen Kunden oder im eigenen Unternehmen.',
      yearsExperience: 'In Ihrem Fach, in ganzen oder halben Jahren.',
    },
    choose: 'Bitte wählen…',
    notSaying: 'Keine Angabe',
    errors: { number: 'Geben Sie eine Zahl ab 0 ein.', wholeNumber: 'Geben Sie eine ganze Zahl ab 0 ein.' },
    results: 'Ergebnisse',
    groups: { eligible: 'In Frage', unknown: 'Zu prüfen', ineligible: 'Nicht in Frage' },
    groupEmpty: { eligible: 'Mit diesen Angaben keines.', unknown: 'Nichts mehr zu prüfen.', ineligible: 'Keines ausgeschlossen.' },
    summary: ({ eligible, unknown, ineligible }) => `${eligible} in Frage, ${unknown} zu prüfen, ${ineligible} nicht in Frage.`,
    whyNot: 'Warum nicht',
    toCheck: 'Was offen ist',
    met: 'Erfüllt',
    prepare: 'Was vorzubereiten ist',
    confirm: 'Selbst bestätigen',
    asOf: (date) => `Quellen mit Stand ${date}`,
    badAttribute: (attribute, value, reason) => `Das Attribut ${attribute}="${value}" wurde ignoriert: ${reason}`,
    reasons: {
      unknownCountry: 'kein bekannter Ländercode.',
      unknownProgramme: 'keine bekannte Programm-ID.',
      notANumber: 'keine Zahl ab 0.',
      notAWholeNumber: 'keine ganze Zahl ab 0.',
      unknownCurrency: 'keine unterstützte Währung (EUR, USD, ISK, NOK, ALL, KZT).',
      unknownEmployment: 'erlaubt sind employee, freelancer oder business-owner.',
      nothingSelected: 'es wählt kein Programm aus, daher werden alle gezeigt.',
    },
  },
};
