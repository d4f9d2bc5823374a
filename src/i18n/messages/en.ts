import type { Catalogue } from '../catalogue.js';
import { factsEn } from './facts-en.js';

const BASIS = { net: ' after tax', gross: ' before tax', unspecified: '' } as const;
const STEM_DEGREE = 'a degree in science, technology, engineering or mathematics';
const NOT_GIVEN = {
  citizenship: 'You did not give your citizenship.',
  employment: 'You did not say how you work (employee, freelancer or business owner).',
  monthlyIncome: 'You did not give your monthly income.',
  savings: 'You did not give your savings.',
  degree: 'You did not say whether you have a degree.',
  yearsExperience: 'You did not give your years of experience.',
  itProfessional: 'You did not say whether you work in IT.',
  employerCountry: "You did not give your employer's, clients' or company's country.",
  employerEmployees: "You did not give your employer's head-count.",
  monthsWorking: 'You did not say how many months you have been in your current work.',
  clientCountries: 'You did not say where your clients are registered.',
} as const;
const TYPES = { employee: 'an employee', freelancer: 'a freelancer', 'business-owner': 'a business owner' } as const;
const SUBJECTS = {
  'remote-work': 'of remote work',
  'current-employer': 'with your current employer',
  'contract-or-company': 'of your employment contract or own company',
} as const;

export const en: Catalogue = {
  engine: {
    needs: (phrase) => `Needs ${phrase}.`,
    sourcesDisagree: (versions) => {
      const said = versions.map((v, i) => `${i === 0 ? 'the' : 'while the'} ${v.year} source asks for ${v.phrase}`);
      return `The sources disagree: ${said.join(', ')}.`;
    },
    notGiven: (field) => NOT_GIVEN[field],
    nothingToCheck: 'The sources give no requirement this form can check: read the conditions and ask the authority.',

    citizenshipOneOf: (list) => `citizenship of ${list}`,
    citizenshipNotOf: (list) => `a citizenship from outside ${list}`,
    youAreCitizen: (country) => `You are a citizen of ${country}.`,
    partialDenyList: (named) => `The source names only part of the excluded list (${named} among them): check your country.`,
    group: (group) =>
      ({
        EU: 'the EU',
        EEA: 'the EEA',
        EFTA: 'EFTA',
        SCHENGEN: 'the Schengen area',
        OECD: 'the OECD',
        SCHENGEN_VISA_FREE: 'the countries whose citizens need no Schengen visa',
      })[group],

    employmentAs: (list) => `work as ${list}`,
    employmentType: (type) => TYPES[type],
    youWorkAs: (type) => `You work as ${type}.`,
    employmentUnclear: (type) => `The source does not say whether ${type} qualifies.`,

    incomeAtLeast: (amount, period, basis, approximate) => `${approximate ? 'about' : 'at least'} ${amount} a ${period}${BASIS[basis]}`,
    household: (spouse, children) =>
      [spouse ? 'a spouse' : '', children === 1 ? '1 child' : children > 1 ? `${children} children` : ''].filter(Boolean).join(' and '),
    forHousehold: (household) => `for you with ${household}`,
    overLastMonths: (months) => `over the last ${months} months`,
    approx: (amount) => `≈ ${amount}`,
    youEarn: (amount, basis) => `You gave ${amount} a month${BASIS[basis]}.`,
    noIncomeRequired: 'No minimum income is required.',
    grossBelow: 'The amount is before tax: your net income is below it, but your gross income may reach it.',
    grossGivenNetRequired: 'The amount is after tax, and you gave your income before tax: compare your net income with it.',
    basisUnstated: (given) =>
      [
        'The sources do not say whether this amount is before or after tax.',
        given === 'net'
          ? 'Your net income is below it, but your gross income may reach it: the consulate decides which counts.'
          : 'Your gross income reaches it, but your net income may not: the consulate decides which counts.',
      ].join(' '),
    approximateThreshold: 'The source gives this amount only approximately, and you are close to it.',
    convertedNearThreshold: 'Your amount was converted with a dated exchange rate and is within 5 % of the threshold.',
    higherTier: (label, amount) => `${label}: ${amount}.`,
    noAmountForChildren: 'The source gives no amount for children.',
    incomeOrSavings: (income, savings) => `${income}, or ${savings} in savings`,
    youEarnAndSaved: (income, savings) => `You gave ${income} a month and ${savings} in savings.`,

    savingsAtLeast: (amount) => `savings of at least ${amount}`,
    youSaved: (amount) => `You gave ${amount} in savings.`,
    noSavingsRequired: 'No savings are required.',

    familyCanJoin: (household) => `Your family (${household}) can come with you.`,
    familyCannotJoin: 'Family members cannot come with you on this permit.',
    familyUnknown: 'The sources do not say whether family members can come.',
    familyMemberNotNamed: (member) => `The sources do not name ${member} among the family members who can come.`,
    familySourcesDiffer: (year, rule) => `The ${year} source says otherwise: ${rule}`,

    degreeOrExperience: (years, stem, it, otherRoutes) =>
      `${stem ? STEM_DEGREE : 'a university degree'} or at least ${years} years of ${it ? 'IT ' : 'professional '}experience` +
      (otherRoutes ? `, or ${otherRoutes}` : ''),
    youHave: (degree, experience) => `You have ${degree} and ${experience}.`,
    degree: (has, field) =>
      has === undefined
        ? 'an unstated degree'
        : !has
          ? 'no degree'
          : field === 'stem'
            ? 'a degree in science, technology, engineering or mathematics'
            : field === 'other'
              ? 'a degree outside science, technology, engineering and mathematics'
              : 'a degree',
    experience: (years, it) =>
      years === undefined
        ? 'unstated experience'
        : `${years} years of experience${it === true ? ' in IT' : it === false ? ' outside IT' : ''}`,
    stemUnknown: 'Your degree counts only if it is in science, technology, engineering or mathematics.',
    otherRoutesMayCount: (routes) => `You may still qualify with ${routes}.`,
    employerMinEmployees: (min) => `an employer with at least ${min} employees worldwide`,
    employerHas: (count) => `Your employer has ${count}.`,
    employerInGroup: (group) => `an employer, or your own registration, in a country of ${group}`,
    employerIn: (country) => `Your employer, clients or company are in ${country}.`,
    employerAbroad: (country) => `an employer, clients or company registered outside ${country}`,
    itProfessional: 'work as an IT professional',
    youWorkInIt: (yes) => (yes ? 'You said you work in IT.' : 'You said you do not work in IT.'),
    monthsWorking: (months, inclusive, subject) => `${inclusive ? 'at least' : 'more than'} ${months} months ${SUBJECTS[subject]}`,
    youWorkedMonths: (months) => `You gave ${months} months.`,
    earlierRemoteWorkMayCount: 'Remote work before your current job may count too.',
    ambiguousForEmployees: 'The source may mean this only for company owners; for employees it is unclear.',

    freeMovement: (citizen, country) =>
      `You need no such visa: as a citizen of ${citizen} you may live and work in ${country} ` +
      'under free movement in the EU, the EEA and Switzerland.',
    schengenVisaFree: 'a citizenship that needs no visa to enter the Schengen area',
    clientsIn: (list) => `Your clients are registered in ${list}.`,
    someClientsInside: (country) => `Some of your clients are in ${country}: the source does not say how much such work is allowed.`,
    clientsInCountry: (country, min) => `a contract with ${min > 1 ? `at least ${min} clients` : 'a client'} registered in ${country}`,
    clientCountUnknown: (min) => `This form cannot count your clients: the letters or contracts you show must come from at least ${min}.`,
    assessment: (what, who) => `Decided when you apply, not here: ${what} Who decides: ${who}.`,
    declaration: (what) => `Only you can confirm this: ${what}`,
    documentToPrepare: (what) => `A document to prepare: ${what}`,

    changeIncome: (amount, exact) => `${amount} more income a month${exact ? ` (${exact})` : ''}.`,
    changeSavings: (amount, exact) => `${amount} more in savings${exact ? ` (${exact})` : ''}.`,
    changeAlone: 'Or apply without your family: your income is enough for you alone.',
    changeOrSavings: (amount) => `Or show savings of ${amount}.`,
    changeExperience: (years, it, stem) =>
      `${years} years of ${it ? 'IT ' : ''}experience, or ${stem ? STEM_DEGREE : 'a university degree'}.`,
    changeEmployerSize: (min) => `An employer with at least ${min} employees worldwide.`,
    changeEmployerGroup: (group) => `An employer registered in a country of ${group}.`,
    changeEmployerAbroad: (country) => `An employer or clients registered outside ${country}.`,
    changeClient: (country) => `A contract with a client registered in ${country}.`,
    changeMonths: (months, inclusive) =>
      `${inclusive ? '' : 'More than '}${months} more ${months === 1 ? 'month' : 'months'} in your current work.`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
  },
  ui: {
    title: 'Which visas can I get?',
    intro: 'Answer what you can. The results update as you go; blank answers are marked "to be checked".',
    privacy: 'Your answers stay on this page: they are not stored or sent anywhere.',
    legends: { you: 'About you', work: 'Your work', money: 'Money', family: 'Family coming with you', qualifications: 'Qualifications' },
    labels: {
      citizenship: 'Citizenship',
      employment: 'I work as',
      employmentTypes: { employee: 'Employee', freelancer: 'Freelancer', 'business-owner': 'Business owner' },
      employerCountry: "Employer's, clients' or company's country",
      employerEmployees: "Employer's head-count worldwide",
      monthsWorking: 'Months in your current work',
      income: 'Income',
      incomeCurrency: 'Income currency',
      incomePeriod: 'Per month or per year',
      incomeBasis: 'Before or after tax',
      savings: 'Savings',
      savingsCurrency: 'Savings currency',
      spouse: 'Spouse or partner',
      children: 'Children',
      degree: 'I have a university degree',
      yearsExperience: 'Years of professional experience',
      itProfessional: 'I work in IT',
      secondCitizenship: 'Second citizenship',
      degreeField: 'Field of your degree',
      clientCountries: "Your clients' countries",
      addClientCountry: 'Add a country where you have clients',
    },
    hints: {
      income: 'Some programmes count income before tax, some after: say which figure you give.',
      savings: 'Money in the bank you can show.',
      employerCountry: 'Where your employer, your clients or your own company are registered.',
      monthsWorking: 'With your current employer, clients or company.',
      yearsExperience: 'In your field, in whole or half years.',
      secondCitizenship: 'Only if you hold two passports: each visa is judged with the one that does best.',
      clientCountries: 'Where your clients or contract partners are registered. Add each country.',
    },
    degreeFields: { stem: 'Science, technology, engineering or maths', other: 'Another field' },
    incomePeriods: { month: 'a month', year: 'a year' },
    incomeBases: { net: 'after tax (net)', gross: 'before tax (gross)' },
    add: 'Add',
    moreQuestions: 'More questions (second passport, employer, IT)',
    removeClientCountry: (country) => `Remove ${country}`,
    withPassport: (country) => `With your passport of ${country}.`,
    family: 'Family:',
    nearMiss: { eligible: 'Open to you with:', unknown: 'Then to be checked, with:' },
    noVisaNeeded: 'No visa needed',
    whileHolding: 'While you hold the permit',
    choose: 'Choose…',
    typeCountry: 'Type a country',
    yes: 'Yes',
    no: 'No',
    notSaying: 'Not answered',
    errors: {
      number: 'Enter a number, 0 or more.',
      wholeNumber: 'Enter a whole number, 0 or more.',
      country: 'Choose a country from the list.',
    },
    results: 'Results',
    groups: { eligible: 'Eligible', unknown: 'To be checked', ineligible: 'Not eligible' },
    groupEmpty: { eligible: 'None with these answers.', unknown: 'Nothing left to check.', ineligible: 'None ruled out.' },
    summary: ({ eligible, unknown, ineligible }) => `${eligible} eligible, ${unknown} to be checked, ${ineligible} not eligible.`,
    beforeAnswers: 'Answer any question to see which of these programmes fit you. Until then, here they are.',
    programmes: 'Programmes',
    summaryShort: ({ eligible, unknown, ineligible }) => `Eligible: ${eligible} · To check: ${unknown} · Not: ${ineligible}`,
    showResults: 'Show results',
    whyNot: 'Why not',
    toCheck: 'What is open',
    details: 'All details about this visa',
    prepare: 'What to prepare',
    confirm: 'Confirm yourself',
    asOf: (date) => `Sources as of ${date}`,
    setupProblem: 'Part of this widget’s setup could not be used; everything else works.',
    badAttribute: (attribute, value, reason) => `The attribute ${attribute}="${value}" was ignored: ${reason}`,
    reasons: {
      unknownCountry: 'not a known country code.',
      unknownProgramme: 'not a known programme id.',
      notANumber: 'not a number of 0 or more.',
      notAWholeNumber: 'not a whole number of 0 or more.',
      unknownCurrency: 'not a supported currency code.',
      unknownEmployment: 'use employee, freelancer or business-owner.',
      nothingSelected: 'it selects no programme, so all are shown.',
      unknownField: 'not a known field (income, savings, validity, family, processing, fees, tax, cost, nationality, application).',
      unknownTheme: 'use light, dark or auto.',
      unknownHeadingLevel: 'use a number from 1 to 6.',
      hashKeyTaken: 'another comparison on this page keeps its state under this key: give each comparison its own id.',
      unknownTimeout: 'use a number of seconds above 0, at most 300.',
      unknownDegreeField: 'use stem or other.',
      unknownIncomePeriod: 'use month or year.',
      unknownIncomeBasis: 'use net or gross.',
      noPlaceholder: 'give a link with {programme} where the id goes, e.g. /visas/{programme}.',
      unknownControls: 'use full, compact or none.',
      unknownStaleAfter: 'use a whole number of months, 1 or more.',
      unsafeLink: 'only http and https links are used.',
      tooManyPassports: 'give at most two citizenships.',
    },
  },
  facts: factsEn,
  card: {
    missing: 'Set country="…" or programme="…" to show a visa.',
    noneForCountry: (country) => `The dataset has no programme for ${country}.`,
  },
  compare: {
    caption: (count) => `Comparison of ${count} ${count === 1 ? 'programme' : 'programmes'}`,
    programme: 'Programme',
    sortBy: (label) => `Sort by ${label.toLowerCase()}`,
    add: 'Add',
    addLabel: 'Add a programme',
    remove: (title) => `Remove ${title}`,
    filters: 'Filters',
    familyOnly: 'Family can come',
    maxIncome: (currency) => `Income at most (${currency} a month)`,
    maxIncomeHint: 'Hides programmes that ask for more.',
    region: 'Region',
    regions: { all: 'All countries', eu: 'EU countries', 'non-eu': 'Outside the EU' },
    none: 'No programme matches these filters.',
    hiddenByFilters: (count) => `${count} hidden by the filters.`,
    separator: '. ',
    shown: (count, hidden) =>
      `${count} ${count === 1 ? 'programme' : 'programmes'} shown${hidden ? `, ${hidden} hidden by the filters` : ''}.`,
    added: (title) => `${title} added.`,
    addedVisible: (title, shown) =>
      shown ? `Added: ${title}. It is the last row of the table.` : `Added: ${title}. The filters hide it; reset them to see it.`,
    removed: (title) => `${title} removed.`,
    best: 'best',
    bestNote: (excluded) =>
      `“Best” marks the best value among programmes of the same kind open to anyone who meets their figures.${
        excluded ? ` Not marked, because an authority assesses each applicant or only one profession may apply: ${excluded}.` : ''
      }`,
    footnotes: 'Sources and notes',
    conflictsIn: (title) => `${title}: the sources disagree.`,
    resetFilters: 'Clear filters',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyByHand: 'Copy this link:',
  },
  data: {
    loading: 'Loading the visa data…',
    failed: 'This site’s own visa data could not be loaded.',
    http: (url, status) => `The visa data at ${url} could not be loaded (HTTP ${status}).`,
    network: (url) => `The visa data at ${url} could not be loaded (network error).`,
    timeout: (url, seconds) => `The visa data at ${url} did not arrive within ${seconds} s.`,
    notJson: (url) => `The file at ${url} is not JSON.`,
    invalid: (url, count) => `The visa data at ${url} has ${count} ${count === 1 ? 'error' : 'errors'}:`,
    keptBundled: 'The widgets show the built-in data instead.',
    ratesFailed: 'This site’s own exchange rates could not be loaded.',
    keptRates: 'Amounts are converted with the rates the widgets already had.',
    keptOuter: 'The widgets show the data of the surrounding provider instead.',
    more: (count) => `…and ${count} more.`,
    inLanguage: { en: ' (in English)', de: ' (in German)', ru: ' (in Russian)' },
  },
};
