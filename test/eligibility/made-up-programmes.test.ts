/**
 * Each rule, one row per case, over small made-up programmes: a rule bug fails here whatever the real data says,
 * and a data fix cannot hide one. The tests against the articles' programmes stay as they are.
 */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import type { Programme } from '../../src/data/schema.js';
import { CHECKERS } from '../../src/eligibility/checkers.js';
import { createEligibilityChecker, type EligibilityResult, type Profile } from '../../src/eligibility/index.js';
import { requirementRows } from '../../src/eligibility/requirements.js';

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
  /** Why the check is open, where it is. */
  cause?: string;
  confirm?: string[];
  reviewedBy?: string[];
  verdict: EligibilityResult['verdict'];
};

/**
 * Before or after tax, every pairing, at, just below and just above the amount. Net never exceeds gross: a net
 * figure that reaches an amount meets it on any basis, a gross figure below one fails it on any basis. An amount
 * after tax (or of unstated basis) is met by a gross figure alone only at twice the amount or more; with both
 * figures, an unstated basis between them decides nothing (the sources do not publish it).
 */
function basisRows(): Row[] {
  type Given = { net?: number; gross?: number };
  const table: [Given, 'net' | 'gross' | 'unspecified', number, 'met' | 'unmet' | 'unknown', string?][] = [
    // Net only.
    [{ net: 5000 }, 'net', 5000, 'met'],
    [{ net: 5000 }, 'net', 5000.01, 'unmet'],
    [{ net: 5000 }, 'gross', 4999.99, 'met'],
    [{ net: 5000 }, 'gross', 5000.01, 'unknown', 'answer'],
    [{ net: 5000 }, 'unspecified', 5000, 'met'],
    [{ net: 5000 }, 'unspecified', 5000.01, 'unknown', 'answer'],
    // Gross only.
    [{ gross: 5000 }, 'gross', 5000, 'met'],
    [{ gross: 5000 }, 'gross', 5000.01, 'unmet'],
    [{ gross: 5000 }, 'net', 5000.01, 'unmet'],
    [{ gross: 5000 }, 'net', 4999.99, 'unknown', 'answer'],
    [{ gross: 5000 }, 'net', 2500.01, 'unknown', 'answer'],
    [{ gross: 5000 }, 'net', 2500, 'met'],
    [{ gross: 5000 }, 'unspecified', 5000.01, 'unmet'],
    [{ gross: 5000 }, 'unspecified', 4999.99, 'unknown', 'answer'],
    [{ gross: 5000 }, 'unspecified', 2500, 'met'],
    [{ gross: 5000 }, 'unspecified', 2499.99, 'met'],
    // Both.
    [{ gross: 5000, net: 3500 }, 'net', 3500, 'met'],
    [{ gross: 5000, net: 3500 }, 'net', 3500.01, 'unmet'],
    [{ gross: 5000, net: 3500 }, 'gross', 5000, 'met'],
    [{ gross: 5000, net: 3500 }, 'gross', 5000.01, 'unmet'],
    [{ gross: 5000, net: 3500 }, 'unspecified', 3500, 'met'],
    [{ gross: 5000, net: 3500 }, 'unspecified', 3500.01, 'unknown', 'unpublished'],
    [{ gross: 5000, net: 3500 }, 'unspecified', 5000, 'unknown', 'unpublished'],
    [{ gross: 5000, net: 3500 }, 'unspecified', 5000.01, 'unmet'],
  ];
  const verdicts = { met: 'eligible', unmet: 'ineligible', unknown: 'unknown' } as const;
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  return table.map(([given, basis, amount, status, cause]) => {
    const { monthlyIncome: _, ...rest } = full;
    const profile: Profile = {
      ...rest,
      ...(given.net !== undefined ? { monthlyIncome: eur(given.net) } : {}),
      ...(given.gross !== undefined ? { grossMonthlyIncome: eur(given.gross) } : {}),
    };
    return {
      name: `basis: ${JSON.stringify(given)} against ${amount} € ${basis}: ${status}${cause ? ` (${cause})` : ''}`,
      programme: made({ income: incomeOf(amount, { basis }) }),
      profile,
      requirement: 'income',
      status,
      ...(cause ? { cause } : {}),
      verdict: verdicts[status],
    };
  });
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
    name: 'employer in a group: an employer in the OECD',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-in-group', group: 'OECD' })] }),
    profile: full,
    requirement: 'employer-in-group',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'employer in a group: an employer outside the OECD',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-in-group', group: 'OECD' })] }),
    profile: { ...full, employerCountry: 'in' },
    requirement: 'employer-in-group',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: "employer in a group: the employer's country not given",
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'employer-in-group', group: 'OECD' })] }),
    profile: { ...full, employerCountry: undefined },
    requirement: 'employer-in-group',
    status: 'unknown',
    cause: 'answer',
    verdict: 'unknown',
  },
  {
    name: 'IT professional: yes',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'it-professional' })] }),
    profile: { ...full, itProfessional: true },
    requirement: 'it-professional',
    status: 'met',
    verdict: 'eligible',
  },
  {
    name: 'IT professional: no',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'it-professional' })] }),
    profile: { ...full, itProfessional: false },
    requirement: 'it-professional',
    status: 'unmet',
    verdict: 'ineligible',
  },
  {
    name: 'IT professional: not said, only for freelancers, and an employee asks',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'it-professional', appliesTo: ['freelancer'] })] }),
    profile: full,
    verdict: 'eligible',
  },
  {
    name: 'IT professional: not said',
    programme: made({ income: incomeOf(3000), checks: [sourced({ type: 'it-professional' })] }),
    profile: full,
    requirement: 'it-professional',
    status: 'unknown',
    cause: 'answer',
    verdict: 'unknown',
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
    name: 'an unpublished criterion keeps the verdict open, and says who decides',
    programme: made({
      income: incomeOf(3000),
      conditions: [{ kind: 'unpublished', text: text('A points test.'), sources: S, decidedBy: text('The ministry.') }],
    }),
    profile: full,
    requirement: 'unpublished',
    status: 'unknown',
    cause: 'unpublished',
    verdict: 'unknown',
  },
  {
    name: 'the older kind "assessment" is read as unpublished',
    programme: made({
      income: incomeOf(3000),
      conditions: [{ kind: 'assessment', text: text('An interview.'), sources: S, decidedBy: text('The ministry.') }],
    }),
    profile: full,
    requirement: 'unpublished',
    status: 'unknown',
    cause: 'unpublished',
    verdict: 'unknown',
  },
  {
    name: 'a fact to confirm never holds the verdict open',
    programme: made({ income: incomeOf(3000), conditions: [{ kind: 'confirm', text: text('No criminal record.'), sources: S }] }),
    profile: full,
    confirm: ['No criminal record.'],
    verdict: 'eligible',
  },
  {
    name: 'the older kind "declaration" is read as a fact to confirm',
    programme: made({ income: incomeOf(3000), conditions: [{ kind: 'declaration', text: text('No criminal record.'), sources: S }] }),
    profile: full,
    confirm: ['No criminal record.'],
    verdict: 'eligible',
  },
  {
    name: 'a review when you apply never holds the verdict open, and says who reviews',
    programme: made({
      income: incomeOf(3000),
      conditions: [{ kind: 'review', text: text('The hub reviews it.'), sources: S, reviewedBy: text('The hub') }],
    }),
    profile: full,
    reviewedBy: ['The hub'],
    verdict: 'eligible',
  },
  {
    name: 'a fact to confirm does not open a verdict that fails a checkable rule',
    programme: made({ income: incomeOf(6000), conditions: [{ kind: 'confirm', text: text('No criminal record.'), sources: S }] }),
    profile: full,
    requirement: 'income',
    status: 'unmet',
    confirm: ['No criminal record.'],
    verdict: 'ineligible',
  },
  {
    name: 'a rule of stay never changes the verdict',
    programme: made({ income: incomeOf(3000), conditions: [{ kind: 'rule-of-stay', text: text('No local work.'), sources: S }] }),
    profile: full,
    verdict: 'eligible',
  },
];

describe('each rule over made-up programmes', () => {
  it('covers every kind of checker', () => {
    const kinds = new Set(rows.flatMap((row) => requirementRows(row.programme).map((r) => r.kind)));
    expect([...kinds].sort()).to.deep.equal(Object.keys(CHECKERS).sort());
  });

  for (const row of rows) {
    it(row.name, () => {
      const result = judge(row.programme, row.profile);
      if (row.requirement) expect(status(result, row.requirement), JSON.stringify(result.checks)).to.equal(row.status);
      if (row.cause) expect(result.checks.find((c) => c.requirement === row.requirement)?.cause).to.equal(row.cause);
      expect(result.confirm).to.deep.equal(row.confirm ?? []);
      expect(result.reviewedBy).to.deep.equal(row.reviewedBy ?? []);
      expect(result.verdict, JSON.stringify(result.checks)).to.equal(row.verdict);
      // Every open check says why it is open.
      for (const check of result.checks.filter((c) => c.status === 'unknown')) expect(check.cause, check.message).to.be.a('string');
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
