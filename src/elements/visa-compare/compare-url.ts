/**
 * <visa-compare>'s state in the URL hash (`sync-url`): reading and writing its own parts and nothing else, and
 * which comparison on the page holds which key. No rendering.
 */
import { isNumericField, type Region, type Sort } from './compare-model.js';

/** What a visitor chose, as kept in the URL hash with `sync-url`. */
export interface HashState {
  programmes?: string[];
  sort?: Sort;
  familyOnly: boolean;
  region: Region;
  /** The "income at most" amount as the visitor typed it, in the widget's currency. */
  maxIncome?: number;
}

/** At most this many programme ids are read from a URL: a shared link cannot make the widget render thousands of rows. */
export const MAX_HASH_PROGRAMMES = 100;

/**
 * The hash holds `&`-separated parts. This widget owns exactly the parts named `<key>.p`, `<key>.s`,
 * `<key>.family`, `<key>.max` and `<key>.region` (the key is its id, URI-encoded); every other part (a route
 * such as `/pricing`, an anchor, another widget's keys, even `x.p.p` beside `x.p`) is left byte for byte.
 */
const HASH_NAMES = ['p', 's', 'family', 'max', 'region'] as const;
type HashName = (typeof HASH_NAMES)[number];

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The hash's parts, each with the name this widget would own it under (if any). */
function hashParts(hash: string, key: string): { part: string; name?: HashName; value: string }[] {
  const body = hash.replace(/^#/, '');
  if (!body) return [];
  const own = new Map(HASH_NAMES.map((name) => [`${key}.${name}`, name]));
  return body.split('&').map((part) => {
    const eq = part.indexOf('=');
    const name = own.get(decode(eq < 0 ? part : part.slice(0, eq)));
    return { part, name, value: name && eq >= 0 ? decode(part.slice(eq + 1)) : '' };
  });
}

/** Reads this widget's keys from a location hash such as "#compare.p=pt-digital-nomad,es-digital-nomad&compare.s=income-asc". */
export function readHash(hash: string, key: string): HashState | undefined {
  const values = new Map<HashName, string>();
  for (const { name, value } of hashParts(hash, key)) if (name && !values.has(name)) values.set(name, value);
  if (!values.size) return undefined;
  const state: HashState = { familyOnly: values.get('family') === '1', region: 'all' };
  const programmes = values.get('p');
  if (programmes !== undefined) {
    // A shared link cannot make the widget render thousands of rows: each id once, at most MAX_HASH_PROGRAMMES.
    const ids = new Set<string>();
    for (const id of programmes.split(',')) {
      if (ids.size >= MAX_HASH_PROGRAMMES) break;
      if (id) ids.add(id);
    }
    state.programmes = [...ids];
  }
  const sort = values.get('s')?.match(/^([a-z]+)-(asc|desc)$/);
  if (sort && isNumericField(sort[1])) state.sort = { field: sort[1], direction: sort[2] === 'asc' ? 'ascending' : 'descending' };
  const maxText = values.get('max');
  const max = Number(maxText);
  if (maxText && Number.isFinite(max) && max >= 0) state.maxIncome = max;
  const region = values.get('region');
  if (region === 'eu' || region === 'non-eu') state.region = region;
  return state;
}

/** Writes this widget's keys into a hash (at its end), leaving every other part of it as it was. */
export function writeHash(hash: string, key: string, state: HashState): string {
  const parts = hashParts(hash, key)
    .filter(({ name }) => !name)
    .map(({ part }) => part);
  const own = encodeURIComponent(key);
  const add = (name: HashName, value: string) => parts.push(`${own}.${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  if (state.programmes) add('p', state.programmes.join(','));
  if (state.sort) add('s', `${state.sort.field}-${state.sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  if (state.familyOnly) add('family', '1');
  if (state.maxIncome !== undefined) add('max', String(state.maxIncome));
  if (state.region !== 'all') add('region', state.region);
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Which comparison holds which hash key: the first in the page's order of those that claim it, while it stays
 * on the page, whichever of them drew first (the page's main comparison is usually its top one).
 */
const hashKeyOwners = new Map<string, Element>();

/** Whether `element` holds `key` now; a comparison further up the page takes it over, and the one it displaces is told. */
export function claimHashKey(element: Element, key: string): boolean {
  const owner = hashKeyOwners.get(key);
  if (owner && owner !== element && owner.isConnected) {
    if (!(element.compareDocumentPosition(owner) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
    (owner as Element & { requestUpdate(): void }).requestUpdate();
  }
  releaseHashKey(element);
  hashKeyOwners.set(key, element);
  return true;
}

export function releaseHashKey(element: Element): void {
  for (const [key, owner] of hashKeyOwners) if (owner === element) hashKeyOwners.delete(key);
}
