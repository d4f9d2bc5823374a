import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import raw from '../../data/visas.json';
import { FRESH_RATES } from './fresh-rates.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Json => JSON.parse(JSON.stringify(raw));
const programme = (data: Json, id: string): Json => data.programmes.find((p: Json) => p.id === id);

interface SchemaResult {
  upToDate: boolean;
  valid: boolean;
  errors: string[];
}
const againstSchema = (data: unknown, schema: 'visas' | 'rates' = 'visas') =>
  executeServerCommand<SchemaResult, { json: string; schema: string }>('json-schema', { json: JSON.stringify(data), schema });

describe('data/visas.schema.json (for editors)', () => {
  it('is what npm run data:schema generates from the zod schema', async () => {
    const { upToDate } = await againstSchema(raw);
    expect(upToDate, 'run npm run data:schema').to.equal(true);
  });

  it('accepts the shipped dataset, which names it in $schema', async () => {
    expect((raw as Json).$schema).to.equal('./visas.schema.json');
    const { valid, errors } = await againstSchema(raw);
    expect(errors).to.deep.equal([]);
    expect(valid).to.equal(true);
  });

  it('accepts a dataset in its default language only', async () => {
    const data = copy();
    data.defaultLanguage = 'de';
    delete programme(data, 'pt-digital-nomad').title.en;
    delete programme(data, 'pt-digital-nomad').title.ru;
    expect((await againstSchema(data)).valid).to.equal(true);
  });

  it('marks the mistakes an editor makes, at their place', async () => {
    const data = copy();
    programme(data, 'pt-digital-nomad').income.value.amount = '3480';
    programme(data, 'hr-digital-nomad').savings.value.rolle = 'x';
    programme(data, 'es-digital-nomad').kind = 'nomad';
    programme(data, 'ee-digital-nomad').title = {};
    const { valid, errors } = await againstSchema(data);
    expect(valid).to.equal(false);
    const index = (id: string) => (raw as Json).programmes.findIndex((p: Json) => p.id === id);
    expect(errors.join('\n')).to.include(`/programmes/${index('pt-digital-nomad')}/income/value/amount must be number`);
    expect(errors.join('\n')).to.include(`/programmes/${index('hr-digital-nomad')}/savings/value must NOT have additional properties`);
    expect(errors.join('\n')).to.include(`/programmes/${index('es-digital-nomad')}/kind must be equal to one of the allowed values`);
    expect(errors.join('\n')).to.include(`/programmes/${index('ee-digital-nomad')}/title must NOT have fewer than 1 properties`);
  });
});

describe('data/rates.schema.json (for editors of a rate table)', () => {
  it('is up to date, accepts a good table and marks a bad one', async () => {
    const good = await againstSchema(FRESH_RATES, 'rates');
    expect(good.upToDate, 'run npm run data:schema').to.equal(true);
    expect(good.errors).to.deep.equal([]);
    const bad = structuredClone(FRESH_RATES) as unknown as Json;
    bad.exchangeRates[0].currency = 'XYZ';
    expect((await againstSchema(bad, 'rates')).errors.join('\n')).to.include(
      '/exchangeRates/0/currency must be equal to one of the allowed values',
    );
  });
});

describe('npx nomad-visa-widgets check (the package bin)', () => {
  const run = (json: string) => executeServerCommand<{ code: number; output: string }, { json: string }>('bin-check', { json });

  it('passes on a good file and says what it checked', async () => {
    const { code, output } = await run(JSON.stringify(raw));
    expect(output).to.include('visas.json: valid: 23 programmes in 20 countries, 6 sources');
    expect(code).to.equal(0);
  });

  it('fails on a broken file with every problem, each naming the programme id and field path', async () => {
    const data = copy();
    programme(data, 'it-digital-nomad').savings.value.amount = 'thirty thousand';
    delete programme(data, 'ee-digital-nomad').summary.en;
    const { code, output } = await run(JSON.stringify(data));
    expect(code).to.equal(1);
    expect(output).to.include('visas.json: it-digital-nomad: savings.value.amount: expected a number, got "thirty thousand"');
    expect(output).to.include('visas.json: ee-digital-nomad: summary: missing the text in the default language "en" (given: de, ru)');
    expect(output).to.include('visas.json: 2 problem(s) found.');
  });

  it('fails on a file with a citation of an unknown source', async () => {
    const data = copy();
    programme(data, 'pt-digital-nomad').notes.push({ text: { en: 'A note.' }, sources: ['agency-notes'] });
    const { code, output } = await run(JSON.stringify(data));
    expect(code).to.equal(1);
    expect(output).to.match(/visas\.json: pt-digital-nomad: notes\[\d+\]\.sources: unknown source "agency-notes"/);
  });

  it('checks a rate table as <visa-data rates-src> does', async () => {
    const good = await run(JSON.stringify(FRESH_RATES));
    expect(good.output).to.include('visas.json: valid exchange rates: primary for USD, GBP, 1 sources.');
    expect(good.code).to.equal(0);
    const bad = structuredClone(FRESH_RATES) as unknown as Json;
    bad.exchangeRates[1].eur = 0;
    const failed = await run(JSON.stringify(bad));
    expect(failed.output).to.include('visas.json: exchangeRates[1].eur: must be more than 0, got 0');
    expect(failed.code).to.equal(1);
  });

  it('fails on a file that is not JSON', async () => {
    const { code, output } = await run('{ not json');
    expect(code).to.equal(1);
    expect(output).to.include('visas.json: cannot be read as JSON');
  });
});
