/**
 * Registers a tag once: a second copy of the script (or the ES build beside the single script) is harmless. A class
 * the page already registered under a name of its own (from `nomad-visa-widgets/classes`) is registered here as a
 * subclass, since one constructor cannot hold two names.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  const named = customElements.getName?.(element);
  customElements.define(tag, named ? class extends (element as typeof HTMLElement) {} : element);
}
