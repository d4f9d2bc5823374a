/**
 * A visitor's profile: the one schema of what the eligibility engine judges. Its TypeScript type and its
 * validation both come from the table of fields below (the engine, the API and <visa-eligibility> use them).
 * Plain code, not zod: every page with <visa-eligibility> validates each profile, and a schema library would
 * cost it 9 KB (gzip) for these sixteen fields. No DOM.
 */
import { isCountryCode } from './iso-countries.js';
import { CURRENCIES, EMPLOYMENT_TYPES } from './vocabulary.js';

/** What is wrong with a profile: the field's path as segments ("citizenship", 1) and a message. */
export class ProfileIssue extends Error {
  readonly path: readonly PropertyKey[];
  constructor(path: readonly PropertyKey[], message: string) {
    super(message);
    this.name = 'ProfileIssue';
    this.path = path;
  }
}

/** Reads one value at `path`: the normalized value, or a thrown ProfileIssue. */
type Reader<T> = (input: unknown, path: readonly PropertyKey[]) => T;

/** The value given, as a message shows it: JSON, except numbers JSON cannot write (NaN, Infinity) and non-data. */
const got = (input: unknown) =>
  `got ${typeof input === 'number' || typeof input === 'bigint' ? String(input) : (JSON.stringify(input) ?? `a ${typeof input}`)}`;

const string: Reader<string> = (input, path) => {
  if (typeof input !== 'string') throw new ProfileIssue(path, `must be string, ${got(input)}`);
  return input;
};

/** ISO 3166-1 alpha-2 in any case ("US", " us"), read as lower case. */
const country: Reader<string> = (input, path) => {
  const code = string(input, path).trim().toLowerCase();
  if (!isCountryCode(code)) throw new ProfileIssue(path, `unknown country code ${JSON.stringify(code)}`);
  return code;
};

/** A non-empty list of distinct country codes. */
const countryList: Reader<string[]> = (input, path) => {
  if (!Array.isArray(input)) throw new ProfileIssue(path, `must be array, ${got(input)}`);
  const codes = input.map((item, i) => country(item, [...path, i]));
  if (!codes.length) throw new ProfileIssue(path, 'must name at least one country');
  if (new Set(codes).size !== codes.length) throw new ProfileIssue(path, 'names a country twice');
  return codes;
};

/** "us", or ["ca", "gb"] for a dual national. */
const citizenship: Reader<string | string[]> = (input, path) => {
  if (typeof input === 'string') return country(input, path);
  if (Array.isArray(input)) return countryList(input, path);
  throw new ProfileIssue(path, `must be a country code or a list of them, ${got(input)}`);
};

const count: Reader<number> = (input, path) => {
  if (typeof input !== 'number' || !Number.isFinite(input)) throw new ProfileIssue(path, `must be number, ${got(input)}`);
  if (input < 0) throw new ProfileIssue(path, 'must not be negative');
  return input;
};

const wholeCount: Reader<number> = (input, path) => {
  if (!Number.isSafeInteger(count(input, path))) throw new ProfileIssue(path, `must be a whole number, ${got(input)}`);
  return input as number;
};

/** Clients per country: `{ de: 2 }`, each key a country code (read as lower case), each value a whole count. */
const countsByCountry: Reader<Record<string, number>> = (input, path) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ProfileIssue(path, `must be object, ${got(input)}`);
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(input)) {
    const code = country(key, [...path, key]);
    counts[code] = wholeCount(value, [...path, key]);
  }
  return counts;
};

const boolean: Reader<boolean> = (input, path) => {
  if (typeof input !== 'boolean') throw new ProfileIssue(path, `must be boolean, ${got(input)}`);
  return input;
};

function oneOf<const T extends string>(values: readonly T[]): Reader<T> {
  return (input, path) => {
    if (!(values as readonly unknown[]).includes(input)) throw new ProfileIssue(path, `must be one of ${values.join(', ')}, ${got(input)}`);
    return input as T;
  };
}

/** Only these keys, each read by its reader; a key whose value is undefined counts as not given. */
function object<T extends object>(readers: { [K in keyof T]-?: Reader<Exclude<T[K], undefined>> }, what: string): Reader<T> {
  return (input, path) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new ProfileIssue(path, `must be object, ${got(input)}`);
    const output: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(readers) as [string, Reader<unknown>][]) {
      const value = (input as Record<string, unknown>)[key];
      if (value !== undefined) output[key] = read(value, [...path, key]);
    }
    const unknown = Object.keys(input).find((key) => !Object.hasOwn(readers, key));
    if (unknown !== undefined) throw new ProfileIssue([...path, unknown], `is not ${what}`);
    return output as T;
  };
}

/** An amount of money, in a currency the dataset has a rate for (EUR, the ECB reference currencies, ALL, KZT). */
export interface Money {
  amount: number;
  currency: string;
}

const money = object<Money>(
  {
    amount: count,
    /** ISO 4217 code in any case, read as upper case. */
    currency: (input, path) => {
      const code = string(input, path).trim().toUpperCase();
      if (!(CURRENCIES as readonly string[]).includes(code))
        throw new ProfileIssue(path, `unknown currency ${JSON.stringify(code)}; use one of ${CURRENCIES.join(', ')}`);
      return code;
    },
  },
  'a field of an amount (amount, currency)',
);

export type DegreeField = 'stem' | 'other';

/** Every field is optional: a missing answer makes the checks that need it "unknown". Codes are normalized. */
export interface Profile {
  /** 'us'; several for a dual national (['ca', 'gb']): each programme is judged for the passport that does best. */
  citizenship?: string | string[];
  employment?: (typeof EMPLOYMENT_TYPES)[number];
  /** Income per month after tax (net). Give it, `grossMonthlyIncome`, or both. */
  monthlyIncome?: Money;
  /** Income per month before tax (gross), as a contract, payslip or invoice states it. */
  grossMonthlyIncome?: Money;
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
  /** Freelancers and business owners: where clients or contract partners are registered. */
  clientCountries?: string[];
  /**
   * How many clients are registered in a country of `clientCountries`, where a programme counts them (Germany's
   * freelance visa asks for letters from at least 2 there): `{ de: 2 }`.
   */
  clientCounts?: Record<string, number>;
}

const profileFields = object<Profile>(
  {
    citizenship,
    employment: oneOf(EMPLOYMENT_TYPES),
    monthlyIncome: money,
    grossMonthlyIncome: money,
    savings: money,
    spouse: boolean,
    children: wholeCount,
    degree: boolean,
    degreeField: oneOf(['stem', 'other']),
    yearsExperience: count,
    itProfessional: boolean,
    employerCountry: country,
    employerEmployees: wholeCount,
    monthsWorking: count,
    clientCountries: countryList,
    clientCounts: countsByCountry,
  },
  'a profile field',
);

/** A normalized copy of the profile (codes in their case, only the fields given), or a thrown ProfileIssue. */
export function readProfile(input: unknown): Profile {
  if (typeof input === 'object' && input !== null && 'incomeBasis' in input)
    throw new ProfileIssue(['incomeBasis'], 'is no longer read: give monthlyIncome (after tax), grossMonthlyIncome (before tax), or both');
  const profile = profileFields(input, []);
  const { monthlyIncome: net, grossMonthlyIncome: gross } = profile;
  if (net && gross && net.currency === gross.currency && gross.amount < net.amount)
    throw new ProfileIssue(
      ['grossMonthlyIncome'],
      `is below monthlyIncome (${gross.amount} < ${net.amount}): income before tax is never less than after`,
    );
  if (profile.degreeField !== undefined && profile.degree !== true)
    throw new ProfileIssue(['degreeField'], 'is only for a degree: set degree: true');
  if (profile.clientCountries !== undefined && profile.employment === 'employee')
    throw new ProfileIssue(['clientCountries'], 'is only for freelancers and business owners, not employees');
  const uncounted = Object.keys(profile.clientCounts ?? {}).find((code) => !profile.clientCountries?.includes(code));
  if (uncounted !== undefined)
    throw new ProfileIssue(['clientCounts', uncounted], `counts clients in ${uncounted}, which clientCountries does not name`);
  return profile;
}
