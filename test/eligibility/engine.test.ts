import { expect } from '@open-wc/testing';
import { dataset, getProgramme, programmes } from '../../src/data/dataset.js';
import { checkEligibility, createEligibilityChecker, EligibilityInputError, verdictOf, type Profile } from '../../src/eligibility/index.js';
import { resultFor } from './helpers.js';

const ideal: Profile = {
  citizenship: 'us',
  employment: 'employee',
  monthlyIncome: { amount: 9000, currency: 'EUR' },
  savings: { amount: 50000, currency: 'EUR' },
  degree: true,
  yearsExperience: 10,
  itProfessional: true,
  employerCountry: 'us',
  employerEmployees: 500,
  monthsWorking: 48,
};

describe('checkEligibility', () => {
  it('returns one result per programme, in dataset order', () => {
    const results = checkEligibility({});
    expect(results.map((r) => r.programme)).to.deep.equal(programmes.map((p) => p.id));
    expect(results.every((r) => r.country === programmes.find((p) => p.id === r.programme)!.country)).to.equal(true);
  });

  it('limits to options.programmes and options.countries: these programmes, and every programme of these countries', () => {
    expect(checkEligibility({}, { programmes: ['pt-digital-nomad', 'kz-b9'] }).map((r) => r.programme)).to.deep.equal([
      'pt-digital-nomad',
      'kz-b9',
    ]);
    expect(checkEligibility({}, { programmes: ['pt-digital-nomad'], countries: ['cz'] }).map((r) => r.programme)).to.deep.equal([
      'pt-digital-nomad',
      'cz-digital-nomad',
      'cz-self-employed',
    ]);
    // In the order the countries are given.
    expect(checkEligibility({}, { countries: ['cz', 'kz'] }).map((r) => r.programme)).to.deep.equal([
      'cz-digital-nomad',
      'cz-self-employed',
      'kz-digital-nomad',
      'kz-neo-nomad',
      'kz-b9',
    ]);
    expect(checkEligibility({}, { countries: ['fr'] })).to.deep.equal([]);
  });

  it('judges: any unmet → ineligible, else any unknown → unknown, else eligible', () => {
    expect(verdictOf([{ status: 'met' }, { status: 'unknown' }, { status: 'unmet' }])).to.equal('ineligible');
    expect(verdictOf([{ status: 'met' }, { status: 'unknown' }])).to.equal('unknown');
    expect(verdictOf([{ status: 'met' }])).to.equal('eligible');
    expect(verdictOf([])).to.equal('eligible');
  });

  it('finds a strong profile eligible where every check is met', () => {
    for (const id of ['pt-digital-nomad', 'mt-nomad-residence', 'hr-digital-nomad', 'es-digital-nomad']) {
      const result = resultFor(id, ideal);
      expect(result.verdict, `${id}: ${JSON.stringify(result.checks)}`).to.equal('eligible');
      expect(result.checks.every((c) => c.status === 'met')).to.equal(true);
    }
  });

  it('lists documents and rules of stay without letting them change the verdict', () => {
    const result = resultFor('pt-digital-nomad', ideal);
    expect(result.verdict).to.equal('eligible');
    expect(result.prepare).to.include('A document confirming your tax residence');
    expect(resultFor('pt-digital-nomad', ideal, 'de').prepare).to.include('Ein Dokument, das die Steueransässigkeit bestätigt');
    const estonia = resultFor('ee-digital-nomad', { ...ideal, citizenship: 'ca' });
    expect(estonia.conditions).to.deep.equal([
      'Remote work stays the main purpose of your stay; work for an Estonian company may only be a side activity.',
    ]);
    expect(estonia.checks.some((c) => c.message.includes('main purpose'))).to.equal(false);
  });

  it('is eligible where only the applicant can confirm what is left, and lists it', () => {
    const iceland = resultFor('is-remote-work', { ...ideal, monthlyIncome: { amount: 2000000, currency: 'ISK' } });
    expect(iceland.verdict).to.equal('eligible');
    expect(iceland.checks.filter((c) => c.status !== 'met')).to.deep.equal([]);
    expect(iceland.confirm).to.deep.equal(['You have not held a long-term Icelandic visa in the last 12 months.']);
    expect(resultFor('is-remote-work', ideal, 'de').confirm).to.deep.equal([
      'Sie hatten in den letzten 12 Monaten kein isländisches Langzeitvisum.',
    ]);
  });

  it('falls back to English for an unsupported language and accepts region variants', () => {
    expect(resultFor('gr-digital-nomad', {}, 'fr').checks[0].message).to.match(/^Needs/);
    expect(resultFor('gr-digital-nomad', {}, 'de-AT').checks[0].message).to.match(/^Erforderlich/);
  });

  it('shows amounts in a display currency too', () => {
    const [result] = checkEligibility(
      { monthlyIncome: { amount: 4000, currency: 'EUR' } },
      { programmes: ['is-remote-work'], displayCurrency: 'USD' },
    );
    expect(result.checks.find((c) => c.requirement === 'income')!.message).to.equal(
      'Needs at least ISK\u00a01,000,000 (≈ $7,146) a month. You gave €4,000 (≈ $4,164, ≈ ISK\u00a0582,800) a month after tax. ' +
        'The sources do not say whether this amount is before or after tax. Your income after tax is below it, but ' +
        'your income before tax may reach it. You did not give your income before tax.',
    );
  });

  it('does not keep or change the profile it was given', () => {
    const profile = { citizenship: 'US', monthlyIncome: { amount: 1, currency: 'eur' } };
    const copy = JSON.parse(JSON.stringify(profile));
    checkEligibility(profile);
    expect(profile).to.deep.equal(copy);
  });
});

describe('bad input', () => {
  const rows: [string, unknown, string][] = [
    ['a negative income', { monthlyIncome: { amount: -1, currency: 'EUR' } }, 'monthlyIncome.amount'],
    ['a NaN income', { monthlyIncome: { amount: Number.NaN, currency: 'EUR' } }, 'monthlyIncome.amount'],
    ['an infinite income', { monthlyIncome: { amount: Infinity, currency: 'EUR' } }, 'monthlyIncome.amount'],
    ['an income as text', { monthlyIncome: { amount: '3000', currency: 'EUR' } }, 'monthlyIncome.amount'],
    ['an unknown income currency', { monthlyIncome: { amount: 3000, currency: 'GBX' } }, 'monthlyIncome.currency'],
    ['income without an object', { monthlyIncome: 3000 }, 'monthlyIncome'],
    ['negative savings', { savings: { amount: -5, currency: 'EUR' } }, 'savings.amount'],
    ['an unknown savings currency', { savings: { amount: 5, currency: 'XYZ' } }, 'savings.currency'],
    ['an unknown citizenship', { citizenship: 'xx' }, 'citizenship'],
    ['a group as citizenship', { citizenship: 'EU' }, 'citizenship'],
    ['an unknown employer country', { employerCountry: 'zz' }, 'employerCountry'],
    ['fractional children', { children: 1.5 }, 'children'],
    ['negative children', { children: -1 }, 'children'],
    ['an unknown kind of work', { employment: 'student' }, 'employment'],
    ['a spouse as text', { spouse: 'yes' }, 'spouse'],
    ['negative experience', { yearsExperience: -2 }, 'yearsExperience'],
    ['a fractional head-count', { employerEmployees: 10.5 }, 'employerEmployees'],
    ['negative months', { monthsWorking: -1 }, 'monthsWorking'],
    ['an unknown field', { incomeMonthly: 3000 }, 'incomeMonthly'],
    ['an empty citizenship list', { citizenship: [] }, 'citizenship'],
    ['the same passport twice', { citizenship: ['ca', 'CA'] }, 'citizenship'],
    ['an unknown second passport', { citizenship: ['ca', 'xx'] }, 'citizenship[1]'],
    ['citizenship as a number', { citizenship: 7 }, 'citizenship'],
    ['a degree field without a degree', { degreeField: 'stem' }, 'degreeField'],
    ['a degree field with degree: false', { degree: false, degreeField: 'other' }, 'degreeField'],
    ['an unknown degree field', { degree: true, degreeField: 'arts' }, 'degreeField'],
    ['client countries for an employee', { employment: 'employee', clientCountries: ['de'] }, 'clientCountries'],
    ['client countries as text', { clientCountries: 'de' }, 'clientCountries'],
    ['an empty client list', { clientCountries: [] }, 'clientCountries'],
    ['an unknown client country', { clientCountries: ['de', 'qq'] }, 'clientCountries[1]'],
    ['a client country twice', { clientCountries: ['de', 'de'] }, 'clientCountries'],
    ['a client count as a list', { clientCountries: ['de'], clientCounts: [2] }, 'clientCounts'],
    ['a fractional client count', { clientCountries: ['de'], clientCounts: { de: 1.5 } }, 'clientCounts.de'],
    ['a client count for an unknown country', { clientCountries: ['de'], clientCounts: { qq: 2 } }, 'clientCounts.qq'],
    ['a client count for a country not in the list', { clientCountries: ['de'], clientCounts: { at: 2 } }, 'clientCounts.at'],
    ['no object', null, 'profile'],
    ['an array', [], 'profile'],
  ];
  for (const [name, profile, field] of rows) {
    it(`throws EligibilityInputError naming ${field} for ${name}`, () => {
      let error: unknown;
      try {
        checkEligibility(profile as Profile);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(EligibilityInputError);
      expect((error as EligibilityInputError).field).to.equal(field);
    });
  }

  for (const [profile, message] of [
    [{ monthlyIncome: { amount: '3000', currency: 'EUR' } }, 'monthlyIncome.amount: must be number, got "3000"'],
    [{ monthlyIncome: { amount: Number.NaN, currency: 'EUR' } }, 'monthlyIncome.amount: must be number, got NaN'],
    [{ monthlyIncome: { amount: 3000, currency: 'gbx' } }, 'monthlyIncome.currency: unknown currency "GBX"; use one of EUR, USD'],
    [{ monthlyIncome: { amount: 3000, currency: 'EUR', period: 'year' } }, 'monthlyIncome.period: is not a field of an amount'],
    [{ savings: { amount: -5, currency: 'EUR' } }, 'savings.amount: must not be negative'],
    [{ children: 1.5 }, 'children: must be a whole number, got 1.5'],
    [{ employment: 'student' }, 'employment: must be one of employee, freelancer, business-owner, got "student"'],
    [{ spouse: 'yes' }, 'spouse: must be boolean, got "yes"'],
    [{ citizenship: 7 }, 'citizenship: must be a country code or a list of them, got 7'],
    [{ citizenship: ['ca', ' XX '] }, 'citizenship[1]: unknown country code "xx"'],
    [{ citizenship: ['ca', 'CA'] }, 'citizenship: names a country twice'],
    [{ clientCountries: [] }, 'clientCountries: must name at least one country'],
    [{ incomeMonthly: 3000 }, 'incomeMonthly: is not a profile field'],
    [{ toString: 'x' }, 'toString: is not a profile field'],
    [{ degreeField: 'stem' }, 'degreeField: is only for a degree: set degree: true'],
    [{ employment: 'employee', clientCountries: ['de'] }, 'clientCountries: is only for freelancers and business owners, not employees'],
    [{ clientCountries: ['de'], clientCounts: { AT: 2 } }, 'clientCounts.at: counts clients in at, which clientCountries does not name'],
    [{ clientCountries: ['de'], clientCounts: { de: -1 } }, 'clientCounts.de: must not be negative'],
  ] as const) {
    it(`says what is wrong, and where: ${message}`, () => {
      expect(() => checkEligibility(profile as unknown as Profile)).to.throw(EligibilityInputError, message);
    });
  }

  it('takes a field given as undefined as not given', () => {
    const [withUndefined] = checkEligibility({ citizenship: undefined, spouse: undefined }, { programmes: ['hr-digital-nomad'] });
    const [without] = checkEligibility({}, { programmes: ['hr-digital-nomad'] });
    expect(withUndefined).to.deep.equal(without);
  });

  it('rejects unknown options, naming them', () => {
    expect(() => checkEligibility({}, { programmes: ['pt-digital-nomad', 'xx-nope'] })).to.throw(EligibilityInputError, 'xx-nope');
    expect(() => checkEligibility({}, { countries: ['pt', 'zz'] })).to.throw(EligibilityInputError, 'options.countries');
    expect(() => checkEligibility({}, { displayCurrency: 'XAU' })).to.throw(EligibilityInputError, 'options.displayCurrency');
  });

  it('accepts upper-case codes and normalizes them', () => {
    expect(
      resultFor('hu-white-card', { citizenship: 'US', monthlyIncome: { amount: 3000, currency: 'eur' } }).checks.find(
        (c) => c.requirement === 'citizenship',
      )!.status,
    ).to.equal('met');
  });
});

describe('programmes with nothing to check', () => {
  it('kz-b9 is never "eligible": the authorities judge the qualification, and the answer says so', () => {
    const result = resultFor('kz-b9', { citizenship: 'us', monthlyIncome: { amount: 10000, currency: 'EUR' } });
    expect(result.verdict).to.equal('unknown');
    expect(result.checks).to.have.length(1);
    expect(result.checks[0].requirement).to.equal('unpublished');
    expect(result.checks[0].cause).to.equal('unpublished');
    expect(result.checks[0].message).to.include('medicine, science, innovation, education and the creative industries as examples');
    expect(result.checks[0].message).to.include("Who decides: Kazakhstan's authorities");
  });

  it('a programme with no requirement at all gets one unknown check pointing to the authority', () => {
    const bare = { ...getProgramme('kz-b9')!, conditions: [] };
    const check = createEligibilityChecker({ ...dataset, programmes: [bare] });
    expect(check({}).map((r) => [r.verdict, r.checks.map((c) => c.requirement)])).to.deep.equal([['unknown', ['sources']]]);
  });
});
