/** A visitor's profile as the engine takes it: validated against the one schema (data/profile-schema.ts). No DOM. */
import { ProfileIssue, readProfile, type Profile } from '../data/profile-schema.js';

export type { DegreeField, Money, Profile } from '../data/profile-schema.js';

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

/** Returns a normalized copy of the profile, or throws EligibilityInputError naming the first bad field. */
export function validateProfile(input: unknown): Profile {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new EligibilityInputError('profile', 'must be an object');
  try {
    return readProfile(input);
  } catch (error) {
    if (!(error instanceof ProfileIssue)) throw error;
    throw new EligibilityInputError(joinPath(error.path), error.message);
  }
}

/** A field path as written in code: "citizenship[1]", "monthlyIncome.currency". */
function joinPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}
