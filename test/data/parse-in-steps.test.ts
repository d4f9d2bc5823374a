import { expect } from '@open-wc/testing';
import raw from '../../data/visas.json';
import { parseJsonInSteps } from '../../src/data/parse-in-steps.js';

const noPause = () => Promise.resolve();

/** What JSON.parse makes of `text`, or its error's name. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return (error as Error).name;
  }
}

async function inSteps(text: string): Promise<unknown> {
  try {
    return await parseJsonInSteps(text, noPause);
  } catch (error) {
    return (error as Error).name;
  }
}

describe('parsing a dataset file in steps', () => {
  it('gives what JSON.parse gives for the dataset, pretty-printed or not', async () => {
    for (const text of [JSON.stringify(raw), JSON.stringify(raw, null, 2)]) expect(await inSteps(text)).to.deep.equal(JSON.parse(text));
  });

  it('pauses between slices of a large file', async () => {
    const programmes = Array.from({ length: 400 }, (_, i) => ({ ...raw.programmes[i % raw.programmes.length], id: `x-${i}` }));
    const text = JSON.stringify({ ...raw, programmes });
    let pauses = 0;
    const result = await parseJsonInSteps(text, () => Promise.resolve(void (pauses += 1)));
    expect(result).to.deep.equal(JSON.parse(text));
    expect(pauses).to.be.greaterThan(0);
  });

  it('gives what JSON.parse gives, or its error, for every odd shape', async () => {
    const cases = [
      '{}',
      ' { } ',
      '{"programmes":[]}',
      '{"programmes": [ ] , "a": 1}',
      '{"programmes":[{"a":"]},[{"},\\"\\\\"},[1,[2]],3,"x"]}',
      '{"a":{"programmes":[1,2]},"programmes":{"b":[1]}}',
      '{"programmes":[1],"programmes":[2,3]}',
      '{"__proto__":{"polluted":true},"programmes":[{"__proto__":1}]}',
      '{"a":"\\u007b[","b":-1.5e3,"c":null,"d":true}',
      '[1,2]',
      '"text"',
      '',
      '{"programmes":[1,]}',
      '{"programmes":[,1]}',
      '{"a":1,}',
      '{,"a":1}',
      '{"a" 1}',
      '{1:2}',
      '{"programmes":[1]] }',
      '{"programmes":[1]} x',
      '{"programmes":[1]',
      '{"a":"unterminated}',
    ];
    for (const text of cases) expect(await inSteps(text), text.slice(0, 60)).to.deep.equal(parsed(text));
    // 100,000 levels deep: parsed as JSON.parse does (the validator names it as too deep), compared by walking.
    const deep = (await parseJsonInSteps(`{"deep":${'['.repeat(100000)}${']'.repeat(100000)}}`, noPause)) as { deep: unknown[] };
    let levels = 0;
    for (let node: unknown[] = deep.deep; node.length; node = node[0] as unknown[]) levels += 1;
    expect(levels).to.equal(99999);
    const polluted = (await parseJsonInSteps('{"__proto__":{"polluted":true}}', noPause)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(polluted)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('stops when pause throws (a deadline)', async () => {
    const programmes = Array.from({ length: 400 }, (_, i) => ({ ...raw.programmes[i % raw.programmes.length], id: `x-${i}` }));
    let thrown: unknown;
    await parseJsonInSteps(JSON.stringify({ ...raw, programmes }), () => Promise.reject(new RangeError('time is up'))).catch(
      (error: unknown) => (thrown = error),
    );
    expect(String(thrown)).to.equal('RangeError: time is up');
  });
});
