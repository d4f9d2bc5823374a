/** The as-of dates of a dataset's sources, and the newest among a fact's sources. No DOM. */
export interface SourceDates {
  has(id: string): boolean;
  /** The newest as-of date ("2025", "2025-03" or "2025-03-01") among these source ids; '' when none is known. */
  newest(ids: readonly string[]): string;
}

export function sourceDates(sources: readonly { id: string; asOf: string }[]): SourceDates {
  const asOf = new Map(sources.map((source) => [source.id, source.asOf]));
  return {
    has: (id) => asOf.has(id),
    // Partial ISO dates sort as text: "2025" < "2025-03" < "2025-03-01".
    newest: (ids) =>
      ids
        .map((id) => asOf.get(id) ?? '')
        .sort()
        .at(-1) ?? '',
  };
}
