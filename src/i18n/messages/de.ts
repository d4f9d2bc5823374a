import type { Catalogue } from '../catalogue.js';
import { factsDe } from './facts-de.js';

const BASIS = { net: ' netto', gross: ' brutto', unspecified: '' } as const;
const STEM_DEGREE = 'ein Hochschulabschluss in Naturwissenschaften, Technik, Ingenieurwesen oder Mathematik';
const NOT_GIVEN = {
  citizenship: 'Sie haben Ihre Staatsangehörigkeit nicht angegeben.',
  employment: 'Sie haben nicht angegeben, wie Sie arbeiten (angestellt, freiberuflich oder als Unternehmer).',
  monthlyIncome: 'Sie haben Ihr Monatseinkommen nicht angegeben.',
  savings: 'Sie haben Ihre Ersparnisse nicht angegeben.',
  degree: 'Sie haben nicht angegeben, ob Sie einen Hochschulabschluss haben.',
  yearsExperience: 'Sie haben Ihre Berufserfahrung nicht angegeben.',
  itProfessional: 'Sie haben nicht angegeben, ob Sie in der IT arbeiten.',
  employerCountry: 'Sie haben das Land Ihres Arbeitgebers, Ihrer Kunden oder Ihres Unternehmens nicht angegeben.',
  employerEmployees: 'Sie haben die Beschäftigtenzahl Ihres Arbeitgebers nicht angegeben.',
  monthsWorking: 'Sie haben nicht angegeben, seit wie vielen Monaten Sie in der jetzigen Tätigkeit sind.',
  clientCountries: 'Sie haben nicht angegeben, wo Ihre Kunden registriert sind.',
} as const;
const TYPES = { employee: 'Angestellte(r)', freelancer: 'Freiberufler(in)', 'business-owner': 'Unternehmer(in)' } as const;
const SUBJECTS = {
  'remote-work': 'Fernarbeit',
  'current-employer': 'beim jetzigen Arbeitgeber',
  'contract-or-company': 'Arbeitsvertrag oder eigenes Unternehmen',
} as const;

const plural = new Intl.PluralRules('de');
/** The verb in the number of its count: 1 kommt, 4 kommen. */
const verb = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

export const de: Catalogue = {
  engine: {
    needs: (phrase) => `Erforderlich: ${phrase}.`,
    sourcesDisagree: (versions) =>
      `Die Quellen widersprechen sich: ${versions.map((v) => `die Quelle von ${v.year} verlangt ${v.phrase}`).join(', ')}.`,
    notGiven: (field) => NOT_GIVEN[field],
    nothingToCheck:
      'Die Quellen nennen keine Voraussetzung, die dieses Formular prüfen kann: Lesen Sie die Bedingungen und fragen Sie die Behörde.',

    citizenshipOneOf: (list) => `Staatsangehörigkeit von ${list}`,
    citizenshipNotOf: (list) => `eine Staatsangehörigkeit außerhalb von ${list}`,
    youAreCitizen: (country) => `Ihre Staatsangehörigkeit: ${country}.`,
    partialDenyList: (named) => `Die Quelle nennt nur einen Teil der Ausschlussliste (darunter ${named}): Prüfen Sie Ihr Land.`,
    group: (group) =>
      ({
        EU: 'EU',
        EEA: 'EWR',
        EFTA: 'EFTA',
        SCHENGEN: 'Schengen-Raum',
        OECD: 'OECD',
        SCHENGEN_VISA_FREE: 'Länder, deren Bürger kein Schengen-Visum brauchen',
      })[group],

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
    overLastMonths: (months) => `in den letzten ${months} Monaten`,
    approx: (amount) => `≈ ${amount}`,
    youEarn: (amount, basis) => `Ihre Angabe: ${amount} im Monat${BASIS[basis]}.`,
    noIncomeRequired: 'Kein Mindesteinkommen erforderlich.',
    grossBelow: 'Der Betrag ist brutto: Ihr Nettoeinkommen liegt darunter, Ihr Bruttoeinkommen kann ihn aber erreichen.',
    grossGivenNetRequired: 'Der Betrag ist netto, Sie haben Ihr Bruttoeinkommen angegeben: Vergleichen Sie Ihr Nettoeinkommen damit.',
    basisUnstated: (given) =>
      [
        'Die Quellen sagen nicht, ob der Betrag brutto oder netto gemeint ist.',
        given === 'net'
          ? 'Ihr Nettoeinkommen liegt darunter, Ihr Bruttoeinkommen kann ihn erreichen: Was zählt, entscheidet die Auslandsvertretung.'
          : 'Ihr Bruttoeinkommen erreicht ihn, Ihr Nettoeinkommen vielleicht nicht: Was zählt, entscheidet die Auslandsvertretung.',
      ].join(' '),
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
    familySourcesDiffer: (year, rule) => `Die Quelle von ${year} sagt anderes: ${rule}`,

    degreeOrExperience: (years, stem, it, otherRoutes) =>
      `${stem ? STEM_DEGREE : 'ein Hochschulabschluss'} oder mindestens ${years} Jahre ${it ? 'IT-Erfahrung' : 'Berufserfahrung'}` +
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
        : `${years} Jahre Erfahrung${it === true ? ' in der IT' : it === false ? ' außerhalb der IT' : ''}`,
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

    freeMovement: (citizen, country) =>
      `Sie brauchen kein solches Visum: Als Staatsangehörige(r) von ${citizen} dürfen Sie dank der Freizügigkeit ` +
      `in EU, EWR und Schweiz in ${country} leben und arbeiten.`,
    schengenVisaFree: 'eine Staatsangehörigkeit, die für die Einreise in den Schengen-Raum kein Visum braucht',
    clientsIn: (list) => `Ihre Kunden sind registriert in: ${list}.`,
    someClientsInside: (country) => `Ein Teil Ihrer Kunden sitzt in ${country}: Die Quelle sagt nicht, wie viel solche Arbeit erlaubt ist.`,
    clientsInCountry: (country, min) => `ein Vertrag mit ${min > 1 ? `mindestens ${min} Kunden` : 'einem Kunden'} mit Sitz in ${country}`,
    clientCountUnknown: (min) =>
      `Die Zahl Ihrer Kunden kann dieses Formular nicht prüfen: Die Schreiben oder Verträge müssen von mindestens ${min} stammen.`,
    assessment: (what, who) => `Wird erst beim Antrag entschieden, nicht hier: ${what} Es entscheidet: ${who}.`,
    declaration: (what) => `Das können nur Sie selbst bestätigen: ${what}`,
    documentToPrepare: (what) => `Ein Nachweis, den Sie vorbereiten: ${what}`,

    changeIncome: (amount, exact) => `${amount} mehr Einkommen im Monat${exact ? ` (${exact})` : ''}.`,
    changeSavings: (amount, exact) => `${amount} mehr Ersparnisse${exact ? ` (${exact})` : ''}.`,
    changeAlone: 'Oder ohne Familie beantragen: Für Sie allein reicht Ihr Einkommen.',
    changeOrSavings: (amount) => `Oder Ersparnisse von ${amount} nachweisen.`,
    changeExperience: (years, it, stem) =>
      `${years} Jahre Berufserfahrung${it ? ' in der IT' : ''} oder ${stem ? 'ein MINT-Hochschulabschluss' : 'ein Hochschulabschluss'}.`,
    changeEmployerSize: (min) => `Ein Arbeitgeber mit weltweit mindestens ${min} Beschäftigten.`,
    changeEmployerGroup: (group) => `Ein Arbeitgeber mit Sitz in einem Land der ${group}.`,
    changeEmployerAbroad: (country) => `Ein Arbeitgeber oder Kunden mit Sitz außerhalb von ${country}.`,
    changeClient: (country) => `Ein Vertrag mit einem Kunden mit Sitz in ${country}.`,
    changeMonths: (months, inclusive) =>
      `${inclusive ? 'Noch' : 'Noch mehr als'} ${months} ${months === 1 ? 'Monat' : 'Monate'} in Ihrer jetzigen Tätigkeit.`,
  },
  ui: {
    title: 'Welche Visa kommen für mich in Frage?',
    intro: 'Beantworten Sie, was Sie können. Die Ergebnisse aktualisieren sich sofort; offene Angaben erscheinen als „zu prüfen“.',
    privacy: 'Ihre Angaben bleiben auf dieser Seite: Sie werden weder gespeichert noch gesendet.',
    legends: {
      you: 'Zu Ihrer Person',
      work: 'Ihre Arbeit',
      money: 'Geld',
      family: 'Familie, die mitkommt',
      qualifications: 'Qualifikation',
    },
    labels: {
      citizenship: 'Staatsangehörigkeit',
      employment: 'Ich arbeite als',
      employmentTypes: { employee: 'Angestellte(r)', freelancer: 'Freiberufler(in)', 'business-owner': 'Unternehmer(in)' },
      employerCountry: 'Land des Arbeitgebers, der Kunden oder des Unternehmens',
      employerEmployees: 'Beschäftigte des Arbeitgebers weltweit',
      monthsWorking: 'Monate in der jetzigen Tätigkeit',
      income: 'Einkommen',
      incomeCurrency: 'Währung des Einkommens',
      incomePeriod: 'Pro Monat oder pro Jahr',
      incomeBasis: 'Brutto oder netto',
      savings: 'Ersparnisse',
      savingsCurrency: 'Währung der Ersparnisse',
      spouse: 'Ehe- oder Lebenspartner',
      children: 'Kinder',
      degree: 'Ich habe einen Hochschulabschluss',
      yearsExperience: 'Jahre Berufserfahrung',
      itProfessional: 'Ich arbeite in der IT',
      secondCitizenship: 'Zweite Staatsangehörigkeit',
      degreeField: 'Fachrichtung Ihres Abschlusses',
      clientCountries: 'Länder Ihrer Kunden',
      addClientCountry: 'Land hinzufügen, in dem Sie Kunden haben',
    },
    hints: {
      income: 'Manche Programme rechnen mit dem Brutto-, manche mit dem Nettoeinkommen: Sagen Sie, welchen Betrag Sie angeben.',
      savings: 'Guthaben, das Sie nachweisen können.',
      employerCountry: 'Wo Ihr Arbeitgeber, Ihre Kunden oder Ihr eigenes Unternehmen registriert sind.',
      monthsWorking: 'Beim jetzigen Arbeitgeber, mit den jetzigen Kunden oder im eigenen Unternehmen.',
      yearsExperience: 'In Ihrem Fach, in ganzen oder halben Jahren.',
      secondCitizenship: 'Nur wenn Sie zwei Pässe haben: Jedes Visum wird mit dem günstigeren geprüft.',
      clientCountries: 'Wo Ihre Kunden oder Vertragspartner registriert sind. Fügen Sie jedes Land hinzu.',
    },
    degreeFields: { stem: 'MINT (Mathematik, Informatik, Naturwissenschaft, Technik)', other: 'Andere Fachrichtung' },
    incomePeriods: { month: 'im Monat', year: 'im Jahr' },
    incomeBases: { net: 'netto (nach Steuern)', gross: 'brutto (vor Steuern)' },
    add: 'Hinzufügen',
    moreQuestions: 'Weitere Fragen (zweiter Pass, Arbeitgeber, IT)',
    removeClientCountry: (country) => `${country} entfernen`,
    withPassport: (country) => `Mit Ihrem Pass von ${country}.`,
    family: 'Familie:',
    nearMiss: { eligible: 'Für Sie möglich mit:', unknown: 'Dann zu prüfen, mit:' },
    noVisaNeeded: 'Kein Visum nötig',
    whileHolding: 'Während der Aufenthaltserlaubnis',
    choose: 'Bitte wählen…',
    typeCountry: 'Land eingeben',
    yes: 'Ja',
    no: 'Nein',
    notSaying: 'Keine Angabe',
    errors: {
      number: 'Geben Sie eine Zahl ab 0 ein.',
      wholeNumber: 'Geben Sie eine ganze Zahl ab 0 ein.',
      country: 'Wählen Sie ein Land aus der Liste.',
    },
    results: 'Ergebnisse',
    groups: { eligible: 'In Frage', unknown: 'Zu prüfen', ineligible: 'Nicht in Frage' },
    groupEmpty: { eligible: 'Mit diesen Angaben keines.', unknown: 'Nichts mehr zu prüfen.', ineligible: 'Keines ausgeschlossen.' },
    summary: ({ eligible, unknown, ineligible }) =>
      `${eligible} ${verb(eligible, 'kommt', 'kommen')} in Frage, ${unknown} ${verb(unknown, 'ist', 'sind')} zu prüfen, ` +
      `${ineligible} ${verb(ineligible, 'kommt', 'kommen')} nicht in Frage.`,
    beforeAnswers:
      'Beantworten Sie eine beliebige Frage, und Sie sehen, welche dieser Programme zu Ihnen passen. Bis dahin hier alle im Überblick.',
    programmes: 'Programme',
    summaryShort: ({ eligible, unknown, ineligible }) => `Passend: ${eligible} · Zu prüfen: ${unknown} · Nicht: ${ineligible}`,
    showResults: 'Zu den Ergebnissen',
    whyNot: 'Warum nicht',
    toCheck: 'Was offen ist',
    details: 'Alle Angaben zu diesem Visum',
    prepare: 'Was vorzubereiten ist',
    confirm: 'Selbst bestätigen',
    asOf: (date) => `Quellen mit Stand ${date}`,
    setupProblem: 'Ein Teil der Einrichtung dieses Widgets konnte nicht verwendet werden; alles andere funktioniert.',
    badAttribute: (attribute, value, reason) => `Das Attribut ${attribute}="${value}" wurde ignoriert: ${reason}`,
    reasons: {
      unknownCountry: 'kein bekannter Ländercode.',
      unknownProgramme: 'keine bekannte Programm-ID.',
      notANumber: 'keine Zahl ab 0.',
      notAWholeNumber: 'keine ganze Zahl ab 0.',
      unknownCurrency: 'kein unterstützter Währungscode.',
      unknownEmployment: 'erlaubt sind employee, freelancer oder business-owner.',
      nothingSelected: 'es wählt kein Programm aus, daher werden alle gezeigt.',
      unknownField: 'kein bekanntes Feld (income, savings, validity, family, processing, fees, tax, cost, nationality, application).',
      unknownTheme: 'erlaubt sind light, dark oder auto.',
      unknownHeadingLevel: 'erlaubt ist eine Zahl von 1 bis 6.',
      hashKeyTaken: 'ein anderer Vergleich auf dieser Seite nutzt diesen Schlüssel schon: Geben Sie jedem Vergleich eine eigene id.',
      unknownTimeout: 'erlaubt ist eine Sekundenzahl über 0 und höchstens 300.',
      unknownDegreeField: 'verwenden Sie stem oder other.',
      unknownIncomePeriod: 'verwenden Sie month oder year.',
      unknownIncomeBasis: 'verwenden Sie net oder gross.',
      noPlaceholder: 'geben Sie einen Link mit {programme} an der Stelle der Kennung an, z. B. /visa/{programme}.',
      unknownControls: 'verwenden Sie full, compact oder none.',
      unknownStaleAfter: 'verwenden Sie eine ganze Zahl von Monaten ab 1.',
      unsafeLink: 'nur http- und https-Links werden verwendet.',
      tooManyPassports: 'höchstens zwei Staatsangehörigkeiten angeben.',
    },
  },
  facts: factsDe,
  card: {
    missing: 'Setzen Sie country="…" oder programme="…", um ein Visum zu zeigen.',
    noneForCountry: (country) => `Der Datensatz enthält kein Programm für ${country}.`,
  },
  compare: {
    caption: (count) => `Vergleich von ${count} ${count === 1 ? 'Programm' : 'Programmen'}`,
    programme: 'Programm',
    sortBy: (label) => `Nach ${label} sortieren`,
    add: 'Hinzufügen',
    addLabel: 'Programm hinzufügen',
    remove: (title) => `${title} entfernen`,
    filters: 'Filter',
    familyOnly: 'Familie kann mitkommen',
    maxIncome: (currency) => `Einkommen höchstens (${currency} im Monat)`,
    maxIncomeHint: 'Blendet Programme aus, die mehr verlangen.',
    region: 'Region',
    regions: { all: 'Alle Länder', eu: 'EU-Länder', 'non-eu': 'Außerhalb der EU' },
    none: 'Kein Programm passt zu diesen Filtern.',
    hiddenByFilters: (count) => `${count} durch Filter ausgeblendet.`,
    separator: '. ',
    shown: (count, hidden) =>
      `${count} ${count === 1 ? 'Programm' : 'Programme'} angezeigt${hidden ? `, ${hidden} durch Filter ausgeblendet` : ''}.`,
    added: (title) => `${title} hinzugefügt.`,
    addedVisible: (title, shown) =>
      shown
        ? `Hinzugefügt: ${title}. Es steht in der letzten Zeile der Tabelle.`
        : `Hinzugefügt: ${title}. Die Filter blenden es aus; setzen Sie sie zurück, um es zu sehen.`,
    removed: (title) => `${title} entfernt.`,
    best: 'bester Wert',
    bestNote: (excluded) =>
      `„Bester Wert“ vergleicht nur Programme derselben Art, die allen offenstehen, die ihre Zahlen erfüllen.${
        excluded ? ` Nicht markiert, weil eine Behörde jeden Antrag einzeln prüft oder nur ein Beruf zugelassen ist: ${excluded}.` : ''
      }`,
    footnotes: 'Quellen und Hinweise',
    conflictsIn: (title) => `${title}: Die Quellen widersprechen sich.`,
    resetFilters: 'Filter zurücksetzen',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    copyByHand: 'Diesen Link kopieren:',
  },
  data: {
    loading: 'Visadaten werden geladen…',
    failed: 'Die eigenen Visadaten dieser Seite konnten nicht geladen werden.',
    http: (url, status) => `Die Visadaten unter ${url} konnten nicht geladen werden (HTTP ${status}).`,
    network: (url) => `Die Visadaten unter ${url} konnten nicht geladen werden (Netzwerkfehler).`,
    timeout: (url, seconds) => `Die Visadaten unter ${url} kamen nicht innerhalb von ${seconds} s an.`,
    notJson: (url) => `Die Datei unter ${url} ist kein JSON.`,
    invalid: (url, count) => `Die Visadaten unter ${url} enthalten ${count} ${count === 1 ? 'Fehler' : 'Fehler'}:`,
    keptBundled: 'Die Widgets zeigen stattdessen die eingebauten Daten.',
    ratesFailed: 'Die eigenen Wechselkurse dieser Website konnten nicht geladen werden.',
    keptRates: 'Beträge werden mit den bisherigen Kursen der Widgets umgerechnet.',
    keptOuter: 'Die Widgets zeigen stattdessen die Daten des umgebenden Anbieters.',
    more: (count) => `…und ${count} weitere.`,
    inLanguage: { en: ' (auf Englisch)', de: ' (auf Deutsch)', ru: ' (auf Russisch)' },
  },
};
