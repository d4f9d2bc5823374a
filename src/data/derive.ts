/**
 * Fields a dataset file need not carry, derived from the facts: a programme's `sources` (every source its facts
 * cite, in the dataset's order) and `asOf` (the newest of their dates). No DOM.
 */
import { walkFacts } from './facts.js';
import type { Dataset, DatasetInput, Programme, ProgrammeInput, Source } from './schema.js';
import { sourceDates, type SourceDates } from './source-dates.js';

/** Every source id a programme's facts, sourced texts and recorded conflicts cite. */
export function citedSources(programme: ProgrammeInput): Set<string> {
  const cited = new Set<string>();
  walkFacts(programme, '', (_path, fact) => {
    for (const id of fact.sources) cited.add(id);
    for (const conflict of fact.conflicts ?? []) for (const id of conflict.sources) cited.add(id);
  });
  return cited;
}

export function deriveDataset(input: DatasetInput): Dataset {
  const dates = sourceDates(input.sources);
  return { ...input, programmes: input.programmes.map((programme) => deriveProgramme(programme, input.sources, dates)) };
}

/** One programme with its derived fields. */
export function deriveProgramme(programme: ProgrammeInput, sources: readonly Source[], dates: SourceDates): Programme {
  // Already derived (the build embeds the validated dataset, or a file states them and validation found them
  // right): nothing to walk on start-up.
  if (programme.sources && programme.asOf) return { ...programme, sources: programme.sources, asOf: programme.asOf };
  const cited = citedSources(programme);
  const ids = sources.map((source) => source.id).filter((id) => cited.has(id));
  return { ...programme, sources: ids, asOf: dates.newest(ids) };
}
