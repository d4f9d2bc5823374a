/**
 * Each rule, one row per case, over small made-up programmes: a rule bug fails here whatever the real data says,
 * and a data fix cannot hide one. The tests against the articles' programmes stay as they are.
 */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import type { Programme } from '../../src/data/schema.js';
import { createEligibilityChecker, type EligibilityResult, type Profile } from '../../src/eligibility/index.js';

const S = [dataset.sources[0].id];
const OLD = [dataset.sources.find((s) => s.asOf < dataset.sources[0].asOf)?.id ?? dataset.sources[1].id];
const text = (en: string) => ({ en, de: en, ru: en });
const sourced = <T>(value: T, conflicts?: { value: T; sources: string[] }[]) => ({
  value,
  sources: S,
  ...(conflicts ? { conflicts } : {}),
});
const incomeOf = (amount: number, extra: object = {}) =>
  sourced({ type: 'amount', amount, currency: 'EUR', period: 'month', basis: 'net', ...extra });

function made(fields: Partial<Record<keyof Programme, unknown>> = {}): Programme {
  return {
    id: 'xx-made-up',
    country: 'pt',
    kind: 'digital-nomad',
    officialName: sourced('Made-up visa'),
    title: text('Made-up visa'),
    summary: text('A test programme.'),
    sources: S,
    asOf: dataset.sources[0].asOf,
    checks: [],
    prepare: [],
    conditions: [],
    tax: [],
    notes: [],
    ...fields,
  } as Programme;
}

function judge(programme: Programme, profile: Profile): EligibilityResult {
  return createEligibilityChecker({ ...dataset, programmes: [programme] })(profile)[0];
}

const status = (result: EligibilityResult, requirement: string) => result.checks.find((c) => c.requirement === requirement)?.status;
const full: Profile = {
  citizenship: 'us',
  employment: 'employee',
  monthlyIncome: { amount: 5000, currency: 'EUR' },
  savings: { amount: 50000, currency: 'EUR' },
  employerCountry: 'us',
};

type Row = {
  name: string;
  programme: Programme;
  profile: Profile;
  requirement?: string;
  status?: 'met' | 'unmet' | 'unknown';
  verdict: EligibilityResult['verdict'];
};

/**
 * Before or after tax, every pairing. Net never exceeds gross: a net income at or above an amount meets it on
 * any basis, a gross income below one fails it on any basis, and the rest decide nothing. Income 5,000 €.
 */
function basisRows(): Row[] {
  const table: ['net' | 'gross', 'net' | 'gross' | 'unspecified', number, 'met' | 'unmet' | 'unknown'][] = [
    ['net', 'net', 4500, 'met'],
    ['net', 'net', 5500, 'unmet'],
    ['net', 'gross', 4500, 'met'],
    ['net', 'gross', 5500, 'unknown'],
    ['net', 'unspecified', 4500, 'met'],
    ['net', 'unspecified', 5500, 'unknown'],
    ['gross', 'gross', 4500, 'met'],
    ['gross', 'gross', 5500, 'unmet'],
    ['gross', 'net', 4500, 'unknown'],
    ['gross', 'net', 5500, 'unmet'],
    ['gross', 'unspecified', 4500, 'unknown'],
    ['gross', 'unspecified', 5500, 'unmet'],
  ];
  const verdicts = { met: 'eligible', unmet: 'ineligible', unknown: 'unknown' } as const;
  return table.map(([given, basis, amount, status]) => ({
    name: `basis: a ${given} income against ${amount} € ${basis}: ${status}`,
    programme: made({ income: incomeOf(amount, { basis }) }),
    profile: { ...full, incomeBasis: given },
    requirement: 'income',
    status,
    verdict: verdicts[status],
  }));
}
const rows: Row[] = [
  {
    name: 'nothing to check is never eligible',
    programme: made(),
    profile: full,
    requirement: 'sources',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'income above the threshold',
    programme: made({ income: incomeOf(3000) }),
    profile: full,
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'income exactly at the threshold',
    programme: made({ income: incomeOf(5000) }),
    profile: full,
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'income below the threshold',
    programme: made({ income: incomeOf(5001) }),
    profile: full,
    requirement: 'income',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'no income given',
    programme: made({ income: incomeOf(3000) }),
    profile: { citizenship: 'us' },
    requirement: 'income',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'a yearly threshold, monthly income',
    programme: made({ income: incomeOf(60000, { period: 'year' }) }),
    profile: full,
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'a yearly threshold just missed',
    programme: made({ income: incomeOf(60012, { period: 'year' }) }),
    profile: full,
    requirement: 'income',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'income in another currency, converted',
    programme: made({ income: incomeOf(3000) }),
    profile: { ...full, monthlyIncome: { amount: 4000, currency: 'USD' } },
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'a gross threshold against net income below it: only the authority can tell',
    programme: made({ income: incomeOf(5500, { basis: 'gross' }) }),
    profile: full,
    requirement: 'income',
    status: 'unknown',
    verdict: 'unknown',
  },
  ...basisRows(),
  {
    name: 'a spouse raises a percent uplift',
    programme: made({
      income: incomeOf(4500),
      family: sourced({ allowed: 'yes', incomeUplift: { type: 'percent', spouse: 20, perChild: 15 } }),
    }),
    profile: { ...full, spouse: true },
    requirement: 'income',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'no uplift without family',
    programme: made({
      income: incomeOf(4500),
      family: sourced({ allowed: 'yes', incomeUplift: { type: 'percent', spouse: 20, perChild: 15 } }),
    }),
    profile: full,
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'older source disagrees on the verdict: unknown',
    programme: made({
      income: sourced({ type: 'amount', amount: 4000, currency: 'EUR', period: 'month', basis: 'net' }, [
        { value: { type: 'amount', amount: 6000, currency: 'EUR', period: 'month', basis: 'net' }, sources: OLD },
      ]),
    }),
    profile: full,
    requirement: 'income',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'older source agrees on the verdict: met',
    programme: made({
      income: sourced({ type: 'amount', amount: 4000, currency: 'EUR', period: 'month', basis: 'net' }, [
        { value: { type: 'amount', amount: 4500, currency: 'EUR', period: 'month', basis: 'net' }, sources: OLD },
      ]),
    }),
    profile: full,
    requirement: 'income',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'savings required and held',
    programme: made({ savings: sourced({ type: 'amount', amount: 20000, currency: 'EUR', role: 'required' }) }),
    profile: full,
    requirement: 'savings',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'savings required and short',
    programme: made({ savings: sourced({ type: 'amount', amount: 60000, currency: 'EUR', role: 'required' }) }),
    profile: full,
    requirement: 'savings',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'savings as an alternative to a missed income',
    programme: made({
      income: incomeOf(6000),
      savings: sourced({ type: 'amount', amount: 40000, currency: 'EUR', role: 'alternative-to-income' }),
    }),
    profile: full,
    verdict: 'eligible',
  },
  {
    name: 'an income only an authority judges',
    programme: made({
      income: sourced({
        type: 'unquantified',
        description: text('Stable income.'),
        kind: 'assessment',
        decidedBy: text('The immigration office.'),
      }),
    }),
    profile: full,
    requirement: 'income',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'proof of means as a document never changes a verdict',
    programme: made({
      income: incomeOf(3000),
      savings: sourced({ type: 'unquantified', description: text('Proof of means.'), kind: 'document' }),
    }),
    profile: full,
    verdict: 'eligible',
  },
  {
    name: 'nationality allowed by group',
    programme: made({ income: incomeOf(3000), nationality: sourced({ allowed: ['OECD'], excludedListComplete: true }) }),
    profile: full,
    requirement: 'citizenship',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'nationality not in the allowed list',
    programme: made({ income: incomeOf(3000), nationality: sourced({ allowed: ['ca'], excludedListComplete: true }) }),
    profile: full,
    requirement: 'citizenship',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'nationality excluded',
    programme: made({ income: incomeOf(3000), nationality: sourced({ excluded: ['us'], excludedListComplete: true }) }),
    profile: full,
    requirement: 'citizenship',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'an incomplete exclusion list that does not name the passport',
    programme: made({ income: incomeOf(3000), nationality: sourced({ excluded: ['ru'], excludedListComplete: false }) }),
    profile: full,
    requirement: 'citizenship',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'EU citizen in an EU country: free movement, no visa',
    programme: made({ income: incomeOf(3000) }),
    profile: { ...full, citizenship: 'de' },
    requirement: 'free-movement',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'employment accepted',
    programme: made({
      income: incomeOf(3000),
      employment: sourced({ employee: 'accepted', freelancer: 'not-accepted', 'business-owner': 'unclear' }),
    }),
    profile: full,
    requirement: 'employment',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'employment not accepted',
    programme: made({
      income: incomeOf(3000),
      employment: sourced({ employee: 'not-accepted', freelancer: 'accepted', 'business-owner': 'accepted' }),
    }),
    profile: full,
    requirement: 'employment',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'employment unclear in the source',
    programme: made({
      income: incomeOf(3000),
      employment: sourced({ employee: 'unclear', freelancer: 'accepted', 'business-owner': 'accepted' }),
    }),
    profile: full,
    requirement: 'employment',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'employer abroad: met',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-abroad' })] }),
    profile: full,
    requirement: 'employer-abroad',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'employer abroad: the employer is in the country',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-abroad' })] }),
    profile: { ...full, employerCountry: 'pt' },
    requirement: 'employer-abroad',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'employer size below the minimum',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-min-employees', min: 50 })] }),
    profile: { ...full, employerEmployees: 10 },
    requirement: 'employer-min-employees',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'a rule for freelancers does not apply to an employee',
    programme: made({
      income: incomeOf(3000),
      checks: [sourced({ type: 'clients-in-country', country: 'pt', appliesTo: ['freelancer'] })],
    }),
    profile: full,
    verdict: 'eligible',
  },
  {
    name: 'a client in the country: missing',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'clients-in-country', country: 'pt' })] }),
    profile: { ...full, employment: 'freelancer', clientCountries: ['de'] },
    requirement: 'clients-in-country',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'months with the employer: strictly more than six, six given',
    programme: made({
      income: incomeOf(3000),
      checks: [sourced({ type: 'min-months-working', months: 6, inclusive: false, subject: 'current-employer' })],
    }),
    profile: { ...full, monthsWorking: 6 },
    requirement: 'min-months-working',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'months of remote work, six given: earlier remote work may count',
    programme: made({
      income: incomeOf(3000),
      checks: [sourced({ type: 'min-months-working', months: 6, inclusive: false, subject: 'remote-work' })],
    }),
    profile: { ...full, monthsWorking: 6 },
    requirement: 'min-months-working',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'months working: at least six, six given',
    programme: made({
      income: incomeOf(3000),
      checks: [sourced({ type: 'min-months-working', months: 6, inclusive: true, subject: 'remote-work' })],
    }),
    profile: { ...full, monthsWorking: 6 },
    requirement: 'min-months-working',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'degree or experience: years stand in',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'degree-or-experience', experienceYears: 3 })] }),
    profile: { ...full, degree: false, yearsExperience: 3 },
    requirement: 'degree-or-experience',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'degree or experience: neither',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'degree-or-experience', experienceYears: 3 })] }),
    profile: { ...full, degree: false, yearsExperience: 1 },
    requirement: 'degree-or-experience',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'Schengen visa-free: a US passport',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'schengen-visa-free' })] }),
    profile: full,
    requirement: 'schengen-visa-free',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'Schengen visa-free: an Indian passport',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'schengen-visa-free' })] }),
    profile: { ...full, citizenship: 'in' },
    requirement: 'schengen-visa-free',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'an assessment keeps the verdict open',
    programme: made({
      income: incomeOf(3000),
      conditions: [{ kind: 'assessment', text: text('An interview.'), sources: S, decidedBy: text('The ministry.') }],
    }),
    profile: full,
    requirement: 'assessment',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'a declaration keeps the verdict open',
    programme: made({ income: incomeOf(3000), conditions: [{ kind: 'declaration', text: text('No criminal record.'), sources: S }] }),
    profile: full,
    requirement: 'declaration',
    status: 'unknown',
    verdict: 'unknown',
  },
  {
    name: 'a rule of stay never changes the verdict',
    programme: made({ income: incomeOf(3000), conditions: [{ kind: 'rule-of-stay', text: text('No local work.'), sources: S }] }),
    profile: full,
    verdict: 'eligible',
  },
];

describe('each rule over made-up programmes', () => {
  for (const row of rows) {
    it(row.name, () => {
      const result = judge(row.programme, row.profile);
      if (row.requirement) expect(status(result, row.requirement), JSON.stringify(result.checks)).to.equal(row.status);
      expect(result.verdict, JSON.stringify(result.checks)).to.equal(row.verdict);
    });
  }

  it('family: allowed, not allowed and conditional are reported apart from the verdict', () => {
    const family = (allowed: 'yes' | 'no' | 'conditional') =>
      judge(made({ income: incomeOf(3000), family: sourced({ allowed }) }), { ...full, children: 1 });
    expect(family('yes').family!.status).to.equal('allowed');
    expect(family('no').family!.status).to.equal('not-allowed');
    expect(family('conditional').family!.status).to.equal('conditional');
    expect(family('no').verdict).to.equal('eligible');
    expect(judge(made({ income: incomeOf(3000) }), full).family).to.equal(undefined);
  });

  it('near-miss: the income shortfall, re-checked to eligible', () => {
    const result = judge(made({ income: incomeOf(5600) }), full);
    expect(result.nearMiss.map((c) => [c.requirement, c.shortfall?.amount])).to.deep.equal([['income', 600]]);
    expect(result.nearMissVerdict).to.equal('eligible');
  });

  it('a dual national is judged with the better passport', () => {
    const result = judge(made({ income: incomeOf(3000), nationality: sourced({ allowed: ['ca'], excludedListComplete: true }) }), {
      ...full,
      citizenship: ['us', 'ca'],
    });
    expect(result.verdict).to.equal('eligible');
    expect(result.citizenship).to.equal('ca');
  });
});
