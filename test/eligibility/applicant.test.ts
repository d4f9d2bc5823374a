import { expect } from '@open-wc/testing';
import { programmes } from '../../src/data/dataset.js';
import { checkEligibility, type Profile } from '../../src/eligibility/index.js';
import { resultFor, strong } from './helpers.js';

/**
 * What each programme's conditions are, classified from the articles (typed here, not read from the data):
 * an authority's assessment, the applicant's own declaration, or a rule while holding the permit.
 */
const CONDITIONS: Record<string, { assessment?: number; declaration?: number; 'rule-of-stay'?: number }> = {
  'kz-digital-nomad': { assessment: 1 }, // Astana Hub, portfolio and interview
  'kz-neo-nomad': {},
  'kz-b9': { assessment: 1 }, // a qualified professional in a field in demand
  'al-digital-nomad': {},
  'ad-digital-nomad': { assessment: 1, 'rule-of-stay': 1 }, // the Ministry of Economy's decision; 90 days a year
  'hu-white-card': { declaration: 1, 'rule-of-stay': 1 },
  'de-freelance': { declaration: 1 }, // provision for old age from 45
  'gr-digital-nomad': { 'rule-of-stay': 1 },
  'is-remote-work': { declaration: 1 }, // no long-term Icelandic visa in 12 months
  'es-digital-nomad': { 'rule-of-stay': 1 }, // at most 20 % for Spanish companies
  'it-digital-nomad': { assessment: 1, declaration: 1 }, // highly qualified work; no criminal record
  'cy-digital-nomad': { declaration: 1 }, // no criminal record
  'lv-digital-nomad': { 'rule-of-stay': 2 },
  'mt-nomad-residence': {},
  'nl-self-employed': { assessment: 1 }, // the points system
  'no-self-employed': {},
  'pt-digital-nomad': {},
  'ro-digital-nomad': {},
  'hr-digital-nomad': {},
  'me-digital-nomad': { declaration: 1, 'rule-of-stay': 1 },
  'cz-digital-nomad': {},
  'cz-self-employed': { assessment: 1 }, // the trade licence
  'ee-digital-nomad': { 'rule-of-stay': 1 },
};

describe('every programme: requirement classes', () => {
  it('the table covers every programme', () => {
    expect(Object.keys(CONDITIONS)).to.have.members(programmes.map((p) => p.id));
  });
  for (const programme of programmes) {
    it(`${programme.id}: ${JSON.stringify(CONDITIONS[programme.id])}`, () => {
      const counts: Record<string, number> = {};
      for (const condition of programme.conditions) counts[condition.kind] = (counts[condition.kind] ?? 0) + 1;
      expect(counts).to.deep.equal(CONDITIONS[programme.id]);
      const result = resultFor(programme.id, strong);
      // Assessments and declarations are open checks; rules of stay are listed and never checks.
      const open = result.checks.filter((c) => c.requirement === 'assessment' || c.requirement === 'declaration');
      expect(open.length).to.equal((CONDITIONS[programme.id].assessment ?? 0) + (CONDITIONS[programme.id].declaration ?? 0));
      expect(open.every((c) => c.status === 'unknown')).to.equal(true);
      expect(result.conditions.length).to.equal(CONDITIONS[programme.id]['rule-of-stay'] ?? 0);
      for (const check of result.checks.filter((c) => c.requirement === 'assessment')) expect(check.message).to.include('Who decides:');
    });
  }

  it('a strong applicant is eligible exactly where nothing is left to an authority or to their own word', () => {
    const eligible = checkEligibility(strong)
      .filter((r) => r.verdict === 'eligible')
      .map((r) => r.programme);
    expect(eligible).to.have.members([
      'kz-neo-nomad',
      'al-digital-nomad',
      'gr-digital-nomad',
      'es-digital-nomad',
      'lv-digital-nomad',
      'mt-nomad-residence',
      'pt-digital-nomad',
      'ro-digital-nomad',
      'hr-digital-nomad',
      'cz-digital-nomad',
    ]);
  });
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
        programme.conditions.some((c) => c.kind !== 'rule-of-stay') ||
        [programme.income?.value, programme.savings?.value].some((v) => v?.type === 'unquantified' && v.kind === 'assessment');
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
    // The declaration keeps it open, not the family.
    ['hu-white-card', { ...strong, citizenship: 'ca', spouse: true }, 'not-allowed', 'unknown'],
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
    ['me-digital-nomad', { ...strong, spouse: true, children: 1 }, 'allowed', 'unknown'],
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
    // The 2024 article words it differently: shown beside the 2025 rule, not hidden.
    expect(result.family!.message).to.include('The 2024 source says otherwise: Family members do not get the same permit automatically.');
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
