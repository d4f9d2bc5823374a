/** Helpers shared by the element tests. */
/** Runs `run` with console.warn captured, and returns what was warned. */
export async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (text: string) => warnings.push(text);
  try {
    return { value: await run(), warnings };
  } finally {
    console.warn = warn;
  }
}

/** The text of a card's fact row with this label, spaces folded. */
export function cardRow(card: Element, label: string): string | undefined {
  return [...card.shadowRoot!.querySelectorAll('.row')]
    .find((r) => r.querySelector('dt')!.textContent === label)
    ?.querySelector('dd')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
}
