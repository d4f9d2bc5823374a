/** The rule engine's texts in en: only <visa-eligibility> and the API use them, so the loader fetches them apart. */
import type { EngineMessages } from '../catalogue.js';

const BASIS = { net: ' after tax', gross: ' before tax', unspecified: '' } as const;

const STEM_DEGREE = 'a degree in science, technology, engineering or mathematics';
const UNSAID_AVERAGE = ' (the sources do not say whether an average is enough)';
const DEGREE = { any: 'a university degree', stem: STEM_DEGREE, relevant: 'a degree relevant to your work' };

const NOT_GIVEN = {
  citizenship: 'You did not give your citizenship.',
  employment: 'You did not say how you work (employee, freelancer or business owner).',
  monthlyIncome: 'You did not give your income after tax.',
  grossMonthlyIncome: 'You did not give your income before tax.',
  savings: 'You did not give your savings.',
  degree: 'You did not say whether you have a degree.',
  degreeField: 'You did not say in which field your degree is.',
  yearsExperience: 'You did not give your years of experience.',
  itProfessional: 'You did not say whether you work in IT.',
  employerCountry: "You did not give your employer's, clients' or company's country.",
  employerEmployees: "You did not give your employer's head-count.",
  monthsWorking: 'You did not say how many months you have been in your current work.',
  clientCountries: 'You did not say where your clients are registered.',
  clientCounts: 'You did not say how many of your clients are registered there.',
} as const;

const TYPES = { employee: 'an employee', freelancer: 'a freelancer', 'business-owner': 'a business owner' } as const;

const SUBJECTS = {
  'remote-work': 'of remote work',
  'current-employer': 'with your current employer',
  'contract-or-company': 'of your employment contract or own company',
} as const;

export const engineEn: EngineMessages = {
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

  employmentAs: (list) => `work as ${list}`,
  employmentType: (type) => TYPES[type],
  youWorkAs: (type) => `You work as ${type}.`,
  employmentUnclear: (type) => `The source does not say whether ${type} qualifies.`,

  incomeAtLeast: (amount, period, basis, approximate) => `${approximate ? 'about' : 'at least'} ${amount} a ${period}${BASIS[basis]}`,
  household: (spouse, children) =>
    [spouse ? 'a spouse' : '', children === 1 ? '1 child' : children > 1 ? `${children} children` : ''].filter(Boolean).join(' and '),
  forHousehold: (household) => `for you with ${household}`,
  overLastMonths: (months, rule) =>
    rule === 'average'
      ? `on average over the last ${months} months`
      : rule === 'each-month'
        ? `in each of the last ${months} months`
        : `in the last ${months} months (each month or on average: the sources do not say)`,
  incomeHeld: (months, rule) =>
    rule === 'average'
      ? `Your income reached the amount on average over the last ${months} months.`
      : `Your income reached the amount in each of the last ${months} months${rule ? '' : UNSAID_AVERAGE}.`,
  youEarn: (amount, basis) => `You gave ${amount} a month${BASIS[basis]}.`,
  youEarnBoth: (gross, net) => `You gave ${gross} a month before tax and ${net} after tax.`,
  noIncomeGiven: 'You did not give your monthly income.',
  noIncomeRequired: 'No minimum income is required.',
  grossBelow: 'The amount is before tax: your income after tax is below it, but your income before tax may reach it.',
  assumedNet:
    'Your income before tax is at least twice the amount: income tax and employee contributions take less than half ' +
    'of a salary in every OECD country, so your income after tax is taken to reach it.',
  grossShort: 'Your income before tax is below it, so your income after tax is too.',
  netDecides: 'Your income before tax reaches it, but not twice over: your income after tax decides.',
  basisUnstated: (given) =>
    [
      'The sources do not say whether this amount is before or after tax.',
      given === 'net'
        ? 'Your income after tax is below it, but your income before tax may reach it.'
        : 'Your income before tax reaches it and your income after tax does not: the consulate decides which counts.',
    ].join(' '),
  approximateThreshold: 'The source gives this amount only approximately, and you are close to it.',
  convertedNearThreshold: 'Your amount was converted with a dated exchange rate and is within 5 % of the threshold.',
  higherTier: (label, amount) => `${label}: ${amount}.`,
  noAmountForChildren: 'The source gives no amount for children.',

  savingsAtLeast: (amount) => `savings of at least ${amount}`,
  youSaved: (amount) => `You gave ${amount} in savings.`,
  noSavingsRequired: 'No savings are required.',

  familyCanJoin: (household) => `Your family (${household}) can come with you.`,
  familyCannotJoin: 'Family members cannot come with you on this permit.',
  familyUnknown: 'The sources do not say whether family members can come.',
  familyMemberNotNamed: (member) => `The sources do not name ${member} among the family members who can come.`,
  familySourcesDiffer: (year, rule) => `The ${year} source says otherwise: ${rule}`,

  degreeOrExperience: (years, field, it, otherRoutes) =>
    `${DEGREE[field]} or at least ${years} years of ${it ? 'IT ' : 'professional '}experience` + (otherRoutes ? `, or ${otherRoutes}` : ''),
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
      : `${years} ${years === 1 ? 'year' : 'years'} of experience${it === true ? ' in IT' : it === false ? ' outside IT' : ''}`,
  stemUnknown: 'Your degree counts only if it is in science, technology, engineering or mathematics.',
  relevanceUnknown: 'Your degree counts only if its field is relevant to your work; the sources do not say which fields are.',
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
  clientsCounted: (country, count) => `Your clients registered in ${country}: ${count}.`,
  unpublished: (what, who) => `The sources publish no test for this, so it is decided only when you apply: ${what} Who decides: ${who}.`,
  documentToPrepare: (what) => `A document to prepare: ${what}`,

  changeIncome: (amount, exact) => `${amount} more income a month${exact ? ` (${exact})` : ''}.`,
  changeSavings: (amount, exact) => `${amount} more in savings${exact ? ` (${exact})` : ''}.`,
  changeAlone: 'Or apply without your family: your income is enough for you alone.',
  changeOrSavings: (amount) => `Or show savings of ${amount}.`,
  changeExperience: (years, it, field) => `${years} years of ${it ? 'IT ' : ''}experience, or ${DEGREE[field]}.`,
  changeEmployerSize: (min) => `An employer with at least ${min} employees worldwide.`,
  changeEmployerGroup: (group) => `An employer registered in a country of ${group}.`,
  changeEmployerAbroad: (country) => `An employer or clients registered outside ${country}.`,
  changeClient: (country, min) =>
    min > 1 ? `Contracts with at least ${min} clients registered in ${country}.` : `A contract with a client registered in ${country}.`,
  changeMonths: (months, inclusive) =>
    `${inclusive ? '' : 'More than '}${months} more ${months === 1 ? 'month' : 'months'} in your current work.`.replace(/^./, (c) =>
      c.toUpperCase(),
    ),
};
