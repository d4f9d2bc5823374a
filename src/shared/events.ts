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
