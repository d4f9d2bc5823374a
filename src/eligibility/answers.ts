/**
 * A form's answers as typed (strings, tri-state choices) and their conversion to a Profile.
 * Invalid answers become field errors and are left out of the profile, so the engine never sees them.
 */
import type { EmploymentType } from '../data/schema.js';
import { perMonth } from '../data/amounts.js';
import { parseAmount } from '../i18n/parse-amount.js';
import { isWhole, QUALIFIERS } from './answer-fields.js';
import { passportsOf, type DegreeField, type Money, type Profile } from './profile.js';

export interface Answers {
  citizenship: string;
  /** A second passport, for dual nationals. */
  secondCitizenship: string;
  employment: '' | EmploymentType;
  /** Income before tax. */
  grossIncome: string;
  /** Income after tax. */
  income: string;
  /** The currency of both incomes. */
  incomeCurrency: string;
  /** Whether the incomes typed are per month or per year. */
  incomePeriod: 'month' | 'year';
  savings: string;
  savingsCurrency: string;
  spouse: boolean;
  children: string;
  degree: '' | 'yes' | 'no';
  degreeField: '' | DegreeField;
  yearsExperience: string;
  itProfessional: '' | 'yes' | 'no';
  employerCountry: string;
  employerEmployees: string;
  monthsWorking: string;
  /** Freelancers and business owners: where clients are registered. */
  clientCountries: readonly string[];
  /** How many clients, as typed, in the client countries a programme counts (see countedClientCountries). */
  clientCounts: Readonly<Record<string, string>>;
}
export type AnswerField = keyof Answers;
/** A field's error: not a number, not a whole number, no country of that name, or a gross income below the net. */
export type AnswerError = 'number' | 'wholeNumber' | 'country' | 'grossBelowNet';

export const EMPTY_ANSWERS: Readonly<Answers> = {
  citizenship: '',
  secondCitizenship: '',
  employment: '',
  grossIncome: '',
  income: '',
  incomeCurrency: 'EUR',
  incomePeriod: 'month',
  savings: '',
  savingsCurrency: 'EUR',
  spouse: false,
  children: '',
  degree: '',
  degreeField: '',
  yearsExperience: '',
  itProfessional: '',
  employerCountry: '',
  employerEmployees: '',
  monthsWorking: '',
  clientCountries: [],
  clientCounts: {},
};

/** True once any question has an answer: until then, results have nothing to judge. */
export function hasAnswer(answers: Answers): boolean {
  return (Object.keys(EMPTY_ANSWERS) as AnswerField[]).some((field) => {
    if (QUALIFIERS.includes(field)) return false;
    const value = answers[field];
    if (field === 'clientCounts') return Object.values(answers.clientCounts).some((count) => count.trim() !== '');
    return Array.isArray(value) ? value.length > 0 : value !== EMPTY_ANSWERS[field];
  });
}

const choice = (value: '' | 'yes' | 'no') => (value === '' ? undefined : value === 'yes');

export function answersToProfile(answers: Answers): { profile: Profile; errors: Partial<Record<AnswerField, AnswerError>> } {
  const profile: Profile = {};
  const errors: Partial<Record<AnswerField, AnswerError>> = {};
  const read = (field: AnswerField): number | undefined => {
    const whole = isWhole(field);
    const value = parseAmount(answers[field] as string);
    if (value === undefined) return undefined;
    if (value === null || (whole && !Number.isInteger(value))) {
      errors[field] = whole ? 'wholeNumber' : 'number';
      return undefined;
    }
    return value;
  };

  const passports = [...new Set([answers.citizenship, answers.secondCitizenship].filter(Boolean))];
  if (passports.length) profile.citizenship = passports.length === 1 ? passports[0] : passports;
  if (answers.employment) profile.employment = answers.employment;
  // Client countries count for freelancers and business owners; an employee's stay in the answers, unused.
  if (answers.clientCountries.length && answers.employment !== 'employee') {
    profile.clientCountries = [...answers.clientCountries];
    const counts = clientCounts(answers);
    if (counts === null) errors.clientCounts = 'wholeNumber';
    else if (counts) profile.clientCounts = counts;
  }
  const monthly = (amount: number) => ({
    amount: Math.round(perMonth(amount, answers.incomePeriod) * 100) / 100,
    currency: answers.incomeCurrency,
  });
  const gross = read('grossIncome');
  const net = read('income');
  if (gross !== undefined && net !== undefined && gross < net) errors.grossIncome = 'grossBelowNet';
  else if (gross !== undefined) profile.grossMonthlyIncome = monthly(gross);
  if (net !== undefined) profile.monthlyIncome = monthly(net);
  const savings = read('savings');
  if (savings !== undefined) profile.savings = { amount: savings, currency: answers.savingsCurrency };
  profile.spouse = answers.spouse;
  profile.children = read('children') ?? 0;
  const degree = choice(answers.degree);
  if (degree !== undefined) profile.degree = degree;
  if (degree === true && answers.degreeField) profile.degreeField = answers.degreeField;
  const years = read('yearsExperience');
  if (years !== undefined) profile.yearsExperience = years;
  const it = choice(answers.itProfessional);
  if (it !== undefined) profile.itProfessional = it;
  if (answers.employerCountry) profile.employerCountry = answers.employerCountry;
  const employees = read('employerEmployees');
  if (employees !== undefined) profile.employerEmployees = employees;
  const months = read('monthsWorking');
  if (months !== undefined) profile.monthsWorking = months;
  return { profile, errors };
}

/** The counts typed for countries still in the client list; null when one is not a whole number. */
function clientCounts(answers: Answers): Record<string, number> | null | undefined {
  const counts: Record<string, number> = {};
  for (const code of answers.clientCountries) {
    const count = parseAmount(answers.clientCounts[code] ?? '');
    if (count === null || (count !== undefined && !Number.isInteger(count))) return null;
    if (count !== undefined) counts[code] = count;
  }
  return Object.keys(counts).length ? counts : undefined;
}

const yesNo = (value: boolean | undefined): '' | 'yes' | 'no' => (value === undefined ? '' : value ? 'yes' : 'no');
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

const sameCurrency = (money: Money | undefined, other: Money | undefined) =>
  money && (!other || other.currency === money.currency) ? money : undefined;

/** The answers that show a (validated) profile in the form. */
export function profileToAnswers(profile: Profile): Answers {
  return {
    citizenship: passportsOf(profile)[0] ?? '',
    secondCitizenship: passportsOf(profile)[1] ?? '',
    employment: profile.employment ?? '',
    grossIncome: numberText(profile.grossMonthlyIncome?.amount),
    // The form has one currency for both incomes: a net income in another currency than the gross is not shown.
    income: numberText(sameCurrency(profile.monthlyIncome, profile.grossMonthlyIncome)?.amount),
    incomeCurrency: (profile.grossMonthlyIncome ?? profile.monthlyIncome)?.currency ?? 'EUR',
    incomePeriod: 'month',
    savings: numberText(profile.savings?.amount),
    savingsCurrency: profile.savings?.currency ?? 'EUR',
    spouse: profile.spouse ?? false,
    children: profile.children ? String(profile.children) : '',
    degree: yesNo(profile.degree),
    degreeField: profile.degreeField ?? '',
    yearsExperience: numberText(profile.yearsExperience),
    itProfessional: yesNo(profile.itProfessional),
    employerCountry: profile.employerCountry ?? '',
    employerEmployees: numberText(profile.employerEmployees),
    monthsWorking: numberText(profile.monthsWorking),
    clientCountries: profile.clientCountries ?? [],
    clientCounts: Object.fromEntries(Object.entries(profile.clientCounts ?? {}).map(([code, count]) => [code, String(count)])),
  };
}
