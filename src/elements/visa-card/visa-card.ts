/**
 * Registers <visa-card> with the class in visa-card.component.ts, once: a second copy of the script, or the ES build beside
 * the single script, is harmless. `nomad-visa-widgets/classes` gives the class without registering anything.
 */
import { defineElement } from '../../shared/define.js';
import { VisaCard } from './visa-card.component.js';

export { VisaCard };

defineElement('visa-card', VisaCard);

declare global {
  interface HTMLElementTagNameMap {
    'visa-card': VisaCard;
  }
}
