/**
 * Where the sources disagree. The dataset keeps every value; this lists the
 * facts whose shown value (from the newest source) is contested by an older one.
 */
import { walkFacts } from './facts.js';
import type { LocalizedText, Programme } from './schema.js';

export interface SourceConflict {
  programme: string;
  /** Path of the fact inside the programme, e.g. `income` or `checks[0]`. */
  field: string;
  shown: { value: unknown; sources: string[] };
  others: { value: unknown; sources: string[]; note?: LocalizedText }[];
  note?: LocalizedText;
}

export function listConflicts(programme: Programme): SourceConflict[] {
  const found: SourceConflict[] = [];
  walkFacts(programme, '', (field, fact) => {
    if (!fact.conflicts?.length) return;
    found.push({
      programme: programme.id,
      field,
      shown: { value: fact.value, sources: fact.sources },
      others: fact.conflicts,
      ...(fact.note ? { note: fact.note } : {}),
    });
  });
  return found;
}
