/**
 * Events the elements dispatch: bubbling and composed, so a page can listen on document, and typed in
 * GlobalEventHandlersEventMap. Widgets fire them on a visitor's action, never when code sets a property.
 */
import type { EligibilityResult } from '../eligibility/engine.js';
import type { Profile } from '../eligibility/profile.js';

const BUBBLES = { bubbles: true, composed: true } as const;

export interface EligibilityChangeDetail {
  profile: Profile;
  results: EligibilityResult[];
}

/**
 * A detail whose fields are copied when a listener first reads them: each listener's changes stay its own, and a
 * keystroke on a page that does not listen pays for no copy of 23 results. The element never changes an object
 * it has handed out (each answer builds new ones), so a later read sees the values of the moment it fired.
 */
function copiedOnRead<T extends object>(source: T): T {
  const detail = {} as T;
  for (const key of Object.keys(source) as (keyof T)[]) {
    let copy: { value: T[keyof T] } | undefined;
    Object.defineProperty(detail, key, {
      enumerable: true,
      get: () => (copy ??= { value: structuredClone(source[key]) }).value,
    });
  }
  return detail;
}

/** A visitor changed an answer in <visa-eligibility>. */
export class VisaEligibilityChangeEvent extends CustomEvent<EligibilityChangeDetail> {
  constructor(detail: EligibilityChangeDetail) {
    super('visa-eligibility-change', { detail: copiedOnRead(detail), ...BUBBLES });
  }
}

export interface CompareChangeDetail {
  programmes: string[];
  sort?: { field: string; direction: 'ascending' | 'descending' };
  filters: { familyOnly: boolean; maxIncome?: number; region: 'all' | 'eu' | 'non-eu' };
}

/** A visitor added, removed, sorted or filtered in <visa-compare>. */
export class VisaCompareChangeEvent extends CustomEvent<CompareChangeDetail> {
  constructor(detail: CompareChangeDetail) {
    super('visa-compare-change', { detail, ...BUBBLES });
  }
}

export interface DataLoadDetail {
  src: string;
  /** How many programmes the dataset has. */
  programmes: number;
}

/** <visa-data> is using the dataset from its `src`. */
export class VisaDataLoadEvent extends CustomEvent<DataLoadDetail> {
  constructor(detail: DataLoadDetail) {
    super('visa-data-load', { detail, ...BUBBLES });
  }
}

export interface DataErrorDetail {
  src: string;
  /** What failed, in English (the element shows it in the page's language). */
  message: string;
}

/** <visa-data> could not use the dataset from its `src`; the widgets keep the built-in data. */
export class VisaDataErrorEvent extends CustomEvent<DataErrorDetail> {
  constructor(detail: DataErrorDetail) {
    super('visa-data-error', { detail, ...BUBBLES });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'visa-eligibility-change': VisaEligibilityChangeEvent;
    'visa-compare-change': VisaCompareChangeEvent;
    'visa-data-load': VisaDataLoadEvent;
    'visa-data-error': VisaDataErrorEvent;
  }
}
