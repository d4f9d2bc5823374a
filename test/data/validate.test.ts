import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import raw from '../../data/visas.json';
import { formatIssue, validateDataset, validateDatasetInSteps } from '../../src/data/validate.js';
import { datasetIn } from './one-language.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Json => JSON.parse(JSON.stringify(raw));
const programme = (data: Json, id: string): Json => data.programmes.find((p: Json) => p.id === id);
const messages = (data: unknown) => {
  const result = validateDataset(data);
  return result.ok ? [] : result.issues.map(formatIssue);
};

/** One broken copy per kind of error: the message must name the programme and the field. */
const BROKEN: { name: string; breakIt: (d: Json) => void; expected: string }[] = [
  {
    name: 'a number written as text',
    breakIt: (d) => (programme(d, 'pt-digital-nomad').income.value.amount = '3480'),
    expected: 'pt-digital-nomad: income.value.amount: expected a number, got "3480"',
  },
  {
    name: 'a javascript: link as a source URL',
    breakIt: (d) => (d.sources[0].url = 'javascript:alert(1)'),
    expected: 'sources[0].url: "javascript:alert(1)" is not an http(s) URL',
  },
  {
    name: 'a data: link as a source URL',
    breakIt: (d) => (d.sources[1].url = 'data:text/html,<script>alert(1)</script>'),
    expected: 'sources[1].url: "data:text/html,<script>alert(1)</script>" is not an http(s) URL',
  },
  {
    name: 'a text missing in the default language',
    breakIt: (d) => delete programme(d, 'es-digital-nomad').title.en,
    expected: 'es-digital-nomad: title: missing the text in the default language "en" (given: de, ru)',
  },
  {
    name: 'a text missing in a declared default language',
    breakIt: (d) => {
      d.defaultLanguage = 'ru';
      delete programme(d, 'ad-digital-nomad').conditions[0].text.ru;
    },
    expected: 'ad-digital-nomad: conditions[0].text: missing the text in the default language "ru" (given: en, de)',
  },
  {
    name: 'a text with no language at all',
    breakIt: (d) => (programme(d, 'es-digital-nomad').title = {}),
    expected: "es-digital-nomad: title: is empty: give the text at least in the dataset's default language",
  },
  {
    name: 'an empty text',
    breakIt: (d) => (programme(d, 'es-digital-nomad').title.de = ''),
    expected: 'es-digital-nomad: title.de: must not be empty',
  },
  {
    name: 'a misspelt field',
    breakIt: (d) => (programme(d, 'hr-digital-nomad').savings.value.rolle = 'x'),
    expected: 'hr-digital-nomad: savings.value.rolle: unknown field',
  },
  {
    name: 'an unknown currency',
    breakIt: (d) => (programme(d, 'kz-neo-nomad').income.value.currency = 'RUB'),
    expected: 'kz-neo-nomad: income.value.currency: "RUB" is not allowed',
  },
  {
    name: 'an assessment that does not say who decides',
    breakIt: (d) => delete programme(d, 'nl-self-employed').conditions[0].decidedBy,
    expected: 'nl-self-employed: conditions[0].decidedBy: missing',
  },
  {
    name: 'a condition without a kind',
    breakIt: (d) => delete programme(d, 'cy-digital-nomad').conditions[0].kind,
    expected: 'cy-digital-nomad: conditions[0].kind',
  },
  {
    name: 'a negative amount',
    breakIt: (d) => (programme(d, 'gr-digital-nomad').fees.value[0].amount = -75),
    expected: 'gr-digital-nomad: fees.value[0].amount: must be at least 0, got -75',
  },
  {
    name: 'a fact without a source',
    breakIt: (d) => (programme(d, 'lv-digital-nomad').income.sources = []),
    expected: 'lv-digital-nomad: income.sources: needs at least 1 item(s)',
  },
  {
    name: 'a bad date',
    breakIt: (d) => (programme(d, 'ee-digital-nomad').launched.value = '1 Aug 2020'),
    expected: 'ee-digital-nomad: launched.value: "1 Aug 2020" is not a valid value',
  },
  {
    name: 'a citation of an unknown source',
    breakIt: (d) => programme(d, 'cy-digital-nomad').tax[0].sources.push('nowhere.txt'),
    expected: 'cy-digital-nomad: tax[0].sources: unknown source "nowhere.txt"',
  },
  {
    name: 'an older value shown over a newer one',
    breakIt: (d) => {
      const income = programme(d, 'es-digital-nomad').income;
      [income.sources, income.conflicts[0].sources] = [income.conflicts[0].sources, income.sources];
    },
    expected: 'es-digital-nomad: income.conflicts[0]: comes from a newer source than the value shown',
  },
  {
    name: 'a stated as-of date that the facts contradict',
    breakIt: (d) => (programme(d, 'pt-digital-nomad').asOf = '2024'),
    expected: 'pt-digital-nomad: asOf: must be the newest cited source\'s date, "2025"; leave it out: it is derived',
  },
  {
    name: 'a stated source list that the facts contradict',
    breakIt: (d) => (programme(d, 'pt-digital-nomad').sources = ['000_8d906bb71396de31.txt']),
    expected: 'pt-digital-nomad: sources: does not match the sources the facts cite',
  },
  {
    name: 'an id that does not match the country',
    breakIt: (d) => (programme(d, 'me-digital-nomad').country = 'rs'),
    expected: 'me-digital-nomad: id: must start with the country code "rs-"',
  },
  {
    name: 'an unknown country group',
    breakIt: (d) => (programme(d, 'hu-white-card').nationality.value.excluded = ['EU', 'NATO']),
    expected: 'hu-white-card: nationality.value.excluded[1]: "NATO" is not a valid value',
  },
  {
    name: 'a range without either end',
    breakIt: (d) => (programme(d, 'ee-digital-nomad').fees.value[0].amount = {}),
    expected: 'ee-digital-nomad: fees.value[0].amount: a range needs "min", "max" or both',
  },
  {
    name: 'a range whose ends are the wrong way round',
    breakIt: (d) => (programme(d, 'cz-self-employed').processing.value.amount = { min: 120, max: 90 }),
    expected: 'cz-self-employed: processing.value.amount: "min" is above "max"',
  },
  {
    name: 'a length range whose ends are the wrong way round in different units',
    breakIt: (d) =>
      (programme(d, 'de-freelance').validity.value.initial = { min: { amount: 3, unit: 'years' }, max: { amount: 6, unit: 'months' } }),
    expected: 'de-freelance: validity.value.initial: "min" is above "max"',
  },
  {
    name: 'a range spelt the old way',
    breakIt: (d) =>
      (programme(d, 'ee-digital-nomad').fees.value[0] = { ...programme(d, 'ee-digital-nomad').fees.value[0], amount: 80, maxAmount: 100 }),
    expected: 'ee-digital-nomad: fees.value[0].maxAmount: unknown field',
  },
  {
    name: 'a duplicate id',
    breakIt: (d) => (programme(d, 'cz-self-employed').id = 'cz-digital-nomad'),
    expected: 'cz-digital-nomad: id: duplicate programme id',
  },
  {
    name: 'two primary rates',
    breakIt: (d) => (d.exchangeRates.find((r: Json) => r.amount === 12200).primary = true),
    expected: 'exchangeRates: ISK has 2 primary rates',
  },
];

describe('dataset validation', () => {
  for (const { name, breakIt, expected } of BROKEN) {
    it(`rejects ${name}, naming the programme and field`, () => {
      const data = copy();
      breakIt(data);
      const found = messages(data);
      expect(
        found.some((m) => m.startsWith(expected)),
        `expected "${expected}" in:\n${found.join('\n')}`,
      ).to.equal(true);
    });
  }

  it('rejects things that are not a dataset at all', () => {
    expect(messages(null)[0]).to.match(/^\(root\): expected an object/);
    expect(messages({ schemaVersion: 2 })).to.include('schemaVersion: "2" is not allowed; expected one of 1'.replace('"2"', '2'));
  });

  it('accepts the untouched copy', () => {
    expect(messages(copy())).to.deep.equal([]);
  });

  it("derives each programme's sources and as-of date from what its facts cite", () => {
    const data = copy();
    const pt = programme(data, 'pt-digital-nomad');
    expect(pt.sources, 'the file leaves them out').to.equal(undefined);
    const result = validateDataset(data);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const derived = result.dataset.programmes.find((p) => p.id === 'pt-digital-nomad')!;
    expect(derived.sources).to.deep.equal(['000_8d906bb71396de31.txt', '003_b0de86d8ee34c542.txt']);
    expect(derived.asOf).to.equal('2025');

    // One more fact citing a newer source moves both.
    data.sources.push({ id: 'agency-2026', kind: 'reference', title: 'Agency check', language: 'en', asOf: '2026-05' });
    pt.notes.push({ text: { en: 'Checked with the consulate.' }, sources: ['agency-2026'] });
    const moved = validateDataset(data);
    if (!moved.ok) throw new Error(moved.issues.map(formatIssue).join('\n'));
    const after = moved.dataset.programmes.find((p) => p.id === 'pt-digital-nomad')!;
    expect(after.sources).to.include('agency-2026');
    expect(after.asOf).to.equal('2026-05');
  });

  it('still accepts a file that states sources and as-of date correctly', () => {
    const data = copy();
    Object.assign(programme(data, 'pt-digital-nomad'), { sources: ['003_b0de86d8ee34c542.txt', '000_8d906bb71396de31.txt'], asOf: '2025' });
    expect(messages(data)).to.deep.equal([]);
  });
});

describe('validation in steps, for a page', () => {
  /** The dataset with its programmes copied up to `count`, each copy with its own id. */
  function grown(count: number) {
    const data = copy();
    const originals = data.programmes;
    data.programmes = Array.from({ length: count }, (_, i) => {
      const programme = structuredClone(originals[i % originals.length]);
      programme.id = `${programme.country}-copy-${i}`;
      return programme;
    });
    return data;
  }

  it('checks 500 programmes with pauses between them, to the same result as validateDataset', async () => {
    let pauses = 0;
    const stepped = await validateDatasetInSteps(grown(500), { pause: () => Promise.resolve(void (pauses += 1)) });
    expect(pauses).to.be.greaterThan(2);
    expect(stepped).to.deep.equal(validateDataset(grown(500)));
    expect(stepped.ok && stepped.dataset.programmes.length).to.equal(500);
  });

  it('reports the same problems as validateDataset, and gives up when pause throws', async () => {
    const data = grown(60);
    data.programmes[41].income = { value: { type: 'amount', amount: 'lots' } };
    delete data.programmes[7].title.en;
    const stepped = await validateDatasetInSteps(structuredClone(data), { pause: () => Promise.resolve() });
    expect(stepped).to.deep.equal(validateDataset(structuredClone(data)));
    expect(stepped.ok).to.equal(false);
    let thrown: unknown;
    await validateDatasetInSteps(grown(500), {
      pause: () => Promise.reject(new Error('time is up')),
    }).catch((error: unknown) => (thrown = error));
    expect(String(thrown)).to.equal('Error: time is up');
  });

  it('names a value nested deeper than 64 levels instead of overflowing the stack', () => {
    const data = copy();
    let deep: unknown[] = [];
    const top = deep;
    for (let i = 0; i < 100000; i += 1) deep = deep[0] = [] as unknown[];
    (data.programmes[2] as unknown as Record<string, unknown>).notes = top;
    expect(messages(data)).to.deep.equal([`${data.programmes[2].id}: notes: nested more than 64 levels deep; no field of a dataset is`]);
  });
});

describe('a dataset in one language', () => {
  const germanOnly = () => datasetIn('de');
  const mark = (locale: string, from: string) => ` [${from}→${locale}]`;

  it('loads when every text is in its declared default language, marking each fallback', () => {
    const data = germanOnly();
    const hr = programme(data, 'hr-digital-nomad');
    hr.summary.en = 'An English summary the editor added.';
    const result = validateDataset(data, { mark });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const loaded = result.dataset.programmes.find((p) => p.id === 'hr-digital-nomad')!;
    const germanTitle = (raw as Json).programmes.find((p: Json) => p.id === 'hr-digital-nomad').title.de;
    expect(loaded.title.de, 'the default language is shown as is').to.equal(germanTitle);
    expect(loaded.title.en).to.equal(`${germanTitle} [de→en]`);
    expect(loaded.title.ru).to.equal(`${germanTitle} [de→ru]`);
    // English, where the editor gave it, comes before the default language.
    expect(loaded.summary.en).to.equal('An English summary the editor added.');
    expect(loaded.summary.ru).to.equal('An English summary the editor added. [en→ru]');
    expect(loaded.summary.de, 'a language the text has is never replaced').to.equal(
      (raw as Json).programmes.find((p: Json) => p.id === 'hr-digital-nomad').summary.de,
    );
  });

  it('fails without a declared default language, naming the programme and field', () => {
    const data = germanOnly();
    delete data.defaultLanguage;
    const found = messages(data);
    expect(found).to.include('hr-digital-nomad: title: missing the text in the default language "en" (given: de)');
    expect(found.some((m) => m.startsWith('countryGroups[0].name: missing the text'))).to.equal(true);
  });
});

describe('npm run data:check', () => {
  const run = (data: unknown) =>
    executeServerCommand<{ code: number; output: string }, { json: string }>('data-check', { json: JSON.stringify(data) });

  it('passes on the shipped dataset and reports what it checked', async () => {
    const { code, output } = await run(raw);
    expect(code).to.equal(0);
    expect(output).to.include('valid: 23 programmes in 20 countries');
    expect(output).to.include('6 recorded conflicts');
  });

  it('fails on a broken copy with a line naming the programme id and field path', async () => {
    const data = copy();
    programme(data, 'it-digital-nomad').savings.value.amount = 'thirty thousand';
    const { code, output } = await run(data);
    expect(code).to.equal(1);
    expect(output).to.include('visas.json: it-digital-nomad: savings.value.amount: expected a number, got "thirty thousand"');
  });

  it('fails on a file that is not JSON', async () => {
    const { code, output } = await executeServerCommand<{ code: number; output: string }, { json: string }>('data-check', {
      json: '{ not json',
    });
    expect(code).to.equal(1);
    expect(output).to.include('cannot be read as JSON');
  });
});
