import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { catalogues } from '../../src/i18n/messages/index.js';

/** Key paths of a catalogue down to its texts and message functions: ['ui', 'reasons', 'unknownCountry'], … */
function paths(node: unknown, path: string[] = []): string[][] {
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, child]) => paths(child, [...path, key]));
  return [path];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('message catalogues: every key is read', () => {
  it('reads every key somewhere in src/ (outside the catalogues)', async () => {
    const { files } = await executeServerCommand<{ files: Record<string, string> }, undefined>('read-sources');
    const code = Object.entries(files)
      .filter(([path]) => path.startsWith('src/') && !path.startsWith('src/i18n/messages/') && path !== 'src/i18n/catalogue.ts')
      .map(([, text]) => text)
      .join('\n');
    const unused = paths(catalogues.en).filter((path) => {
      const key = path.at(-1)!;
      const parent = path.at(-2);
      // A section's top-level key is read through messages(locale) and destructuring: its name appears.
      if (!parent) return !new RegExp(`\\b${escape(key)}\\b`).test(code);
      // Read by name (`ui.title`, `{ title }`), or by a value of a typed union (`ui.reasons[p.reason]` with 'unknownCountry').
      const byName = new RegExp(`(?<!\\.\\.)\\.${escape(key)}\\b|[{,]\\s*${escape(key)}\\s*[,}:]`).test(code);
      const dynamic = new RegExp(`\\b${escape(parent)}\\[`).test(code) && new RegExp(`['"\`]${escape(key)}['"\`]`).test(code);
      return !byName && !dynamic;
    });
    expect(unused.map((path) => path.join('.'))).to.deep.equal([]);
  });
});
