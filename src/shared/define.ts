/** Registers a tag once: a second copy of the script (or the ES build beside the single script) is harmless. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
