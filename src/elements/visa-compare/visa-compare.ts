/**
 * Registers <visa-compare> with the class in visa-compare.component.ts, once: a second copy of the script, or the ES build beside
 * the single script, is harmless. `nomad-visa-widgets/classes` gives the class without registering anything.
 */
import { defineElement } from '../../shared/define.js';
import { VisaCompare } from './visa-compare.component.js';

export { VisaCompare };

defineElement('visa-compare', VisaCompare);

declare global {
  interface HTMLElementTagNameMap {
    'visa-compare': VisaCompare;
  }
}
