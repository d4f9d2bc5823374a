/** Events the widgets dispatch: bubbling and composed, so a page can listen on document. */
import type { EligibilityResult } from '../eligibility/engine.js';
import type { Profile } from '../eligibility/profile.js';

export interface EligibilityChangeDetail {
  profile: Profile;
  results: EligibilityResult[];
}

export class VisaEligibilityChangeEvent extends CustomEvent<EligibilityChangeDetail> {
  static readonly eventName = 'visa-eligibility-change';
  constructor(detail: EligibilityChangeDetail) {
    super(VisaEligibilityChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'visa-eligibility-change': VisaEligibilityChangeEvent;
  }
}

export interface CompareChangeDetail {
  programmes: string[];
  sort?: { field: string; direction: 'ascending' | 'descending' };
  filters: { familyOnly: boolean; maxIncome?: number; region: 'all' | 'eu' | 'non-eu' };
}

export class VisaCompareChangeEvent extends CustomEvent<CompareChangeDetail> {
  static readonly eventName = 'visa-compare-change';
  constructor(detail: CompareChangeDetail) {
    super(VisaCompareChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'visa-compare-change': VisaCompareChangeEvent;
  }
}
