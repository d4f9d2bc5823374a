import { expect } from '@open-wc/testing';
import { grossIncome, income, messageOf, resultFor, statusOf } from './helpers.js';

/**
 * Income thresholds as the articles give them, typed here by hand (not read from the dataset),
 * in the programme's own currency per month. Rows: exactly at, just below, just above. `afterTax`: the article
 * says the amount is net; elsewhere it does not say, so a net income just below decides nothing.
 */
const THRESHOLDS: {
  id: string;
  monthly: number;
  currency?: string;
  afterTax?: boolean;
  belowStatus?: string;
  note: string;
}[] = [
  { id: 'kz-neo-nomad', monthly: 3000, currency: 'USD', note: '$3,000 a month' },
  { id: 'al-digital-nomad', monthly: 305, note: '305 € a month' },
  { id: 'ad-digital-nomad', monthly: 3858, note: '3,858 € a month' },
  { id: 'hu-white-card', monthly: 3000, note: '3,000 € a month' },
  { id: 'gr-digital-nomad', monthly: 3500, afterTax: true, note: '3,500 € after tax' },
  { id: 'is-remote-work', monthly: 1000000, currency: 'ISK', note: 'ISK 1,000,000 a month' },
  { id: 'cy-digital-nomad', monthly: 3500, afterTax: true, note: '3,500 € after tax' },
  { id: 'lv-digital-nomad', monthly: 3433, note: '3,433 € a month' },
  { id: 'mt-nomad-residence', monthly: 3500, note: '3,500 € a month (42,000 € a year)' },
  { id: 'nl-self-employed', monthly: 1564, note: '1,564 € a month' },
  { id: 'me-digital-nomad', monthly: 1350, note: '1,350 € a month' },
  { id: 'ee-digital-nomad', monthly: 4500, note: '4,500 € a month' },
  // Shown 2025 values; just below them the 2024 value would still be met: the sources disagree.
  { id: 'pt-digital-nomad', monthly: 3480, belowStatus: 'unknown', note: '3,480 € (2025) vs 3,280 € (2024)' },
  { id: 'es-digital-nomad', monthly: 2762, belowStatus: 'unknown', note: '2,762 € (2025) vs 2,520 € (2024)' },
  { id: 'it-digital-nomad', monthly: 2700, belowStatus: 'unknown', note: '32,400 € a year (2025) vs 28,000 € (2024)' },
];

describe('income thresholds (inclusive, in the programme currency and period)', () => {
  for (const row of THRESHOLDS) {
    const currency = row.currency ?? 'EUR';
    const step = currency === 'ISK' ? 1 : 0.01;
    const netBelow = row.belowStatus ?? (row.afterTax ? 'unmet' : 'unknown');
    it(`${row.id}: ${row.note}: at → met, just below → ${row.belowStatus ?? `unmet gross, ${netBelow} net`}, above → met`, () => {
      expect(statusOf(row.id, income(row.monthly, currency), 'income'), 'at').to.equal('met');
      expect(statusOf(row.id, income(row.monthly - step, currency), 'income'), 'net below').to.equal(netBelow);
      expect(statusOf(row.id, grossIncome(row.monthly - step, currency), 'income'), 'gross below').to.equal(row.belowStatus ?? 'unmet');
      expect(statusOf(row.id, income(row.monthly + step, currency), 'income'), 'above').to.equal('met');
      // None of these amounts is stated as gross: a gross figure above it decides nothing.
      expect(statusOf(row.id, grossIncome(row.monthly + step, currency), 'income'), 'gross above').to.equal('unknown');
    });
  }

  it('kz-digital-nomad: no income requirement at all', () => {
    expect(statusOf('kz-digital-nomad', {}, 'income')).to.equal('met');
    expect(statusOf('kz-digital-nomad', income(0), 'income')).to.equal('met');
  });

  it('de-freelance: a stable income with no amount stays to be checked', () => {
    expect(statusOf('de-freelance', income(100000), 'income')).to.equal('unknown');
  });

  it('a missing income leaves the check unknown and says so', () => {
    expect(statusOf('gr-digital-nomad', {}, 'income')).to.equal('unknown');
    expect(messageOf('gr-digital-nomad', {}, 'income')).to.equal(
      'Needs at least €3,500 a month after tax. You did not give your monthly income.',
    );
  });
});

describe('conflicting sources', () => {
  it('pt: where the two thresholds give different verdicts, the check is unknown and names both values', () => {
    expect(statusOf('pt-digital-nomad', income(3300), 'income')).to.equal('unknown');
    expect(messageOf('pt-digital-nomad', income(3300), 'income')).to.equal(
      'The sources disagree: the 2025 source asks for at least €3,480 a month, while the 2024 source asks for at ' +
        'least €3,280 a month before tax on average over the last 3 months. You gave €3,300 a month after tax.',
    );
  });
  it('pt: the 2024 threshold is before tax, so a net income below both stays open; above both, met', () => {
    expect(statusOf('pt-digital-nomad', income(3279.99), 'income')).to.equal('unknown');
    expect(messageOf('pt-digital-nomad', income(3000), 'income'))
      .to.include('before or after tax')
      .and.include('You did not give your income before tax.');
    // Malta, with both incomes: the gross reaches the amount and the net does not; the basis, unpublished, decides.
    const both = { ...income(3000), grossMonthlyIncome: { amount: 4500, currency: 'EUR' } };
    expect(resultFor('mt-nomad-residence', both).checks.find((c) => c.requirement === 'income')).to.include({
      status: 'unknown',
      cause: 'unpublished',
    });
    expect(messageOf('mt-nomad-residence', both, 'income')).to.equal(
      'Needs at least €3,500 a month. You gave €4,500 a month before tax and €3,000 after tax. The sources do not say ' +
        'whether this amount is before or after tax. Your income before tax reaches it and your income after tax does ' +
        'not: the consulate decides which counts.',
    );
    expect(statusOf('pt-digital-nomad', income(3280), 'income')).to.equal('unknown');
    expect(statusOf('pt-digital-nomad', income(5000), 'income')).to.equal('met');
  });
  it('es: between 2,520 € and 2,762 € the sources disagree', () => {
    expect(statusOf('es-digital-nomad', income(2520), 'income')).to.equal('unknown');
    expect(statusOf('es-digital-nomad', grossIncome(2519.99), 'income')).to.equal('unmet');
  });
  it('it: a yearly threshold compares against 12 × the monthly income', () => {
    expect(statusOf('it-digital-nomad', income(28000 / 12), 'income')).to.equal('unknown');
    expect(statusOf('it-digital-nomad', grossIncome(28000 / 12 - 0.01), 'income')).to.equal('unmet');
    expect(messageOf('it-digital-nomad', income(2500), 'income'))
      .to.include('€32,400 a year')
      .and.include('€28,000 a year');
  });
  it('it: more than 6 months (2025) vs at least 6 months (2024) of remote work', () => {
    expect(statusOf('it-digital-nomad', { monthsWorking: 7 }, 'min-months-working')).to.equal('met');
    expect(statusOf('it-digital-nomad', { monthsWorking: 6 }, 'min-months-working')).to.equal('unknown');
    expect(messageOf('it-digital-nomad', { monthsWorking: 6 }, 'min-months-working')).to.equal(
      'The sources disagree: the 2025 source asks for more than 6 months of remote work, while the 2024 source asks ' +
        'for at least 6 months of remote work. You gave 6 months.',
    );
  });
});

describe('approximate thresholds and conversions', () => {
  it('ro: "about 3,700 €" decides nothing within 5 %', () => {
    expect(statusOf('ro-digital-nomad', income(3700), 'income')).to.equal('unknown');
    expect(statusOf('ro-digital-nomad', income(3700 * 0.96), 'income')).to.equal('unknown');
    expect(statusOf('ro-digital-nomad', grossIncome(3700 * 0.94), 'income')).to.equal('unmet');
    expect(statusOf('ro-digital-nomad', income(3700 * 1.06), 'income')).to.equal('met');
  });
  it('cz-digital-nomad: "about 30,264 € a year"', () => {
    expect(statusOf('cz-digital-nomad', income(2522), 'income')).to.equal('unknown');
    expect(statusOf('cz-digital-nomad', income(2522 * 1.06), 'income')).to.equal('met');
    // 1.5 × the average gross salary: a net income below it may still reach it gross.
    expect(statusOf('cz-digital-nomad', income(2522 * 0.94), 'income')).to.equal('unknown');
    expect(messageOf('cz-digital-nomad', income(2522 * 0.94), 'income')).to.include('your income before tax may reach it');
  });
  it('converts a foreign income with the dated rate; near the threshold it stays unknown', () => {
    // 3,000 USD ≈ 2,881.57 EUR with the ECB rate of 2025-02-28.
    expect(statusOf('hu-white-card', income(3150, 'USD'), 'income')).to.equal('unknown'); // ≈ 3,025.6 EUR
    expect(statusOf('hu-white-card', income(3300, 'USD'), 'income')).to.equal('met'); // ≈ 3,169.7 EUR, outside the 5 % band
    expect(statusOf('hu-white-card', income(3000, 'USD'), 'income')).to.equal('unknown');
    expect(statusOf('hu-white-card', grossIncome(2800, 'USD'), 'income')).to.equal('unmet');
    expect(statusOf('hu-white-card', income(3500, 'USD'), 'income')).to.equal('met');
    expect(messageOf('hu-white-card', income(3500, 'USD'), 'income')).to.equal(
      'Needs at least €3,000 a month in the last 6 months (each month or on average: the sources do not say). ' +
        'You gave $3,500 (≈ €3,362) a month after tax.',
    );
  });
  it('is: an EUR income against the ISK threshold, at the ECB rate', () => {
    const threshold = 1000000 / 145.7; // ≈ 6,863 EUR
    expect(statusOf('is-remote-work', income(threshold * 1.06), 'income')).to.equal('met');
    expect(statusOf('is-remote-work', income(threshold), 'income')).to.equal('unknown');
    expect(statusOf('is-remote-work', grossIncome(threshold * 0.94), 'income')).to.equal('unmet');
  });
  it("no: a gross yearly threshold; a net income below it may still be enough gross; roles needing a master's need more", () => {
    expect(statusOf('no-self-employed', income(480900 / 12, 'NOK'), 'income')).to.equal('met');
    expect(statusOf('no-self-employed', income(448900 / 12, 'NOK'), 'income')).to.equal('unknown');
    expect(messageOf('no-self-employed', income(448900 / 12, 'NOK'), 'income')).to.include("Roles that require a master's degree");
    expect(statusOf('no-self-employed', income(448900 / 12 - 1, 'NOK'), 'income')).to.equal('unknown');
    expect(messageOf('no-self-employed', income(30000, 'NOK'), 'income')).to.include('your income before tax may reach it');
  });
});

describe('family income uplifts', () => {
  it('gr: +20 % for a spouse', () => {
    expect(statusOf('gr-digital-nomad', { ...income(4200), spouse: true }, 'income')).to.equal('met');
    expect(statusOf('gr-digital-nomad', { ...income(4199.99), spouse: true }, 'income')).to.equal('unmet');
  });
  it('gr: +15 % per child, on top of the spouse', () => {
    expect(statusOf('gr-digital-nomad', { ...income(5250), spouse: true, children: 2 }, 'income')).to.equal('met');
    expect(statusOf('gr-digital-nomad', { ...income(5249.99), spouse: true, children: 2 }, 'income')).to.equal('unmet');
    expect(statusOf('gr-digital-nomad', { ...income(4025), children: 1 }, 'income')).to.equal('met');
    expect(statusOf('gr-digital-nomad', { ...income(4024.99), children: 1 }, 'income')).to.equal('unmet');
    expect(messageOf('gr-digital-nomad', { ...income(5000), spouse: true, children: 2 }, 'income')).to.equal(
      'Needs at least €5,250 a month after tax for you with a spouse and 2 children. You gave €5,000 a month after tax.',
    );
  });
  it('me: +310 € per family member', () => {
    expect(statusOf('me-digital-nomad', { ...income(2280), spouse: true, children: 2 }, 'income')).to.equal('met');
    expect(statusOf('me-digital-nomad', { ...grossIncome(2279.99), spouse: true, children: 2 }, 'income')).to.equal('unmet');
    expect(statusOf('me-digital-nomad', { ...income(1660), spouse: true }, 'income')).to.equal('met');
    expect(statusOf('me-digital-nomad', { ...grossIncome(1659.99), spouse: true }, 'income')).to.equal('unmet');
  });
  it('is: ISK 1,300,000 with a partner; no amount given for children', () => {
    expect(statusOf('is-remote-work', { ...income(1300000, 'ISK'), spouse: true }, 'income')).to.equal('met');
    expect(statusOf('is-remote-work', { ...grossIncome(1299999, 'ISK'), spouse: true }, 'income')).to.equal('unmet');
    expect(statusOf('is-remote-work', { ...income(1300000, 'ISK'), spouse: true, children: 1 }, 'income')).to.equal('unknown');
    expect(statusOf('is-remote-work', { ...grossIncome(999999, 'ISK'), children: 1 }, 'income')).to.equal('unmet');
    expect(messageOf('is-remote-work', { ...income(1000000, 'ISK'), children: 1 }, 'income')).to.include(
      'The source gives no amount for children.',
    );
  });
  it('programmes without a family amount do not claim one', () => {
    expect(messageOf('pt-digital-nomad', { ...income(5000), spouse: true, children: 3 }, 'income')).to.equal(
      'Needs at least €3,480 a month. You gave €5,000 a month after tax.',
    );
  });
});

describe('savings', () => {
  it('pt: 10,440 € on top of the income', () => {
    expect(statusOf('pt-digital-nomad', { savings: { amount: 10440, currency: 'EUR' } }, 'savings')).to.equal('met');
    expect(statusOf('pt-digital-nomad', { savings: { amount: 10439.99, currency: 'EUR' } }, 'savings')).to.equal('unmet');
    expect(statusOf('pt-digital-nomad', {}, 'savings')).to.equal('unknown');
  });
  it('it: 30,000 €', () => {
    expect(statusOf('it-digital-nomad', { savings: { amount: 30000, currency: 'EUR' } }, 'savings')).to.equal('met');
    expect(statusOf('it-digital-nomad', { savings: { amount: 29999.99, currency: 'EUR' } }, 'savings')).to.equal('unmet');
  });
  it('al: ALL 408,000, in lek or converted from euros', () => {
    expect(statusOf('al-digital-nomad', { savings: { amount: 408000, currency: 'ALL' } }, 'savings')).to.equal('met');
    expect(statusOf('al-digital-nomad', { savings: { amount: 407999, currency: 'ALL' } }, 'savings')).to.equal('unmet');
    expect(statusOf('al-digital-nomad', { savings: { amount: 3900, currency: 'EUR' } }, 'savings')).to.equal('unknown');
    expect(statusOf('al-digital-nomad', { savings: { amount: 5000, currency: 'EUR' } }, 'savings')).to.equal('met');
  });
  it('hr: income of 2,539.31 € or savings of 30,471.72 €, either one', () => {
    expect(statusOf('hr-digital-nomad', income(2539.31), 'income')).to.equal('met');
    expect(statusOf('hr-digital-nomad', income(2539.3), 'income')).to.equal('unknown'); // savings not given
    expect(statusOf('hr-digital-nomad', { ...grossIncome(2539.3), savings: { amount: 0, currency: 'EUR' } }, 'income')).to.equal('unmet');
    expect(statusOf('hr-digital-nomad', { ...income(1000), savings: { amount: 30471.72, currency: 'EUR' } }, 'income')).to.equal('met');
    expect(statusOf('hr-digital-nomad', { ...grossIncome(1000), savings: { amount: 30471.71, currency: 'EUR' } }, 'income')).to.equal(
      'unmet',
    );
    expect(statusOf('hr-digital-nomad', { savings: { amount: 40000, currency: 'EUR' } }, 'income')).to.equal('met');
    expect(statusOf('hr-digital-nomad', {}, 'savings')).to.equal('absent');
  });
  it('ro and cz-self-employed: proof of means without an amount is a document to prepare, not a verdict', () => {
    for (const id of ['ro-digital-nomad', 'cz-self-employed']) {
      expect(statusOf(id, {}, 'savings')).to.equal('met');
      expect(resultFor(id, {}).prepare.at(-1)).to.match(/^Proof of (means|funds)/);
    }
  });
  it('de-freelance: a stable income without an amount is judged by the authorities, and the answer says who', () => {
    expect(statusOf('de-freelance', income(50000), 'income')).to.equal('unknown');
    expect(messageOf('de-freelance', income(50000), 'income')).to.include('Who decides: the German authorities');
  });
  it('kz-digital-nomad: no savings requirement', () => {
    expect(statusOf('kz-digital-nomad', {}, 'savings')).to.equal('met');
  });
});
