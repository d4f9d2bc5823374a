/**
 * The attributes of <visa-eligibility> that set an initial answer: one table, from which the element declares
 * its properties, and one reader per kind of value. Which answer each fills, and whether a number must be whole,
 * come from the table of answers (eligibility/answer-fields.ts). A bad value yields a problem and leaves the answer
 * alone.
 */
import { isCountryCode } from '../../data/iso-countries.js';
import { CURRENCIES, EMPLOYMENT_TYPES } from '../../data/vocabulary.js';
import { isWhole } from '../../eligibility/answer-fields.js';
import type { AnswerField } from '../../eligibility/answers.js';
import { parseAmount } from '../../i18n/parse-amount.js';
import { asText, readFlag, splitList, type AttributeProblem } from '../../shared/attributes.js';

type AnswerKind =
  | 'country'
  | 'passports'
  | 'countryList'
  | 'counts'
  | 'number'
  | 'currency'
  | 'employment'
  | 'flag'
  | 'degreeField'
  | 'incomePeriod'
  | 'incomeBasis';

interface AnswerAttribute {
  /** The HTML attribute. */
  attribute: string;
  /** The element's property (camelCase; `children` is taken by HTMLElement). */
  property: string;
  /** The answer it fills; a citizenship list fills the second passport too. */
  answer: AnswerField;
  kind: AnswerKind;
}

export const ANSWER_ATTRIBUTES = [
  { attribute: 'citizenship', property: 'citizenship', answer: 'citizenship', kind: 'passports' },
  { attribute: 'employment', property: 'employment', answer: 'employment', kind: 'employment' },
  { attribute: 'gross-income', property: 'grossIncome', answer: 'grossIncome', kind: 'number' },
  { attribute: 'income', property: 'income', answer: 'income', kind: 'number' },
  { attribute: 'income-currency', property: 'incomeCurrency', answer: 'incomeCurrency', kind: 'currency' },
  { attribute: 'income-period', property: 'incomePeriod', answer: 'incomePeriod', kind: 'incomePeriod' },
  // The older way to give an income before tax: income-basis="gross" reads `income` as gross-income.
  { attribute: 'income-basis', property: 'incomeBasis', answer: 'grossIncome', kind: 'incomeBasis' },
  { attribute: 'savings', property: 'savings', answer: 'savings', kind: 'number' },
  { attribute: 'savings-currency', property: 'savingsCurrency', answer: 'savingsCurrency', kind: 'currency' },
  { attribute: 'spouse', property: 'spouse', answer: 'spouse', kind: 'flag' },
  // `children` is the first spelling, kept for pages that use it; React and Vue take a `children` prop for content,
  // so `children-count` is the one to use, and wins when both are set.
  { attribute: 'children', property: 'childrenLegacy', answer: 'children', kind: 'number' },
  { attribute: 'children-count', property: 'childrenCount', answer: 'children', kind: 'number' },
  { attribute: 'degree', property: 'degree', answer: 'degree', kind: 'flag' },
  { attribute: 'degree-field', property: 'degreeField', answer: 'degreeField', kind: 'degreeField' },
  { attribute: 'years-experience', property: 'yearsExperience', answer: 'yearsExperience', kind: 'number' },
  { attribute: 'it-professional', property: 'itProfessional', answer: 'itProfessional', kind: 'flag' },
  { attribute: 'employer-country', property: 'employerCountry', answer: 'employerCountry', kind: 'country' },
  { attribute: 'employer-employees', property: 'employerEmployees', answer: 'employerEmployees', kind: 'number' },
  { attribute: 'months-working', property: 'monthsWorking', answer: 'monthsWorking', kind: 'number' },
  { attribute: 'client-countries', property: 'clientCountries', answer: 'clientCountries', kind: 'countryList' },
  // "de:2": how many clients there are in a client country a programme counts them in.
  { attribute: 'client-counts', property: 'clientCounts', answer: 'clientCounts', kind: 'counts' },
] as const satisfies readonly AnswerAttribute[];

type Spec = (typeof ANSWER_ATTRIBUTES)[number];

/** The element's properties for these attributes: booleans for flags, the attribute's text otherwise. */
export type AnswerProperties = { [S in Spec as S['property']]: S['kind'] extends 'flag' ? boolean : string | undefined };

export interface ReadAnswer {
  value?: string | boolean | string[] | Record<string, string>;
  problems: AttributeProblem[];
}

/** Reads one attribute's value for its answer. */
export function readAnswer(spec: Spec, property: unknown): ReadAnswer {
  const { kind, attribute } = spec;
  // A boolean attribute can only say "yes" (bare, as Vue passes it: ""); its absence leaves the answer as it is.
  if (kind === 'flag') return { value: readFlag(property) || undefined, problems: [] };
  if (kind === 'counts') return readCounts(attribute, property);
  // A framework may pass a number (income={3500}) or a list (clientCountries={['de', 'us']}).
  const value = typeof property === 'boolean' ? undefined : asText(property);
  if (value === undefined) return { problems: [] };
  const text = value.trim();
  const problem = (reason: AttributeProblem['reason']): ReadAnswer => ({ problems: [{ attribute, value, reason }] });
  switch (kind) {
    case 'country':
      return isCountryCode(text.toLowerCase()) ? { value: text.toLowerCase(), problems: [] } : problem('unknownCountry');
    case 'passports':
    case 'countryList': {
      // Each bad entry is named and left out; the rest still answer.
      const entries = [...new Set(splitList(text).map((code) => code.toLowerCase()))];
      const problems = entries
        .filter((code) => !isCountryCode(code))
        .map((code): AttributeProblem => ({ attribute, value: code, reason: 'unknownCountry' }));
      const codes = entries.filter(isCountryCode);
      if (kind === 'passports') for (const code of codes.splice(2)) problems.push({ attribute, value: code, reason: 'tooManyPassports' });
      return codes.length ? { value: codes, problems } : { problems };
    }
    case 'degreeField':
      return text === 'stem' || text === 'other' ? { value: text, problems: [] } : problem('unknownDegreeField');
    case 'incomePeriod':
      return text === 'month' || text === 'year' ? { value: text, problems: [] } : problem('unknownIncomePeriod');
    case 'incomeBasis':
      return text === 'net' || text === 'gross' ? { value: text, problems: [] } : problem('unknownIncomeBasis');
    case 'employment':
      return (EMPLOYMENT_TYPES as readonly string[]).includes(text) ? { value: text, problems: [] } : problem('unknownEmployment');
    case 'currency':
      return (CURRENCIES as readonly string[]).includes(text.toUpperCase())
        ? { value: text.toUpperCase(), problems: [] }
        : problem('unknownCurrency');
    case 'number': {
      const number = parseAmount(text);
      if (number === null || number === undefined) return problem('notANumber');
      if (isWhole(spec.answer) && !Number.isInteger(number)) return problem('notAWholeNumber');
      return { value: text, problems: [] };
    }
  }
}

/**
 * Clients per country: "de:2, us:1" as text, or `{ de: 2 }` from a framework. Each bad entry is named and left
 * out: an unknown country code, or a count that is not a whole number.
 */
function readCounts(attribute: string, property: unknown): ReadAnswer {
  const entries =
    typeof property === 'object' && property !== null && !Array.isArray(property)
      ? Object.entries(property).map(([code, count]) => [code, asText(count) ?? ''])
      : splitList(property).map((entry) => entry.split(':'));
  const counts: Record<string, string> = {};
  // An object with nothing in it (or no text form) names no count: say so rather than ignore it silently.
  const problems: AttributeProblem[] =
    property != null && !entries.length && typeof property === 'object' ? [{ attribute, value: asText(property)!, reason: 'notText' }] : [];
  for (const [code = '', count = '', ...rest] of entries) {
    const country = code.trim().toLowerCase();
    const number = parseAmount(count);
    if (!isCountryCode(country)) problems.push({ attribute, value: code, reason: 'unknownCountry' });
    else if (rest.length || number === null || number === undefined || !Number.isInteger(number))
      problems.push({ attribute, value: [code, count, ...rest].join(':'), reason: 'notAWholeNumber' });
    else counts[country] = count.trim();
  }
  return Object.keys(counts).length ? { value: counts, problems } : { problems };
}
