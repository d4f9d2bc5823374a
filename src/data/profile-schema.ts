/**
 * A visitor's profile: the one schema of what the eligibility engine judges. Its TypeScript type, its field list
 * and its validation all come from here (the engine, the API and <visa-eligibility> use them). Built on
 * `zod/mini`, like the dataset schema. No DOM.
 */
import * as z from 'zod/mini';
import { isCountryCode } from './iso-countries.js';
import { CURRENCIES, EMPLOYMENT_TYPES } from './vocabulary.js';

/** ISO 3166-1 alpha-2 in any case ("US", " us"), read as lower case. */
const country = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.refine((code) => isCountryCode(code), { error: (issue) => `unknown country code ${JSON.stringify(issue.input)}` }),
);

/** A non-empty list of distinct country codes. */
const countryList = z.array(country).check(
  z.minLength(1, 'must name at least one country'),
  z.refine((codes) => new Set(codes).size === codes.length, 'names a country twice'),
);

const count = z.number().check(z.nonnegative('must not be negative'));
const wholeCount = z.int().check(z.nonnegative('must not be negative'));

const money = z.strictObject({
  amount: count,
  /** ISO 4217 code of a currency the dataset has a rate for, in any case: EUR, the ECB reference currencies, ALL, KZT. */
  currency: z.string().check(
    z.trim(),
    z.toUpperCase(),
    z.refine((code) => (CURRENCIES as readonly string[]).includes(code), {
      error: (issue) => `unknown currency ${JSON.stringify(issue.input)}; use one of ${CURRENCIES.join(', ')}`,
    }),
  ),
});

export const profileSchema = z
  .strictObject({
    /** 'us'; several for a dual national (['ca', 'gb']): each programme is judged for the passport that does best. */
    citizenship: z.optional(z.union([country, countryList])),
    employment: z.optional(z.enum(EMPLOYMENT_TYPES)),
    /** Income per month; after tax unless `incomeBasis` says 'gross'. */
    monthlyIncome: z.optional(money),
    /** Whether `monthlyIncome` is after tax ('net', the default) or before tax ('gross'). */
    incomeBasis: z.optional(z.enum(['net', 'gross'])),
    savings: z.optional(money),
    spouse: z.optional(z.boolean()),
    children: z.optional(wholeCount),
    degree: z.optional(z.boolean()),
    /** With degree: true. stem: science, technology, engineering or mathematics (Czechia counts only these). */
    degreeField: z.optional(z.enum(['stem', 'other'])),
    yearsExperience: z.optional(count),
    itProfessional: z.optional(z.boolean()),
    /** Where the employer, the clients or the own company is registered. */
    employerCountry: z.optional(country),
    /** The employer's head-count worldwide. */
    employerEmployees: z.optional(wholeCount),
    /** Months in the current remote job, freelance work or company. */
    monthsWorking: z.optional(count),
    /** Freelancers and business owners: where clients or contract partners are registered. */
    clientCountries: z.optional(countryList),
  })
  .check(
    z.superRefine((profile, ctx) => {
      if (profile.degreeField !== undefined && profile.degree !== true) {
        ctx.issues.push({
          code: 'custom',
          path: ['degreeField'],
          message: 'is only for a degree: set degree: true',
          input: profile.degreeField,
        });
      }
      if (profile.clientCountries !== undefined && profile.employment === 'employee') {
        ctx.issues.push({
          code: 'custom',
          path: ['clientCountries'],
          message: 'is only for freelancers and business owners, not employees',
          input: profile.clientCountries,
        });
      }
    }),
  );

/** Every field is optional: a missing answer makes the checks that need it "unknown". Codes are normalized. */
export type Profile = z.output<typeof profileSchema>;
export type Money = NonNullable<Profile['monthlyIncome']>;
export type DegreeField = NonNullable<Profile['degreeField']>;
