/**
 * The one table of a form's answers, in the order the form asks them: which profile field each answers, whether it
 * is a number (and a whole one), whether it only qualifies another answer, the id of its form control and whether
 * that control sits behind "More questions". The conversion to a profile, the attribute readers, the form, the
 * "Answer" buttons and the order of next questions all read it. No DOM.
 */
import type { ProfileField } from '../i18n/catalogue.js';
import type { AnswerField } from './answers.js';

export interface AnswerFieldSpec {
  /** The profile field it answers; a second passport answers citizenship with the first. */
  profile?: ProfileField | 'spouse' | 'children';
  /** Typed as text and read as a number; counts are whole numbers. */
  number?: 'decimal' | 'whole';
  /** A currency or period: it qualifies another answer, and answers nothing on its own. */
  qualifies?: AnswerField;
  /** The id of its form control (a radio group: its first radio). */
  control: string;
  /** Behind "More questions". */
  more?: true;
}

export const ANSWER_FIELDS = {
  citizenship: { profile: 'citizenship', control: 'citizenship' },
  employment: { profile: 'employment', control: 'employment' },
  employerCountry: { profile: 'employerCountry', control: 'employerCountry' },
  clientCountries: { profile: 'clientCountries', control: 'clientCountryAdd' },
  // One field per counted country (clientCount-de): the control is the first of them.
  clientCounts: { profile: 'clientCounts', control: 'clientCounts' },
  monthsWorking: { profile: 'monthsWorking', number: 'decimal', control: 'monthsWorking' },
  employerEmployees: { profile: 'employerEmployees', number: 'whole', control: 'employerEmployees' },
  grossIncome: { profile: 'grossMonthlyIncome', number: 'decimal', control: 'grossIncome' },
  incomeCurrency: { qualifies: 'grossIncome', control: 'incomeCurrency' },
  incomePeriod: { qualifies: 'grossIncome', control: 'incomePeriod' },
  income: { profile: 'monthlyIncome', number: 'decimal', control: 'income' },
  savings: { profile: 'savings', number: 'decimal', control: 'savings' },
  savingsCurrency: { qualifies: 'savings', control: 'savingsCurrency' },
  spouse: { profile: 'spouse', control: 'spouse' },
  children: { profile: 'children', number: 'whole', control: 'children' },
  degree: { profile: 'degree', control: 'degree' },
  degreeField: { profile: 'degreeField', control: 'degreeField' },
  yearsExperience: { profile: 'yearsExperience', number: 'decimal', control: 'yearsExperience' },
  secondCitizenship: { profile: 'citizenship', control: 'secondCitizenship', more: true },
  itProfessional: { profile: 'itProfessional', control: 'itProfessional', more: true },
} as const satisfies { readonly [F in AnswerField]: AnswerFieldSpec };

/** The answer fields in the order the form asks them. */
export const FORM_ORDER = Object.keys(ANSWER_FIELDS) as AnswerField[];

const spec = (field: AnswerField): AnswerFieldSpec => ANSWER_FIELDS[field];

/** Whether an answer must be a whole number. */
export const isWhole = (field: AnswerField): boolean => spec(field).number === 'whole';

/** The fields that only qualify another answer. */
export const QUALIFIERS: readonly AnswerField[] = FORM_ORDER.filter((field) => spec(field).qualifies);

/** The fields behind "More questions". */
export const MORE_QUESTIONS: readonly AnswerField[] = FORM_ORDER.filter((field) => spec(field).more);

/** The answer field that first asks for a profile field, and its control: where an "Answer" button leads. */
export function answerFieldFor(field: ProfileField): AnswerField {
  return FORM_ORDER.find((answer) => spec(answer).profile === field)!;
}

/** The profile fields in the order the form first asks them. */
export const PROFILE_ORDER: readonly ProfileField[] = [
  ...new Set(FORM_ORDER.map((field) => spec(field).profile).filter((p): p is ProfileField => !!p && p !== 'spouse' && p !== 'children')),
];
