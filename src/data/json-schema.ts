/**
 * The dataset's JSON Schema, generated from the zod schema, so an editor (VS Code, JetBrains) completes field
 * names and marks mistakes while a dataset is edited. It describes the file's shape; the rules that span fields
 * (cited sources exist, the default language in every text, ids that match countries) are checked by
 * `nomad-visa-widgets check`. Node only: the widgets never load it, so its descriptions cost visitors nothing.
 */
import * as z from 'zod/mini';
import * as s from './schema.js';

interface Meta {
  id?: string;
  description?: string;
  /** What a zod refinement says that JSON Schema can say too (a text needs one language at least). */
  minProperties?: number;
}

/** Named definitions with the help an editor shows on hover. */
const NAMED: [z.core.$ZodType, Meta][] = [
  [
    s.localizedText,
    { id: 'Text', description: 'A text per language (en, de, ru). The default language is required; others fall back.', minProperties: 1 },
  ],
  [s.partialDate, { id: 'PartialDate', description: 'An ISO date as precise as the source: 2025, 2025-03 or 2025-03-14.' }],
  [s.sourceRefs, { id: 'SourceIds', description: 'Ids of entries in the top-level `sources` list.' }],
  [s.countryCode, { id: 'Country', description: 'ISO 3166-1 alpha-2 code, lowercase (pt, es, hr).' }],
  [s.currency, { id: 'Currency', description: 'ISO 4217 code; every currency but EUR needs a primary exchange rate.' }],
  [s.duration, { id: 'Duration' }],
  [s.sourcedText, { id: 'SourcedText', description: 'A sentence with the sources it comes from.' }],
  [s.condition, { id: 'Condition', description: 'A requirement no form can check: assessment, declaration or rule-of-stay.' }],
  [s.incomeRequirement, { id: 'IncomeRequirement', description: 'none, unquantified (a document or an assessment) or an amount.' }],
  [s.savingsRequirement, { id: 'SavingsRequirement' }],
  [s.familyRules, { id: 'FamilyRules' }],
  [s.validity, { id: 'Validity' }],
  [s.processingTime, { id: 'ProcessingTime' }],
  [s.fee, { id: 'Fee' }],
  [s.application, { id: 'Application' }],
  [s.nationalityRules, { id: 'NationalityRules' }],
  [s.employmentRules, { id: 'EmploymentRules' }],
  [s.checkableRequirement, { id: 'Check', description: 'A requirement the eligibility form checks against the visitor’s answers.' }],
  [s.costOfLiving, { id: 'CostOfLiving' }],
  [
    s.programmeSchema,
    {
      id: 'Programme',
      description:
        'One visa programme. Every fact is { value, sources, note?, conflicts? }; `sources` and `asOf` are derived: leave them out.',
    },
  ],
  [s.sourceSchema, { id: 'Source', description: 'An article or reference a fact cites; `asOf` is the date its facts hold for.' }],
  [s.exchangeRateSchema, { id: 'ExchangeRate', description: '`amount` of `currency` is worth `eur` euros, as the source states it.' }],
  [s.countryGroupSchema, { id: 'CountryGroup' }],
];

function generate(schema: z.core.$ZodType): Record<string, unknown> {
  const metadata = z.registry<Meta>();
  for (const [named, meta] of NAMED) metadata.add(named, meta);
  return z.toJSONSchema(schema, { io: 'input', metadata, target: 'draft-2020-12' });
}

/** For a table of exchange rates (`<visa-data rates-src>`). */
export function rateTableJsonSchema(): Record<string, unknown> {
  return {
    ...generate(s.rateTableSchema),
    title: 'nomad-visa-widgets exchange rates',
    description:
      "Dated, sourced exchange rates for <visa-data rates-src>; a currency's primary rate here replaces the dataset's. " +
      'Check a file with `npx nomad-visa-widgets check FILE`.',
  };
}

export function datasetJsonSchema(): Record<string, unknown> {
  const generated = generate(s.datasetSchema);
  return {
    ...generated,
    title: 'nomad-visa-widgets dataset',
    description:
      'Visa programmes with their sources, for <visa-data src>. Check a file with `npx nomad-visa-widgets check FILE`: it also ' +
      'checks what this schema cannot (cited sources exist, every text is given in the default language).',
  };
}
