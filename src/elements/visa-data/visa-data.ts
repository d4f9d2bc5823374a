/**
 * Registers <visa-data> with the class in visa-data.component.ts, once: a second copy of the script, or the ES build beside
 * the single script, is harmless. `nomad-visa-widgets/classes` gives the class without registering anything.
 */
import { defineElement } from '../../shared/define.js';
import { VisaData } from './visa-data.component.js';

export { VisaData };

defineElement('visa-data', VisaData);

declare global {
  interface HTMLElementTagNameMap {
    'visa-data': VisaData;
  }
}
