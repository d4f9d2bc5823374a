/** A visitor's answers, and the checks that keep bad input away from the engine. No DOM. */
import { isCountryCode } from '../data/iso-countries.js';
import { CURRENCIES, EMPLOYMENT_TYPES, type Currency, type EmploymentType } from '../data/schema.js';

export interface Money {
  amount: number;
  /** ISO 4217 code of a currency the dataset has a rate for: EUR, the ECB reference currencies (GBP, CAD, INR, …), ALL, KZT. */
  currency: string;
}

export type DegreeField = 'stem' | 'other';

/** Every field is optional: a missing answer makes the checks that need it "unknown". */
export interface Profile {
  /** ISO 3166-1 alpha-2, lowercase: 'us'; several for a dual national ('ca', 'gb'): each programme is judged for the best. */
  citizenship?: string | string[];
  employment?: EmploymentType;
  /** Net income per month. */
  monthlyIncome?: Money;
  savings?: Money;
  spouse?: boolean;
  children?: number;
  degree?: boolean;
  /** With degree: true. stem: science, technology, engineering or mathematics (Czechia counts only these). */
  degreeField?: DegreeField;
  yearsExperience?: number;
  itProfessional?: boolean;
  /** Where the employer, the clients or the own company is registered. */
  employerCountry?: string;
  /** The employer's head-count worldwide. */
  employerEmployees?: number;
  /** Months in the current remote job, freelance work or company. */
  monthsWorking?: number;
  /** Freelancers and business owners: where clients or contract partners are registered (ISO codes). */
  clientCountries?: string[];
}

/** A profile as one passport sees it: what every rule is judged on. */
export type ApplicantProfile = Omit<Profile, 'citizenship'> & { citizenship?: string };

/** The passports of a validated profile, in the order given. */
export function passportsOf(profile: Profile): string[] {
  const { citizenship } = profile;
  return citizenship === undefined ? [] : typeof citizenship === 'string' ? [citizenship] : citizenship;
}

/** Thrown for input the engine will not judge; `field` names the offending profile field. */
export class EligibilityInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'EligibilityInputError';
    this.field = field;
  }
}

const FIELDS = new Set([
  'citizenship', 'employment', 'monthlyIncome', 'savings', 'spouse', 'children', 'degree', 'degreeField',
  'yearsExperience', 'itProfessional', 'employerCountry', 'employerEmployees', 'monthsWorking', 'clientCountries',
]);

/** Returns a normalized copy of the profile, or throws EligibilityInputError naming the first bad field. */
export function validateProfile(input: unknown): Profile {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EligibilityInputError('profile', 'must be an object');
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) throw new EligibilityInputError(key, 'is not a profile field');
  }
  const profile: Profile = {};
  const present = (key: string) => raw[key] !== undefined;

  if (present('citizenship')) {
    const value = raw.citizenship;
    profile.citizenship = Array.isArray(value) ? countryList('citizenship', value) : country('citizenship', value);
  }
  if (present('employerCountry')) profile.employerCountry = country('employerCountry', raw.employerCountry);
  if (present('employment')) {
    const value = raw.employment;
    if (!(EMPLOYMENT_TYPES as readonly unknown[]).includes(value)) {
      throw new EligibilityInputError('employment', `must be one of ${EMPLOYMENT_TYPES.join(', ')}, got ${JSON.stringify(value)}`);
    }
    profile.employment = value as EmploymentType;
  }
  for (const key of ['monthlyIncome', 'savings'] as const) {
    if (present(key)) profile[key] = money(key, raw[key]);
  }
  for (const key of ['spouse', 'degree', 'itProfessional'] as const) {
    if (!present(key)) continue;
    if (typeof raw[key] !== 'boolean') throw new EligibilityInputError(key, `must be true or false, got ${JSON.stringify(raw[key])}`);
    profile[key] = raw[key] as boolean;
  }
  for (const key of ['children', 'employerEmployees'] as const) {
    if (present(key)) profile[key] = count(key, raw[key], true);
  }
  for (const key of ['yearsExperience', 'monthsWorking'] as const) {
    if (present(key)) profile[key] = count(key, raw[key], false);
  }
  if (present('degreeField')) {
    if (raw.degreeField !== 'stem' && raw.degreeField !== 'other') {
      throw new EligibilityInputError('degreeField', `must be "stem" or "other", got ${JSON.stringify(raw.degreeField)}`);
    }
    if (profile.degree !== true) throw new EligibilityInputError('degreeField', 'is only for a degree: set degree: true');
    profile.degreeField = raw.degreeField;
  }
  if (present('clientCountries')) {
    if (profile.employment === 'employee') throw new EligibilityInputError('clientCountries', 'is only for freelancers and business owners, not employees');
    profile.clientCountries = countryList('clientCountries', raw.clientCountries);
  }
  return profile;
}

function country(field: string, value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (!isCountryCode(code)) throw new EligibilityInputError(field, `unknown country code ${JSON.stringify(value)}`);
  return code;
}

/** A non-empty list of distinct country codes. */
function countryList(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new EligibilityInputError(field, `must be an array of country codes, got ${JSON.stringify(value)}`);
  if (!value.length) throw new EligibilityInputError(field, 'must name at least one country');
  const codes = value.map((entry, i) => country(`${field}[${i}]`, entry));
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated) throw new EligibilityInputError(field, `names "${repeated}" twice`);
  return codes;
}

function money(field: string, value: unknown): Money {
  if (typeof value !== 'object' || value === null) throw new EligibilityInputError(field, 'must be { amount, currency }');
  const { amount, currency } = value as Record<string, unknown>;
  count(`${field}.amount`, amount, false);
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : currency;
  if (!(CURRENCIES as readonly unknown[]).includes(code)) {
    throw new EligibilityInputError(`${field}.currency`, `unknown currency ${JSON.stringify(currency)}; use one of ${CURRENCIES.join(', ')}`);
  }
  return { amount: amount as number, currency: code as Currency };
}

function count(field: string, value: unknown, whole: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new EligibilityInputError(field, `must be a finite number, got ${JSON.stringify(value)}`);
  if (value < 0) throw new EligibilityInputError(field, `must not be negative, got ${value}`);
  if (whole && !Number.isInteger(value)) throw new EligibilityInputError(field, `must be a whole number, got ${value}`);
  return value;
}
