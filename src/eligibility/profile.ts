/** A visitor's answers, and the checks that keep bad input away from the engine. No DOM. */
import { isCountryCode } from '../data/iso-countries.js';
import { CURRENCIES, EMPLOYMENT_TYPES, type Currency, type EmploymentType } from '../data/schema.js';

export interface Money {
  amount: number;
  /** ISO 4217 code of a currency the dataset has a rate for: EUR, USD, ISK, NOK, ALL or KZT. */
  currency: string;
}

/** Every field is optional: a missing answer makes the checks that need it "unknown". */
export interface Profile {
  /** ISO 3166-1 alpha-2, lowercase: 'us'. */
  citizenship?: string;
  employment?: EmploymentType;
  /** Net income per month. */
  monthlyIncome?: Money;
  savings?: Money;
  spouse?: boolean;
  children?: number;
  degree?: boolean;
  yearsExperience?: number;
  itProfessional?: boolean;
  /** Where the employer, the clients or the own company is registered. */
  employerCountry?: string;
  /** The employer's head-count worldwide. */
  employerEmployees?: number;
  /** Months in the current remote job, freelance work or company. */
  monthsWorking?: number;
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
  'citizenship', 'employment', 'monthlyIncome', 'savings', 'spouse', 'children', 'degree',
  'yearsExperience', 'itProfessional', 'employerCountry', 'employerEmployees', 'monthsWorking',
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

  for (const key of ['citizenship', 'employerCountry'] as const) {
    if (!present(key)) continue;
    const value = raw[key];
    const code = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (!isCountryCode(code)) throw new EligibilityInputError(key, `unknown country code ${JSON.stringify(value)}`);
    profile[key] = code;
  }
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
  return profile;
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
