/**
 * JSON.parse for a large dataset file without one long task: the text is scanned once, in slices with a pause
 * between them, and parsed member by member, the `programmes` array item by item (each a small JSON.parse).
 * The result is what JSON.parse(text) gives. Anything the scan does not expect (not an object at the top, a
 * syntax error anywhere) falls back to JSON.parse(text) itself, which then gives its own result or error.
 * Pure: no DOM.
 */

/** How long a slice of scanning and parsing runs before it pauses. */
const SLICE_MS = 8;
/** How many characters are scanned between looks at the clock. */
const CHECK_EVERY = 0x3fff;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The key whose array is parsed item by item. */
const SPLIT_KEY = 'programmes';

class Unexpected extends Error {}

export async function parseJsonInSteps(text: string, pause: () => Promise<void>): Promise<unknown> {
  try {
    return await scan(text, pause);
  } catch (error) {
    if (!(error instanceof Unexpected) && !(error instanceof SyntaxError)) throw error;
    return JSON.parse(text) as unknown;
  }
}

/** An own, enumerable property, as JSON.parse makes it ("__proto__" included). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const blank = (text: string, from: number, to: number) => text.slice(from, to).trim() === '';

async function scan(text: string, pause: () => Promise<void>): Promise<unknown> {
  let i = text.length - text.trimStart().length;
  if (text.charCodeAt(i) !== OPEN_OBJECT) throw new Unexpected();
  const result: Record<string, unknown> = {};
  let depth = 0;
  let inString = false;
  let escaped = false;
  let memberStart = i + 1;
  let key: string | undefined;
  let valueStart = -1;
  let items: unknown[] | undefined;
  let itemStart = -1;
  /** Where the split array ended (-1 while it is open). */
  let itemEnd = -1;
  let since = performance.now();

  const endItem = (end: number) => {
    if (blank(text, itemStart, end)) {
      if (items!.length || text.charCodeAt(end) === COMMA) throw new Unexpected();
      return;
    }
    items!.push(JSON.parse(text.slice(itemStart, end)));
  };
  const endMember = (end: number) => {
    if (key === undefined) {
      if (!blank(text, memberStart, end) || Object.keys(result).length || text.charCodeAt(end) === COMMA) throw new Unexpected();
      return;
    }
    if (items) {
      if (!blank(text, itemEnd, end)) throw new Unexpected();
      define(result, key, items);
    } else define(result, key, JSON.parse(text.slice(valueStart, end)));
  };

  for (; i < text.length; i += 1) {
    if ((i & CHECK_EVERY) === 0 && performance.now() - since > SLICE_MS) {
      await pause();
      since = performance.now();
    }
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
      continue;
    }
    switch (c) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        depth += 1;
        if (depth === 2 && c === OPEN_ARRAY && key === SPLIT_KEY && items === undefined && blank(text, valueStart, i)) {
          items = [];
          itemStart = i + 1;
        }
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        if (depth === 2 && items && itemEnd < 0) {
          if (c !== CLOSE_ARRAY) throw new Unexpected();
          endItem(i);
          itemEnd = i + 1;
        }
        depth -= 1;
        if (depth === 0) {
          if (c !== CLOSE_OBJECT) throw new Unexpected();
          endMember(i);
          if (!blank(text, i + 1, text.length)) throw new Unexpected();
          return result;
        }
        break;
      case COLON:
        if (depth === 1 && key === undefined) {
          key = JSON.parse(text.slice(memberStart, i)) as string;
          if (typeof key !== 'string') throw new Unexpected();
          valueStart = i + 1;
        }
        break;
      case COMMA:
        if (depth === 1) {
          endMember(i);
          memberStart = i + 1;
          key = undefined;
          items = undefined;
          itemEnd = -1;
        } else if (depth === 2 && items && itemEnd < 0) {
          endItem(i);
          itemStart = i + 1;
        }
        break;
    }
  }
  throw new Unexpected();
}
