import type { Catalogue } from '../catalogue.js';

const FIELDS = {
  citizenship: 'citizenship', employment: 'kind of work', monthlyIncome: 'monthly income', savings: 'savings',
  degree: 'whether you have a degree', yearsExperience: 'years of experience', itProfessional: 'whether you work in IT',
  employerCountry: "employer's country", employerEmployees: "employer's head-count", monthsWorking: 'months in your current work',
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
    sourcesDisagree: (versions) =>
      `The sources disagree: ${versions.map((v, i) => `${i === 0 ? 'the' : 'while the'} ${v.year} source asks for ${v.phrase}`).join(', ')}.`,
    notGiven: (field) => `You did not give your ${FIELDS[field]}.`,
    fieldName: (field) => FIELDS[field],

    citizenshipOneOf: (list) => `citizenship of ${list}`,
    citizenshipNotOf: (list) => `a citizenship from outside ${list}`,
    youAreCitizen: (country) => `You are a citizen of ${country}.`,
    partialDenyList: (named) => `The source names only part of the excluded list (${named} among them): check your country.`,
    group: (group) => ({ EU: 'the EU', EEA: 'the EEA', EFTA: 'EFTA', SCHENGEN: 'the Schengen area', OECD: 'the OECD' })[group],

    employmentAs: (list) => `work as ${list}`,
    employmentType: (type) => TYPES[type],
    youWorkAs: (type) => `You work as ${type}.`,
    employmentUnclear: (type) => `The source does not say whether ${type} qualifies.`,

    incomeAtLeast: (amount, period, basis, approximate) =>
      `${approximate ? 'about' : 'at least'} ${amount} a ${period}${basis === 'net' ? ' after tax' : basis === 'gross' ? ' before tax' : ''}`,
    household: (spouse, children) =>
      [spouse ? 'a spouse' : '', children === 1 ? '1 child' : children > 1 ? `${children} children` : ''].filter(Boolean).join(' and '),
    forHousehold: (household) => `for you with ${household}`,
    overLastMonths: (months) => `over the last ${months} months`,
    approx: (amount) => `≈ ${amount}`,
    youEarn: (amount) => `You gave ${amount} a month.`,
    noIncomeRequired: 'No minimum income is required.',
    grossBelow: 'The amount is before tax: your net income is below it, but your gross income may reach it.',
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

    degreeOrExperience: (years, stem, it, otherRoutes) =>
      `${stem ? 'a degree in science, technology, engineering or mathematics' : 'a university degree'} or at least ${years} years of ${it ? 'IT ' : 'professional '}experience${otherRoutes ? `, or ${otherRoutes}` : ''}`,
    youHave: (degree, experience) => `You have ${degree} and ${experience}.`,
    degree: (has) => (has === undefined ? 'an unstated degree' : has ? 'a degree' : 'no degree'),
    experience: (years, it) =>
      years === undefined ? 'unstated experience' : `${years} years of experience${it === true ? ' in IT' : it === false ? ' outside IT' : ''}`,
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
      income: 'Net monthly income',
      incomeCurrency: 'Income currency',
      savings: 'Savings',
      savingsCurrency: 'Savings currency',
      spouse: 'Spouse or partner',
      children: 'Children',
      degree: 'I have a university degree',
      yearsExperience: 'Years of professional experience',
      itProfessional: 'I work in IT',
    },
    hints: {
      income: 'After tax, per month.',
      savings: 'Money in the bank you can show.',
      employerCountry: 'Where your employer, your clients or your own company are registered.',
      monthsWorking: 'With your current employer, clients or company.',
      yearsExperience: 'In your field, in whole or half years.',
    },
    choose: 'Choose…',
    notSaying: 'Not answered',
    errors: { number: 'Enter a number, 0 or more.', wholeNumber: 'Enter a whole number, 0 or more.' },
    results: 'Results',
    groups: { eligible: 'Eligible', unknown: 'To be checked', ineligible: 'Not eligible' },
    groupEmpty: { eligible: 'None with these answers.', unknown: 'Nothing left to check.', ineligible: 'None ruled out.' },
    summary: ({ eligible, unknown, ineligible }) => `${eligible} eligible, ${unknown} to be checked, ${ineligible} not eligible.`,
    whyNot: 'Why not',
    toCheck: 'What is open',
    met: 'Met',
    prepare: 'What to prepare',
    confirm: 'Confirm yourself',
    asOf: (date) => `Sources as of ${date}`,
    badAttribute: (attribute, value, reason) => `The attribute ${attribute}="${value}" was ignored: ${reason}`,
    reasons: {
      unknownCountry: 'not a known country code.',
      unknownProgramme: 'not a known programme id.',
      notANumber: 'not a number of 0 or more.',
      notAWholeNumber: 'not a whole number of 0 or more.',
      unknownCurrency: 'not a supported currency (EUR, USD, ISK, NOK, ALL, KZT).',
      unknownEmployment: 'use employee, freelancer or business-owner.',
      nothingSelected: 'it selects no programme, so all are shown.',
    },
  },
};
