/** A visitor's profile as the engine takes it: validated against the one schema (data/profile-schema.ts). No DOM. */
import * as z from 'zod/mini';
import { profileSchema, type Profile } from '../data/profile-schema.js';

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
  const result = z.safeParse(profileSchema, input);
  if (result.success) return result.data;
  const { path, message } = firstIssue(result.error.issues);
  throw new EligibilityInputError(path, message);
}

type Issue = z.core.$ZodIssue;

/** The first issue as a field path ("citizenship[1]", "monthlyIncome.currency") and a message. */
function firstIssue(issues: readonly Issue[], prefix: PropertyKey[] = []): { path: string; message: string } {
  const issue = issues[0];
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') return { path: joinPath([...path, issue.keys[0]]), message: 'is not a profile field' };
  if (issue.code === 'invalid_union') {
    // "us" or ["ca", "gb"]: report what is wrong with the form the input was given in, not with the other one.
    const branch = issue.errors.find((branchIssues) => !branchIssues.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (branch?.length) return firstIssue(branch, path);
    return { path: joinPath(path), message: `must be a country code or a list of them, got ${JSON.stringify(issue.input)}` };
  }
  const message = issue.code === 'invalid_type' ? `must be ${issue.expected}, got ${JSON.stringify(issue.input)}` : issue.message;
  return { path: joinPath(path), message };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}
