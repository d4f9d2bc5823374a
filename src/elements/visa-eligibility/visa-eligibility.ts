/**
 * Registers <visa-eligibility> with the class in visa-eligibility.component.ts, once: a second copy of the script, or the ES build beside
 * the single script, is harmless. `nomad-visa-widgets/classes` gives the class without registering anything.
 */
import { defineElement } from '../../shared/define.js';
import { VisaEligibility } from './visa-eligibility.component.js';

export { VisaEligibility };

defineElement('visa-eligibility', VisaEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'visa-eligibility': VisaEligibility;
  }
}
