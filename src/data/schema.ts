/**
 * The dataset's schema: the one source of its TypeScript types (`z.infer`).
 * Built on `zod/mini` so the same code validates an agency's dataset in the
 * browser without pulling in full zod.
 */
import * as z from 'zod/mini';
import { LOCALES } from './locales.js';

// Never compile validators with new Function: pages with a strict Content-Security-Policy forbid eval.
z.config({ jitless: true });

import { APPLICATION_CHANNELS, COUNTRY_GROUPS, CURRENCIES, EMPLOYMENT_TYPES, FAMILY_MEMBERS, PROGRAMME_KINDS } from './vocabulary.js';

export { APPLICATION_CHANNELS, COUNTRY_GROUPS, CURRENCIES, EMPLOYMENT_TYPES, FAMILY_MEMBERS, PROGRAMME_KINDS };

const text = z.string().check(z.minLength(1));
const locale = z.enum(LOCALES);
/**
 * A text in the supported languages. A dataset must give every text in its default language (`defaultLanguage`,
 * English unless declared); the others may be missing. Validation fills a missing language from English, or else
 * from the default language, and marks the text as a fallback (see fallback.ts), so everything past validation
 * reads a complete record: hence the type.
 */
export const localizedText = z
  .partialRecord(locale, text)
  .check(
    z.refine((texts) => Object.keys(texts).length > 0, "is empty: give the text at least in the dataset's default language"),
  ) as unknown as z.ZodMiniRecord<typeof locale, typeof text>;
/** ISO 8601 date, as precise as the source is: `2025`, `2025-03` or `2025-03-14`. */
export const partialDate = z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/));
const sourceId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/));
export const sourceRefs = z.array(sourceId).check(z.minLength(1));
/** ISO 3166-1 alpha-2, lowercase. */
export const countryCode = z.string().check(z.regex(/^[a-z]{2}$/));
const countryOrGroup = z.union([countryCode, z.enum(COUNTRY_GROUPS)]);
export const currency = z.enum(CURRENCIES);
const amount = z.number().check(z.nonnegative());
const employmentType = z.enum(EMPLOYMENT_TYPES);

/**
 * The one shape of every range: a single value, or `{ "min": a, "max": b }`; only `min` reads "from a", only
 * `max` "up to b" (see range.ts). The validator requires a bound and `min` ≤ `max`.
 */
function range<T extends z.core.SomeType>(bound: T) {
  return z.union([bound, z.strictObject({ min: z.optional(bound), max: z.optional(bound) })]);
}
export const duration = z.strictObject({
  amount: z.number().check(z.positive()),
  unit: z.enum(['days', 'months', 'years']),
});

/**
 * A fact with its provenance. `value` is the one shown: from the newest source.
 * `conflicts` keeps every value an older source gives that disagrees with it.
 */
function fact<T extends z.core.SomeType>(value: T) {
  return z.strictObject({
    value,
    sources: sourceRefs,
    note: z.optional(localizedText),
    conflicts: z.optional(z.array(z.strictObject({ value, sources: sourceRefs, note: z.optional(localizedText) })).check(z.minLength(1))),
  });
}

/** A sourced sentence: something to prepare, a tax note. */
export const sourcedText = z.strictObject({ text: localizedText, sources: sourceRefs });

/**
 * A requirement no form can check, classified by what it does to a verdict (see eligibility/conditions.ts):
 * - confirm: a fact only the applicant knows (no criminal record, no earlier visa); it never holds a verdict
 *   open: an eligible result lists it as "eligible if you can confirm";
 * - review: an authority reviews, when you apply, criteria the form has checked (Astana Hub's review of an IT
 *   professional); it never holds a verdict open either, and `reviewedBy` says who reviews;
 * - unpublished: the deciding criterion is discretionary or not stated (a points test, "a field in high demand"
 *   with no list); the verdict is at best "to be checked", and `decidedBy` says who decides and how;
 * - rule-of-stay: a rule while holding the permit (no work for local companies); it never changes a verdict.
 * `note` gives the source's own words the kind rests on. Documents to gather are not conditions: they go in
 * `prepare`. Two older kinds are still read: `declaration` as confirm, `assessment` as unpublished.
 */
const conditionNote = z.optional(localizedText);
export const condition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('confirm'), text: localizedText, sources: sourceRefs, note: conditionNote }),
  z.strictObject({ kind: z.literal('review'), text: localizedText, sources: sourceRefs, reviewedBy: localizedText, note: conditionNote }),
  z.strictObject({
    kind: z.literal('unpublished'),
    text: localizedText,
    sources: sourceRefs,
    decidedBy: localizedText,
    note: conditionNote,
  }),
  z.strictObject({ kind: z.literal('rule-of-stay'), text: localizedText, sources: sourceRefs, note: conditionNote }),
  /** Read as `unpublished`. */
  z.strictObject({
    kind: z.literal('assessment'),
    text: localizedText,
    sources: sourceRefs,
    decidedBy: localizedText,
    note: conditionNote,
  }),
  /** Read as `confirm`. */
  z.strictObject({ kind: z.literal('declaration'), text: localizedText, sources: sourceRefs, note: conditionNote }),
]);

/** The source says there is no such requirement. */
const notRequired = z.strictObject({ type: z.literal('none') });
/**
 * Required, but the source gives no amount. `kind` says what that means for a verdict: a document to prepare
 * (proof of means: never changes it), or a criterion the source does not quantify ("a stable income": at best
 * "to be checked", `decidedBy` says who decides). `assessment` is the older name of `unpublished`.
 */
const unquantified = z.strictObject({
  type: z.literal('unquantified'),
  description: localizedText,
  kind: z.enum(['document', 'unpublished', 'assessment']),
  decidedBy: z.optional(localizedText),
});

export const incomeRequirement = z.discriminatedUnion('type', [
  notRequired,
  unquantified,
  z.strictObject({
    type: z.literal('amount'),
    amount,
    currency,
    period: z.enum(['month', 'year']),
    /** net: after tax; gross: before tax; unspecified: the source does not say. */
    basis: z.enum(['net', 'gross', 'unspecified']),
    /** The source gives the amount as "about" (it is set by a formula, e.g. 3 average salaries). */
    approximate: z.optional(z.boolean()),
    /** The amount must hold over the last N months: as an average or in each month, as `monthsRule` says. */
    averageOfMonths: z.optional(z.int().check(z.positive())),
    /** How the amount holds over `averageOfMonths`: on average, or in each month; absent where the source does not say. */
    monthsRule: z.optional(z.enum(['average', 'each-month'])),
    /** How the amount is set, e.g. 4 × Portugal's monthly minimum wage (820 EUR in 2024). */
    derivation: z.optional(
      z.strictObject({
        factor: z.number().check(z.positive()),
        of: localizedText,
        baseAmount: z.optional(amount),
        baseYear: z.optional(z.int()),
      }),
    ),
    /** Higher thresholds for some cases (Norway: roles that need a master's degree). */
    tiers: z.optional(z.array(z.strictObject({ amount, label: localizedText }))),
    details: z.optional(localizedText),
  }),
]);

export const savingsRequirement = z.discriminatedUnion('type', [
  notRequired,
  unquantified,
  z.strictObject({
    type: z.literal('amount'),
    amount,
    currency,
    /** required: on top of the income; alternative-to-income: either one suffices (Croatia). */
    role: z.enum(['required', 'alternative-to-income']),
    details: z.optional(localizedText),
  }),
]);

export const incomeUplift = z.discriminatedUnion('type', [
  /** Greece: +20 % of the base for a spouse, +15 % per child. */
  z.strictObject({ type: z.literal('percent'), spouse: amount, perChild: amount }),
  /** Montenegro: + a fixed amount (income currency) per family member. */
  z.strictObject({ type: z.literal('per-member'), amount }),
  /** Iceland: a higher total threshold (income currency) when a partner comes along. */
  z.strictObject({ type: z.literal('partner-total'), amount }),
]);

export const familyRules = z.strictObject({
  allowed: z.enum(['yes', 'no', 'conditional']),
  members: z.optional(z.array(z.enum(FAMILY_MEMBERS))),
  details: z.optional(localizedText),
  incomeUplift: z.optional(incomeUplift),
});

export const validity = z.strictObject({
  /** The first permit's length, e.g. `{ "amount": 1, "unit": "years" }`, or a range of two lengths. */
  initial: z.optional(range(duration)),
  renewal: z.optional(localizedText),
  maxStay: z.optional(duration),
  permanentResidence: z.optional(z.strictObject({ possible: z.boolean(), afterYears: z.optional(z.number().check(z.positive())) })),
  details: z.optional(localizedText),
});

export const processingTime = z.strictObject({
  amount: range(z.number().check(z.positive())),
  unit: z.enum(['days', 'working-days', 'calendar-days', 'weeks', 'months']),
  approximate: z.boolean(),
  details: z.optional(localizedText),
});

export const fee = z.strictObject({
  label: localizedText,
  amount: range(amount),
  currency,
  /** The source gives the amount as "about". */
  approximate: z.optional(z.boolean()),
});

export const application = z.strictObject({
  /** Empty where the source names the authority but not how to apply. */
  channels: z.array(z.enum(APPLICATION_CHANNELS)),
  details: localizedText,
});

export const nationalityRules = z.strictObject({
  /** Only these nationalities (countries or groups) may apply. */
  allowed: z.optional(z.array(countryOrGroup)),
  /** These may not apply. */
  excluded: z.optional(z.array(countryOrGroup)),
  /** False where the source names only some of the excluded nationalities ("among others"). */
  excludedListComplete: z.boolean(),
  /**
   * True where the sources admit citizens of the free-movement area explicitly (Malta: "sowohl aus EU-Ländern als
   * auch aus Staaten außerhalb der Union"): they are judged as anyone, with a note that they need no visa.
   */
  admitsFreeMovement: z.optional(z.boolean()),
});

const employmentStatus = z.enum(['accepted', 'not-accepted', 'unclear']);
export const employmentRules = z.strictObject({
  employee: employmentStatus,
  freelancer: employmentStatus,
  'business-owner': employmentStatus,
});

const appliesTo = z.optional(z.array(employmentType).check(z.minLength(1)));
/** Requirements a form can check against a visitor's answers. */
export const checkableRequirement = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('degree-or-experience'),
    /** Years of professional experience that stand in for the degree. */
    experienceYears: z.number().check(z.positive()),
    /**
     * any degree; stem: science, technology, engineering or maths; relevant: in a field relevant to the work
     * (who judges that, the source does not say).
     */
    degreeField: z.optional(z.enum(['any', 'stem', 'relevant'])),
    experienceField: z.optional(z.enum(['any', 'it'])),
    /** Further ways to qualify that no form field covers (Norway: 3 years of vocational training). */
    otherRoutes: z.optional(localizedText),
    appliesTo,
  }),
  z.strictObject({ type: z.literal('employer-min-employees'), min: z.int().check(z.positive()), appliesTo }),
  z.strictObject({ type: z.literal('employer-in-group'), group: z.enum(COUNTRY_GROUPS), appliesTo }),
  /** The employer, the clients or the own company are registered outside the programme's country. */
  z.strictObject({ type: z.literal('employer-abroad'), appliesTo }),
  z.strictObject({ type: z.literal('it-professional'), appliesTo }),
  /** A contract or assignment with a client registered in `country` (at least `min` clients, where the source says). */
  z.strictObject({ type: z.literal('clients-in-country'), country: countryCode, min: z.optional(z.int().check(z.positive())), appliesTo }),
  /** The applicant needs no visa to enter the Schengen area (the SCHENGEN_VISA_FREE group, or EEA and Swiss citizens). */
  z.strictObject({ type: z.literal('schengen-visa-free'), appliesTo }),
  z.strictObject({
    type: z.literal('min-months-working'),
    months: z.int().check(z.positive()),
    /** false: strictly more than `months` ("more than six months"). */
    inclusive: z.boolean(),
    subject: z.enum(['remote-work', 'current-employer', 'contract-or-company']),
    appliesTo,
  }),
]);

export const costOfLiving = z.strictObject({
  currency,
  rentOneBedroom: range(amount),
  utilities: amount,
  transportPass: amount,
  cheapLunch: amount,
});

const programmeId = z.string().check(z.regex(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/));

export const programmeSchema = z.strictObject({
  id: programmeId,
  country: countryCode,
  kind: z.enum(PROGRAMME_KINDS),
  /** The programme's name as the source writes it; cards show it, in the source's language. */
  officialName: fact(text),
  /** A short code people know it by, e.g. B9-1. */
  code: z.optional(text),
  title: localizedText,
  summary: localizedText,
  /** Derived: every source this programme's facts cite. Leave it out; where given, it must match. */
  sources: z.optional(sourceRefs),
  /** Derived: the as-of date of the newest source cited. Leave it out; where given, it must match. */
  asOf: z.optional(partialDate),
  launched: z.optional(fact(partialDate)),
  income: z.optional(fact(incomeRequirement)),
  savings: z.optional(fact(savingsRequirement)),
  family: z.optional(fact(familyRules)),
  validity: z.optional(fact(validity)),
  processing: z.optional(fact(processingTime)),
  fees: z.optional(fact(z.array(fee).check(z.minLength(1)))),
  application: z.optional(fact(application)),
  nationality: z.optional(fact(nationalityRules)),
  employment: z.optional(fact(employmentRules)),
  checks: z.array(fact(checkableRequirement)),
  /** Documents to gather; no form can check them and they never change a verdict. */
  prepare: z.array(sourcedText),
  /** Requirements no form can check and rules of stay, each classified (see `condition`). */
  conditions: z.array(condition),
  tax: z.array(sourcedText),
  notes: z.array(sourcedText),
  quota: z.optional(fact(z.strictObject({ perYear: z.optional(z.int().check(z.positive())), details: localizedText }))),
  costOfLiving: z.optional(fact(costOfLiving)),
});

export const sourceSchema = z.strictObject({
  id: sourceId,
  kind: z.enum(['article', 'reference']),
  title: text,
  language: z.string().check(z.regex(/^[a-z]{2}$/)),
  asOf: partialDate,
  /** How the as-of date was established where the source carries no date. */
  asOfBasis: z.optional(localizedText),
  author: z.optional(text),
  /** http(s) only: a link a visitor can follow, never javascript: or data:. */
  url: z.optional(z.url({ protocol: /^https?$/ })),
});

export const exchangeRateSchema = z.strictObject({
  currency,
  /** `amount` of `currency` is worth `eur` euros, as the source states it. */
  amount: z.number().check(z.positive()),
  eur: z.number().check(z.positive()),
  asOf: partialDate,
  sources: sourceRefs,
  /** The rate used for conversions; exactly one per currency other than EUR. */
  primary: z.boolean(),
  note: z.optional(localizedText),
});

export const countryGroupSchema = z.strictObject({
  id: z.enum(COUNTRY_GROUPS),
  name: localizedText,
  members: z.array(countryCode).check(z.minLength(1)),
  asOf: partialDate,
  sources: sourceRefs,
});

/** Everything of a dataset but its programmes. */
const datasetHead = {
  /** Where an editor finds the JSON Schema (visas.schema.json), for completion and inline errors. */
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  /** The language every text must be given in; other languages fall back to English, then to this one. */
  defaultLanguage: z.optional(locale),
  /** When an editor last checked every fact against its sources. */
  reviewed: z.optional(partialDate),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  exchangeRates: z.array(exchangeRateSchema),
  countryGroups: z.array(countryGroupSchema),
};

export const datasetSchema = z.strictObject({
  ...datasetHead,
  programmes: z.array(programmeSchema).check(z.minLength(1)),
});

/** A dataset with its programmes left unchecked: validation checks them one by one (validate.ts). */
export const datasetHeadSchema = z.strictObject({
  ...datasetHead,
  programmes: z.array(z.unknown()).check(z.minLength(1)),
});

/**
 * A site's own, fresher exchange rates (`<visa-data rates-src>`): the rates and the sources they cite. A
 * currency's primary rate here replaces the dataset's.
 */
export const rateTableSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  exchangeRates: z.array(exchangeRateSchema).check(z.minLength(1)),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Currency = (typeof CURRENCIES)[number];
export type CountryGroupId = (typeof COUNTRY_GROUPS)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type IncomeRequirement = z.infer<typeof incomeRequirement>;
export type SavingsRequirement = z.infer<typeof savingsRequirement>;
export type IncomeUplift = z.infer<typeof incomeUplift>;
export type FamilyRules = z.infer<typeof familyRules>;
export type Validity = z.infer<typeof validity>;
export type Duration = z.infer<typeof duration>;
export type ProcessingTime = z.infer<typeof processingTime>;
export type Fee = z.infer<typeof fee>;
export type NationalityRules = z.infer<typeof nationalityRules>;
export type EmploymentRules = z.infer<typeof employmentRules>;
export type CheckableRequirement = z.infer<typeof checkableRequirement>;
export type CostOfLiving = z.infer<typeof costOfLiving>;
/** A programme as a dataset file gives it. */
export type ProgrammeInput = z.infer<typeof programmeSchema>;
/** A programme after validation: its `sources` and `asOf` derived from what its facts cite. */
export type Programme = Omit<ProgrammeInput, 'sources' | 'asOf'> & { sources: string[]; asOf: string };
export type Condition = z.infer<typeof condition>;
export type Source = z.infer<typeof sourceSchema>;
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
export type CountryGroup = z.infer<typeof countryGroupSchema>;
export type RateTable = z.infer<typeof rateTableSchema>;
/** A dataset as a file gives it. */
export type DatasetInput = z.infer<typeof datasetSchema>;
/** A dataset after validation: every programme derived, every text complete. */
export type Dataset = Omit<DatasetInput, 'programmes'> & { programmes: Programme[] };
/** A fact wrapper as it appears in a programme. */
export interface Fact<T> {
  value: T;
  sources: string[];
  note?: LocalizedText;
  conflicts?: { value: T; sources: string[]; note?: LocalizedText }[];
}
