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
