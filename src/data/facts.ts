/** Walking a programme's sourced facts, shared by validation and conflict listing. */
import type { LocalizedText } from './schema.js';

export interface SourcedNode {
  value?: unknown;
  text?: LocalizedText;
  sources: string[];
  note?: LocalizedText;
  conflicts?: { value: unknown; sources: string[]; note?: LocalizedText }[];
}

function isSourced(node: object): node is SourcedNode {
  return Array.isArray((node as SourcedNode).sources) && ('value' in node || 'text' in node);
}

/** Calls `visit` for every fact and sourced text below `node`, with its dotted path. */
export function walkFacts(node: unknown, path: string, visit: (path: string, fact: SourcedNode) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkFacts(item, `${path}[${i}]`, visit));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (isSourced(node)) {
    visit(path, node);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'sources') continue;
    walkFacts(child, path ? `${path}.${key}` : key, visit);
  }
}
