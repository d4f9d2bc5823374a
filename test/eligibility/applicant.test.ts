import { expect } from '@open-wc/testing';
import { programmes } from '../../src/data/dataset.js';
import { checkEligibility, type Profile } from '../../src/eligibility/index.js';
import { resultFor, strong } from './helpers.js';

/**
 * What each programme's conditions are, classified from the articles (typed here, not read from the data): a fact
 * only the applicant can confirm, a review by an authority of criteria the form checks, a criterion the sources
 * do not publish, or a rule while holding the permit.
 */
type Kinds = { confirm?: number; review?: number; unpublished?: number; 'rule-of-stay'?: number; incomeMonths?: number };
const CONDITIONS: Record<string, Kinds> = {
  'kz-digital-nomad': { review: 1 }, // Astana Hub reviews an IT professional's application, then interviews
  'kz-neo-nomad': {},
  'kz-b9': { unpublished: 1 }, // "qualified professionals in fields in demand", examples only
  'al-digital-nomad': {},
  'ad-digital-nomad': { review: 1, confirm: 1 }, // the Ministry of Economy's decision; willing to live 90 days a year
  'hu-white-card': { confirm: 1, 'rule-of-stay': 1, incomeMonths: 1 }, // no stake in a Hungarian company; 6 months' income
  'de-freelance': { confirm: 1 }, // provision for old age from 45
  'gr-digital-nomad': { 'rule-of-stay': 1 },
  'is-remote-work': { confirm: 1 }, // no long-term Icelandic visa in 12 months
  'es-digital-nomad': { confirm: 1 }, // at most 20 % for Spanish companies, a condition of the permit
  'it-digital-nomad': { unpublished: 1, confirm: 1 }, // "highly qualified" with no test; no criminal record
  'cy-digital-nomad': { confirm: 1 }, // no criminal record
  'lv-digital-nomad': { confirm: 1, 'rule-of-stay': 1 }, // able to work remotely; no work in Latvia itself
  'mt-nomad-residence': {},
  'nl-self-employed': { unpublished: 1 }, // the points system, with no points given
  'no-self-employed': { confirm: 1 }, // 2 years away after 6 years
  'pt-digital-nomad': {},
  'ro-digital-nomad': { incomeMonths: 1 }, // 6 months' income
  'hr-digital-nomad': { confirm: 1 }, // six months since an earlier permit expired
  'me-digital-nomad': { confirm: 2, 'rule-of-stay': 1 }, // a D visa or visa-free entry; six months away after 4 years
  'cz-digital-nomad': {},
  'cz-self-employed': { confirm: 1, unpublished: 1 }, // 18 and no record; "sometimes" education or experience
  'ee-digital-nomad': { 'rule-of-stay': 1, incomeMonths: 1 }, // 6 months' income
};

describe('every programme: requirement classes', () => {
  it('the table covers every programme', () => {
    expect(Object.keys(CONDITIONS)).to.have.members(programmes.map((p) => p.id));
  });
  for (const programme of programmes) {
    it(`${programme.id}: ${JSON.stringify(CONDITIONS[programme.id])}`, () => {
      const kinds = CONDITIONS[programme.id];
      const counts: Record<string, number> = {};
      for (const condition of programme.conditions) counts[condition.kind] = (counts[condition.kind] ?? 0) + 1;
      const { incomeMonths, ...conditionKinds } = kinds;
      expect(counts).to.deep.equal(conditionKinds);
      // Each classification rests on the source's own words, quoted in its note.
      for (const condition of programme.conditions.filter((c) => c.kind !== 'rule-of-stay')) expect(condition.note?.en).to.match(/„.+“/);
      const result = resultFor(programme.id, strong);
      // Unpublished criteria are open checks; facts to confirm and reviews are listed beside the verdict.
      const open = result.checks.filter((c) => c.requirement === 'unpublished');
      expect(open.length).to.equal(kinds.unpublished ?? 0);
      expect(open.every((c) => c.status === 'unknown' && c.cause === 'unpublished')).to.equal(true);
      for (const check of open) expect(check.message).to.include('Who decides:');
      // An income over past months is confirmed too: the form asks only for today's.
      expect(result.confirm.length).to.equal((kinds.confirm ?? 0) + (incomeMonths ?? 0));
      expect(result.reviewedBy.length).to.equal(kinds.review ?? 0);
      expect(result.conditions.length).to.equal(kinds['rule-of-stay'] ?? 0);
    });
  }

  it('a strong applicant is eligible wherever no criterion is left unpublished', () => {
    const eligible = checkEligibility(strong)
      .filter((r) => r.verdict === 'eligible')
      .map((r) => r.programme);
    expect(eligible).to.have.members([
      'kz-digital-nomad',
      'kz-neo-nomad',
      'al-digital-nomad',
      'ad-digital-nomad',
      'hu-white-card',
      'gr-digital-nomad',
      'is-remote-work',
      'es-digital-nomad',
      'cy-digital-nomad',
      'lv-digital-nomad',
      'mt-nomad-residence',
      'pt-digital-nomad',
      'ro-digital-nomad',
      'hr-digital-nomad',
      'me-digital-nomad',
      'cz-digital-nomad',
    ]);
    const cyprus = resultFor('cy-digital-nomad', strong);
    expect(cyprus.confirm).to.deep.equal(['No criminal record.']);
    expect(resultFor('kz-digital-nomad', strong).reviewedBy).to.deep.equal([
      'Astana Hub, on your application and portfolio, then in an online interview',
    ]);
  });
});

describe('complete profiles: "to be checked" only where a criterion is not published', () => {
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  const profiles: Record<string, Profile> = {
    employee: {
      citizenship: 'us',
      employment: 'employee',
      grossMonthlyIncome: eur(12000),
      monthlyIncome: eur(8000),
      savings: eur(60000),
      spouse: false,
      children: 0,
      degree: true,
      degreeField: 'stem',
      yearsExperience: 10,
      itProfessional: true,
      employerCountry: 'us',
      employerEmployees: 500,
      monthsWorking: 48,
    },
    freelancer: {
      citizenship: 'ca',
      employment: 'freelancer',
      grossMonthlyIncome: eur(10000),
      monthlyIncome: eur(7000),
      savings: eur(50000),
      spouse: true,
      children: 1,
      degree: true,
      degreeField: 'other',
      yearsExperience: 8,
      itProfessional: true,
      employerCountry: 'ca',
      clientCountries: ['ca', 'us'],
      monthsWorking: 40,
    },
    'business owner': {
      citizenship: 'gb',
      employment: 'business-owner',
      grossMonthlyIncome: eur(15000),
      monthlyIncome: eur(10000),
      savings: eur(100000),
      spouse: true,
      children: 0,
      degree: true,
      degreeField: 'stem',
      yearsExperience: 12,
      itProfessional: false,
      employerCountry: 'gb',
      clientCountries: ['gb', 'us'],
      monthsWorking: 60,
    },
  };
  for (const [name, profile] of Object.entries(profiles)) {
    it(`${name}: every open verdict rests on unpublished criteria only`, () => {
      const results = checkEligibility(profile);
      expect(results.length).to.equal(programmes.length);
      for (const result of results.filter((r) => r.verdict === 'unknown')) {
        const open = result.checks.filter((c) => c.status === 'unknown');
        expect(open.length, result.programme).to.be.greaterThan(0);
        for (const check of open) expect(check.cause, `${result.programme}: ${check.message}`).to.equal('unpublished');
      }
    });
  }
});

describe('no "eligible" without the rules that decide it', () => {
  // Every programme × every kind of work × each answer left out in turn: an "eligible" must rest on met checks only.
  const variants: Profile[] = [];
  for (const employment of ['employee', 'freelancer', 'business-owner'] as const) {
    const base: Profile = { ...strong, employment, ...(employment === 'employee' ? {} : { clientCountries: ['us'] }) };
    variants.push(base);
    for (const key of Object.keys(base) as (keyof Profile)[]) {
      const without: Profile = { ...base };
      delete without[key];
      if (key === 'degree') delete without.degreeField;
      variants.push(without);
    }
  }
  for (const programme of programmes) {
    it(`${programme.id}`, () => {
      const undecidable =
        programme.conditions.some((c) => c.kind === 'unpublished' || c.kind === 'assessment') ||
        [programme.income?.value, programme.savings?.value].some((v) => v?.type === 'unquantified' && v.kind !== 'document');
      for (const profile of variants) {
        const result = resultFor(programme.id, profile);
        if (result.verdict !== 'eligible') continue;
        expect(undecidable, JSON.stringify(profile)).to.equal(false);
        expect(
          result.checks.every((c) => c.status === 'met'),
          JSON.stringify(result.checks),
        ).to.equal(true);
      }
    });
  }
  it('no: without client countries a freelancer is at best to be checked', () => {
    const result = resultFor('no-self-employed', {
      ...strong,
      employment: 'freelancer',
      employerCountry: undefined,
      monthlyIncome: { amount: 41000, currency: 'NOK' },
    });
    expect(result.verdict).to.equal('unknown');
    expect(result.checks.find((c) => c.requirement === 'clients-in-country')!.message).to.equal(
      'Needs a contract with a client registered in Norway. You did not say where your clients are registered.',
    );
  });
  it('no: a company owner is told the article excludes a limited company', () => {
    const result = resultFor('no-self-employed', { ...strong, employment: 'business-owner' });
    expect(result.verdict).to.equal('ineligible');
    expect(result.checks.find((c) => c.requirement === 'employment')!.message).to.include('not as a limited company');
  });
  it('ro: proof of means without an amount does not hold up an applicant with savings', () => {
    expect(resultFor('ro-digital-nomad', strong).verdict).to.equal('eligible');
  });
});

describe('family, judged apart from the applicant', () => {
  const rows: [string, Profile, string, string][] = [
    // The applicant is eligible (confirming no Hungarian stake); the family cannot come.
    ['hu-white-card', { ...strong, citizenship: 'ca', spouse: true }, 'not-allowed', 'eligible'],
    ['lv-digital-nomad', { ...strong, children: 1 }, 'not-allowed', 'eligible'],
    [
      'no-self-employed',
      {
        ...strong,
        employment: 'freelancer',
        employerCountry: undefined,
        clientCountries: ['no'],
        spouse: true,
        monthlyIncome: { amount: 41000, currency: 'NOK' },
      },
      'conditional',
      'eligible',
    ],
    ['kz-neo-nomad', { ...strong, spouse: true }, 'unknown', 'eligible'], // the source says nothing
    ['gr-digital-nomad', { ...strong, spouse: true, children: 2 }, 'allowed', 'eligible'],
    ['hr-digital-nomad', { ...strong, children: 1 }, 'allowed', 'eligible'],
    ['pt-digital-nomad', { ...strong, spouse: true }, 'allowed', 'eligible'],
    ['me-digital-nomad', { ...strong, spouse: true, children: 1 }, 'allowed', 'eligible'],
    ['al-digital-nomad', { ...strong, spouse: true }, 'allowed', 'eligible'],
  ];
  for (const [programme, profile, family, verdict] of rows) {
    it(`${programme}: family ${family}, applicant ${verdict}`, () => {
      const result = resultFor(programme, profile);
      expect(result.family?.status).to.equal(family);
      expect(result.family!.message.length).to.be.greaterThan(10);
      expect(result.verdict).to.equal(verdict);
      expect(result.checks.some((c) => c.requirement === 'family')).to.equal(false);
    });
  }
  it('es: the 2025 list of family members is judged, the 2024 list is named beside it', () => {
    const result = resultFor('es-digital-nomad', { ...strong, spouse: true, children: 1 });
    expect(result.family!.status).to.equal('allowed');
    expect(result.family!.message).to.include('The 2024 source says otherwise: A spouse or partner, minor children and dependants');
  });
  it('says nothing of family for an applicant alone', () => {
    expect(resultFor('hu-white-card', { ...strong, spouse: false, children: 0 }).family).to.equal(undefined);
  });
  it('hu: a Canadian with a spouse qualifies alone; the family cannot come on the White Card', () => {
    const result = resultFor('hu-white-card', { ...strong, citizenship: 'ca', spouse: true });
    expect(result.checks.filter((c) => c.status === 'unmet')).to.deep.equal([]);
    expect(result.family!.message).to.match(/^Family members cannot come with you on this permit/);
    // The 2024 article says the same in other words: no disagreement is claimed.
    expect(result.family!.message).to.not.include('says otherwise');
  });
});

describe('two passports', () => {
  it('judges each programme with the passport that does best, and says which', () => {
    const [czech] = checkEligibility({ ...strong, citizenship: ['in', 'gb'] }, { programmes: ['cz-digital-nomad'] });
    expect([czech.verdict, czech.citizenship]).to.deep.equal(['eligible', 'gb']);
    const [portugal] = checkEligibility({ ...strong, citizenship: ['de', 'us'] }, { programmes: ['pt-digital-nomad'] });
    expect([portugal.verdict, portugal.citizenship, portugal.freeMovement]).to.deep.equal(['eligible', 'us', undefined]);
    const [iceland] = checkEligibility({ ...strong, citizenship: ['in', 'ua'] }, { programmes: ['is-remote-work'] });
    expect(iceland.citizenship).to.equal('ua'); // Ukrainians need no Schengen visa
  });
  it('keeps the first passport where both do equally well', () => {
    const [result] = checkEligibility({ ...strong, citizenship: ['us', 'ca'] }, { programmes: ['mt-nomad-residence'] });
    expect(result.citizenship).to.equal('us');
  });
  it('names no passport when only one was given', () => {
    expect(resultFor('mt-nomad-residence', strong).citizenship).to.equal(undefined);
    expect(resultFor('mt-nomad-residence', { ...strong, citizenship: ['us'] }).citizenship).to.equal(undefined);
  });
  it('tells an EU citizen there is no visa to get, and offers no change', () => {
    const result = resultFor('es-digital-nomad', { ...strong, citizenship: 'fr' });
    expect([result.verdict, result.freeMovement, result.nearMiss]).to.deep.equal(['ineligible', true, []]);
  });
});
