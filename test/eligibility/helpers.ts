import { checkEligibility, type EligibilityResult, type Profile } from '../../src/eligibility/index.js';

export function resultFor(programme: string, profile: Profile, lang = 'en'): EligibilityResult {
  const [result] = checkEligibility(profile, { programmes: [programme], lang });
  return result;
}

/** The status of one requirement's check, or 'absent' when the engine made no such check. */
export function statusOf(programme: string, profile: Profile, requirement: string): string {
  return resultFor(programme, profile).checks.find((c) => c.requirement === requirement)?.status ?? 'absent';
}

export function messageOf(programme: string, profile: Profile, requirement: string, lang = 'en'): string {
  return resultFor(programme, profile, lang).checks.find((c) => c.requirement === requirement)?.message ?? '';
}

/** A monthly income after tax (the default basis). */
export const income = (amount: number, currency = 'EUR'): Profile => ({ monthlyIncome: { amount, currency } });
/** A monthly income before tax: below a threshold of any basis, it fails it. */
export const grossIncome = (amount: number, currency = 'EUR'): Profile => ({ grossMonthlyIncome: { amount, currency } });

/** Meets every checkable rule of most programmes, so that one answer at a time can be moved. */
export const strong: Profile = {
  citizenship: 'us',
  employment: 'employee',
  monthlyIncome: { amount: 9000, currency: 'EUR' },
  savings: { amount: 50000, currency: 'EUR' },
  degree: true,
  degreeField: 'stem',
  yearsExperience: 10,
  itProfessional: true,
  employerCountry: 'us',
  employerEmployees: 500,
  monthsWorking: 48,
};
