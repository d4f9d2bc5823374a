/**
 * A widget whose code has not arrived by the deadline (loader.ts): each element of the tag that has not started
 * gets a shadow root that keeps the page's fallback content in view and says, in the page's language, that the
 * widget is late. The element's own code replaces it if it still arrives (VisaBase.createRenderRoot), as the
 * last-resort message does if it fails (startup-failure.js). Plain DOM: nothing else of ours is here yet.
 */
import { OVERDUE_MARK } from '../shared/overdue-mark.js';

const LATE: Record<string, string> = {
  en: 'This visa widget is taking longer than usual to load.',
  de: 'Dieses Visa-Widget lädt länger als üblich.',
  ru: 'Виджет о визах загружается дольше обычного.',
};

export function showOverdue(root: ParentNode, tag: string): void {
  for (const element of [root, ...root.querySelectorAll(tag)] as Element[]) {
    if (element.localName !== tag || element.shadowRoot || customElements.get(tag)) continue;
    const lang = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang).slice(0, 2).toLowerCase();
    const message = document.createElement('p');
    message.setAttribute(OVERDUE_MARK, '');
    message.setAttribute('part', 'notice');
    message.setAttribute('role', 'status');
    message.lang = LATE[lang] ? lang : 'en';
    message.textContent = LATE[message.lang];
    const slot = document.createElement('slot');
    slot.name = 'fallback';
    element.attachShadow({ mode: 'open' }).append(message, slot);
  }
}
