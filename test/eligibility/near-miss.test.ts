import { expect } from '@open-wc/testing';
import { checkEligibility, closeness, type EligibilityResult, type Profile } from '../../src/eligibility/index.js';
import { resultFor, strong } from './helpers.js';

const GBP = 0.82608; // ECB, 28 February 2025: 1 EUR = 0.82608 GBP
const eur = (amount: number): Profile['monthlyIncome'] => ({ amount, currency: 'EUR' });
const changes = (result: EligibilityResult) => result.nearMiss.map((c) => c.message);
/**
 * Only an income before tax (strong's after-tax income left out): below an amount it fails it whatever the
 * amount's basis, "not eligible", with advice.
 */
const gross = { monthlyIncome: undefined } as const;

describe('near miss: income', () => {
  it('mt (EUR a month): the exact shortfall at, just below and above the threshold', () => {
    const below = resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: eur(3000) });
    expect(below.verdict).to.equal('ineligible');
    const advice = [
      { requirement: 'income', message: '€500 more income a month.', shortfall: { amount: 500, currency: 'EUR' }, gap: 500 / 3500 },
    ];
    expect(below.nearMiss).to.deep.equal(advice);
    // A gross figure at an amount whose basis the sources do not state still leaves it open.
    expect(below.nearMissVerdict).to.equal('unknown');
    // After tax, the amount may be meant gross: to be checked, and the same income settles it.
    const net = resultFor('mt-nomad-residence', { ...strong, monthlyIncome: eur(3000) });
    expect([net.verdict, net.nearMiss, net.nearMissVerdict]).to.deep.equal(['unknown', advice, 'eligible']);
    // A cent short: advice in whole euros, rounded up so that it is enough.
    expect(resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: eur(3499.99) }).nearMiss[0].shortfall).to.deep.equal({
      amount: 1,
      currency: 'EUR',
    });
    const at = resultFor('mt-nomad-residence', { ...strong, monthlyIncome: eur(3500) });
    expect([at.verdict, at.nearMiss]).to.deep.equal(['eligible', []]);
    expect(resultFor('mt-nomad-residence', { ...strong, monthlyIncome: eur(3501) }).nearMiss).to.deep.equal([]);
  });

  it('pt: a net income below both sources\' amounts is open, not "not eligible"; reaching the higher one settles it', () => {
    const result = resultFor('pt-digital-nomad', { ...strong, monthlyIncome: eur(3000) });
    expect([result.verdict, changes(result), result.nearMissVerdict]).to.deep.equal(['unknown', ['€480 more income a month.'], 'eligible']);
  });

  it('offers no settling income where the change would still leave the income open (a converted amount at the threshold)', () => {
    const result = resultFor('mt-nomad-residence', { ...strong, monthlyIncome: { amount: 2000, currency: 'GBP' } });
    expect([result.verdict, result.nearMiss]).to.deep.equal(['unknown', []]);
  });

  it("mt in pounds: the shortfall in the visitor's currency, marked approximate, with the exact euros beside it", () => {
    const result = resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: { amount: 2000, currency: 'GBP' } });
    const pounds = Math.ceil(3500 * GBP - 2000); // 892
    const euros = Math.ceil(3500 - 2000 / GBP); // 1,078.93, rounded up: advice needs no cents
    expect(result.nearMiss[0].shortfall).to.deep.equal({ amount: pounds, currency: 'GBP' });
    expect(result.nearMiss[0].message).to.equal(`≈ £${pounds} more income a month (€${euros.toLocaleString('en')}).`);
    // With that much more, the converted income sits at the threshold: no longer "not eligible".
    const after = resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: { amount: 2000 + pounds, currency: 'GBP' } });
    expect(after.verdict).to.not.equal('ineligible');
  });

  it('it (EUR a year): the yearly threshold as a monthly shortfall', () => {
    // Below both the 2025 (32,400) and the 2024 (28,000) yearly threshold.
    const result = resultFor('it-digital-nomad', { ...strong, ...gross, grossMonthlyIncome: eur(2000) });
    expect(result.nearMiss.map((c) => c.shortfall)).to.deep.equal([{ amount: 32400 / 12 - 2000, currency: 'EUR' }]);
    expect(result.nearMissVerdict).to.equal('unknown'); // an authority still judges the work
  });

  it('kz-neo-nomad (USD): dollars for dollars, exactly', () => {
    const result = resultFor('kz-neo-nomad', { ...strong, ...gross, grossMonthlyIncome: { amount: 2500, currency: 'USD' } });
    expect(changes(result)).to.deep.equal(['$500 more income a month.']);
  });

  it('is (ISK): the threshold with a partner, or alone', () => {
    const withPartner = resultFor('is-remote-work', {
      ...strong,
      ...gross,
      spouse: true,
      grossMonthlyIncome: { amount: 1100000, currency: 'ISK' },
    });
    expect(changes(withPartner)).to.deep.equal([
      'ISK\u00a0200,000 more income a month. Or apply without your family: your income is enough for you alone.',
    ]);
    const alone = resultFor('is-remote-work', { ...strong, ...gross, grossMonthlyIncome: { amount: 900000, currency: 'ISK' } });
    expect(alone.nearMiss[0].shortfall).to.deep.equal({ amount: 100000, currency: 'ISK' });
  });

  it("gr: uplifts for a spouse (+20 %) and each child (+15 %) apply to the applicant's income", () => {
    const family = { ...strong, spouse: true, children: 1 };
    const result = resultFor('gr-digital-nomad', { ...family, monthlyIncome: eur(4000) });
    expect(result.nearMiss[0].shortfall).to.deep.equal({ amount: 725, currency: 'EUR' }); // 3,500 × 1.35 = 4,725
    expect(result.nearMiss[0].message).to.include('Or apply without your family');
    expect(changes(resultFor('gr-digital-nomad', { ...family, monthlyIncome: eur(3000) }))).to.deep.equal(['€1,725 more income a month.']);
    expect(resultFor('gr-digital-nomad', { ...family, monthlyIncome: eur(4725) }).verdict).to.equal('eligible');
  });

  it('me: +310 EUR per family member', () => {
    const result = resultFor('me-digital-nomad', { ...strong, ...gross, spouse: true, children: 1, grossMonthlyIncome: eur(1500) });
    expect(result.nearMiss[0].shortfall).to.deep.equal({ amount: 1350 + 2 * 310 - 1500, currency: 'EUR' });
  });

  it('hr: savings may replace the income, and the advice says so', () => {
    const result = resultFor('hr-digital-nomad', {
      ...strong,
      ...gross,
      grossMonthlyIncome: eur(2000),
      savings: { amount: 1000, currency: 'EUR' },
    });
    expect(changes(result)).to.deep.equal(['€540 more income a month. Or show savings of €30,471.72.']);
  });

  it('pt savings: the missing savings', () => {
    const result = resultFor('pt-digital-nomad', { ...strong, savings: { amount: 10000, currency: 'EUR' } });
    expect(result.nearMiss).to.deep.equal([
      { requirement: 'savings', message: '€440 more in savings.', shortfall: { amount: 440, currency: 'EUR' }, gap: 440 / 10440 },
    ]);
  });

  it('speaks German and Russian', () => {
    const profile = { ...strong, ...gross, grossMonthlyIncome: eur(3000) };
    expect(changes(resultFor('mt-nomad-residence', profile, 'de'))).to.deep.equal(['500\u00a0€ mehr Einkommen im Monat.']);
    expect(changes(resultFor('mt-nomad-residence', profile, 'ru'))).to.deep.equal(['Доход больше на 500\u00a0€ в месяц.']);
  });
});

describe('near miss: other requirements', () => {
  const rows: [string, Profile, string[]][] = [
    [
      'es-digital-nomad',
      { ...strong, degree: false, degreeField: undefined, yearsExperience: 1 },
      ['3 years of experience, or a university degree.'],
    ],
    [
      'cz-digital-nomad',
      { ...strong, degree: false, degreeField: undefined, yearsExperience: 1 },
      ['3 years of IT experience, or a degree in science, technology, engineering or mathematics.'],
    ],
    ['cz-digital-nomad', { ...strong, employerEmployees: 12 }, ['An employer with at least 50 employees worldwide.']],
    ['lv-digital-nomad', { ...strong, employerCountry: 'br' }, ['An employer registered in a country of the OECD.']],
    ['lv-digital-nomad', { ...strong, monthsWorking: 4 }, ['2 more months in your current work.']],
    ['pt-digital-nomad', { ...strong, employerCountry: 'pt' }, ['An employer or clients registered outside Portugal.']],
    ['ro-digital-nomad', { ...strong, employment: 'business-owner', monthsWorking: 30 }, ['6 more months in your current work.']],
  ];
  for (const [programme, profile, expected] of rows) {
    it(`${programme}: ${expected.join(' ')}`, () => {
      const result = resultFor(programme, profile);
      expect(result.verdict).to.equal('ineligible');
      expect(changes(result)).to.deep.equal(expected);
    });
  }

  it('no: a contract with a Norwegian client, then eligible', () => {
    const freelancer: Profile = {
      ...strong,
      employment: 'freelancer',
      employerCountry: undefined,
      clientCountries: ['fr'],
      monthlyIncome: { amount: 41000, currency: 'NOK' },
    };
    const result = resultFor('no-self-employed', freelancer);
    expect(changes(result)).to.deep.equal(['A contract with a client registered in Norway.']);
    expect(result.nearMissVerdict).to.equal('eligible');
    expect(resultFor('no-self-employed', { ...freelancer, clientCountries: ['fr', 'no'] }).verdict).to.equal('eligible');
  });

  it('de: one German client of the two the visa asks for: contracts with at least 2, in the answers too', () => {
    const result = resultFor('de-freelance', {
      ...strong,
      employment: 'freelancer',
      employerCountry: undefined,
      clientCountries: ['de', 'us'],
      clientCounts: { de: 1 },
    });
    const change = result.nearMiss.find((c) => c.requirement === 'clients-in-country');
    expect(change?.message).to.equal('Contracts with at least 2 clients registered in Germany.');
    expect(
      resultFor('de-freelance', {
        ...strong,
        employment: 'freelancer',
        employerCountry: undefined,
        clientCountries: ['de'],
        clientCounts: { de: 2 },
      }).checks.find((c) => c.requirement === 'clients-in-country')?.status,
    ).to.equal('met');
  });

  it('nl: a Dutch client clears the unmet rule; the points system still decides', () => {
    const result = resultFor('nl-self-employed', {
      ...strong,
      employment: 'freelancer',
      employerCountry: undefined,
      clientCountries: ['de'],
    });
    expect(changes(result)).to.deep.equal(['A contract with a client registered in Netherlands.']);
    expect(result.nearMissVerdict).to.equal('unknown');
  });

  it('two unmet rules: both changes, no more', () => {
    const result = resultFor('al-digital-nomad', {
      ...strong,
      ...gross,
      grossMonthlyIncome: eur(300),
      savings: { amount: 1000, currency: 'EUR' },
    });
    expect(result.nearMiss.map((c) => c.requirement)).to.deep.equal(['income', 'savings']);
  });

  it('offers nothing that cannot be changed: citizenship, the kind of work, free movement, the profession', () => {
    for (const [programme, profile] of [
      ['cz-digital-nomad', { ...strong, citizenship: 'in' }],
      ['nl-self-employed', strong], // employees are excluded
      ['pt-digital-nomad', { ...strong, citizenship: 'de' }],
      ['kz-digital-nomad', { ...strong, itProfessional: false }],
      ['is-remote-work', { ...strong, citizenship: 'in' }], // needs a Schengen visa
      ['cz-digital-nomad', { ...strong, citizenship: 'in', monthlyIncome: eur(1000) }], // one change is not enough
    ] as [string, Profile][]) {
      const result = resultFor(programme, profile);
      expect(result.verdict, programme).to.equal('ineligible');
      expect(result.nearMiss, programme).to.deep.equal([]);
      expect(result.nearMissVerdict, programme).to.equal(undefined);
    }
  });

  it('gives no advice where there is nothing to change', () => {
    expect(resultFor('pt-digital-nomad', strong).nearMiss).to.deep.equal([]);
    expect(resultFor('kz-b9', strong).nearMiss).to.deep.equal([]); // to be checked, not "not eligible"
  });
});

describe('closeness', () => {
  it('orders eligible, to be checked, then the nearest "not eligible" first and the unreachable last', () => {
    const results = [
      resultFor('cz-digital-nomad', { ...strong, citizenship: 'in' }), // unreachable
      resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: eur(1000) }), // far
      resultFor('kz-b9', strong), // to be checked
      resultFor('mt-nomad-residence', { ...strong, ...gross, grossMonthlyIncome: eur(3200) }), // near
      resultFor('hr-digital-nomad', strong), // eligible
      // two changes
      resultFor('al-digital-nomad', { ...strong, ...gross, grossMonthlyIncome: eur(300), savings: { amount: 1000, currency: 'EUR' } }),
    ];
    const order = [...results].sort((a, b) => closeness(a) - closeness(b)).map((r) => results.indexOf(r));
    expect(order).to.deep.equal([4, 2, 3, 1, 5, 0]);
  });
});

describe('closeness among eligible results: the best fit first', () => {
  const familyRank = { allowed: 0, conditional: 1, unknown: 1, 'not-allowed': 2 } as const;

  it('puts programmes the family can join first, then the most income to spare', () => {
    const profile: Profile = { ...strong, monthlyIncome: eur(5200), spouse: true };
    const eligible = checkEligibility(profile)
      .filter((r) => r.verdict === 'eligible')
      .sort((a, b) => closeness(a) - closeness(b));
    expect(eligible.length).to.be.greaterThan(3);
    for (const [a, b] of eligible.slice(1).map((r, i) => [eligible[i], r])) {
      const [ra, rb] = [familyRank[a.family!.status], familyRank[b.family!.status]];
      expect(ra, `${a.programme} before ${b.programme}`).to.be.at.most(rb);
      // Within the same family standing, more headroom first (capped at 100 %; no amount to meet counts as plenty).
      if (ra === rb) expect(Math.min(a.incomeHeadroom ?? 1, 1)).to.be.at.least(Math.min(b.incomeHeadroom ?? 1, 1));
    }
    expect(eligible.every((r) => closeness(r) < 1)).to.equal(true);
  });

  it('reports the income headroom over the highest amount for this household', () => {
    const [mt] = checkEligibility({ ...strong, monthlyIncome: eur(4200) }, { programmes: ['mt-nomad-residence'] });
    expect(mt.incomeHeadroom).to.be.closeTo(4200 / 3500 - 1, 1e-9);
    // Greece with a spouse: 3,500 € + 20 % = 4,200 €, met exactly.
    const [gr] = checkEligibility({ ...strong, monthlyIncome: eur(4200), spouse: true }, { programmes: ['gr-digital-nomad'] });
    expect(gr.incomeHeadroom).to.equal(0);
    // Croatia met through savings: no income to spare.
    const [hr] = checkEligibility({ ...strong, monthlyIncome: eur(1000) }, { programmes: ['hr-digital-nomad'] });
    expect([hr.verdict, hr.incomeHeadroom]).to.deep.equal(['eligible', 0]);
    // Only eligible results carry it.
    const [pt] = checkEligibility({ ...strong, monthlyIncome: eur(1000) }, { programmes: ['pt-digital-nomad'] });
    expect([pt.verdict, pt.incomeHeadroom]).to.deep.equal(['unknown', undefined]);
  });
});
