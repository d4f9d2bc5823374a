/**
 * Theme tokens, checked as Material Web does: every --visa-* custom property a widget reads is documented in the
 * README and in its manifest entry, and every documented one is read. Styles read tokens once, on :host, into
 * private --_* locals; no rule needs !important to hold against the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
}

const TAGS = ['visa-card', 'visa-compare', 'visa-eligibility'];
const tokensIn = (text: string) => [...text.matchAll(/var\(\s*(--visa-[a-z-]+)/g)].map((m) => m[1]);
const unique = (list: string[]) => [...new Set(list)].sort();

describe('theme tokens', () => {
  let files: Record<string, string>;
  before(async () => {
    ({ files } = await executeServerCommand<{ files: Record<string, string> }, undefined>('read-sources'));
  });

  /** The tokens an element's styles read: its own styles file and the shared style modules it imports. */
  function readBy(tag: string): string[] {
    const own = files[`src/elements/${tag}/${tag}.styles.ts`];
    const shared = [...own.matchAll(/from '\.\.\/\.\.\/shared\/([a-z-]+)\.js'/g)].map((m) => files[`src/shared/${m[1]}.ts`]);
    return unique([own, ...shared].flatMap(tokensIn));
  }

  for (const tag of TAGS) {
    it(`${tag}: the manifest documents exactly the tokens its styles read`, () => {
      const manifest = JSON.parse(files['custom-elements.json']) as Manifest;
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
      expect(unique((element.cssProperties ?? []).map((p) => p.name))).to.deep.equal(readBy(tag));
    });
  }

  it('the README names every token a widget reads, and reads every token it names', () => {
    const read = unique(TAGS.flatMap(readBy));
    const named = unique([...files['README.md'].matchAll(/`(--visa-[a-z-]+)/g)].map((m) => m[1]));
    expect(named).to.deep.equal(read);
  });

  it('reads --visa-* only where the private --_* locals are set, never in a rule', () => {
    const styles = Object.entries(files).filter(([path]) => path.startsWith('src/') && /styles\.ts$/.test(path));
    const outside = styles.flatMap(([path, text]) =>
      text
        .split('\n')
        .filter((line) => /var\(--visa-/.test(line) && !/^\s*--_[a-z-]+\s*:/.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(outside).to.deep.equal([]);
  });

  it('needs no !important against the page (only to switch motion off)', () => {
    const styles = Object.entries(files).filter(([path]) => path.startsWith('src/') && /styles\.ts$/.test(path));
    const important = styles.flatMap(([path, text]) =>
      text
        .split('\n')
        .filter((line) => line.includes('!important') && !/transition|animation/.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(important).to.deep.equal([]);
  });
});
