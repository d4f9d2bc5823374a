import { expect } from '@open-wc/testing';
import { checkEligibility, nextQuestions, type EligibilityResult, type Profile } from '../../src/eligibility/index.js';
import { strong } from './helpers.js';

const open = (programme: string, ...missing: string[][]): Pick<EligibilityResult, 'programme' | 'verdict' | 'checks'> => ({
  programme,
  verdict: 'unknown',
  checks: missing.map((fields) => ({
    requirement: 'x',
    status: 'unknown',
    message: '',
    cause: 'answer',
    missing: fields as never,
  })),
});

describe('nextQuestions', () => {
  it('ranks the answers by how many programmes each settles alone', () => {
    const results = [
      open('a', ['savings']),
      open('b', ['savings']),
      open('c', ['monthsWorking']),
      open('d', ['savings'], ['monthsWorking']), // needs two answers: settled by neither alone
      open('e', ['savings'], ['savings']), // one field behind two checks
    ];
    expect(nextQuestions(results)).to.deep.equal([
      { field: 'savings', programmes: ['a', 'b', 'e'] },
      { field: 'monthsWorking', programmes: ['c'] },
    ]);
  });

  it('leaves out programmes held open by anything but a missing answer, and decided ones', () => {
    const unpublished = { ...open('a'), checks: [{ requirement: 'unpublished', status: 'unknown', message: '', cause: 'unpublished' }] };
    const mixed = { ...open('b', ['savings']), checks: [...open('b', ['savings']).checks, ...unpublished.checks] };
    const eligible = { ...open('c', ['savings']), verdict: 'eligible' as const };
    expect(nextQuestions([unpublished, mixed, eligible] as never)).to.deep.equal([]);
  });

  it('breaks ties in the order the form asks', () => {
    // Months in the job sit under "Work", above the money questions.
    expect(nextQuestions([open('b', ['savings']), open('a', ['monthsWorking'])]).map((q) => q.field)).to.deep.equal([
      'monthsWorking',
      'savings',
    ]);
  });

  it('the US engineer of the issue who answers everything but savings: savings settle the programmes that ask for them', () => {
    const { savings: _, ...engineer } = strong;
    const profile: Profile = { ...engineer, monthlyIncome: { amount: 7500, currency: 'USD' } };
    const results = checkEligibility(profile);
    const [first] = nextQuestions(results);
    expect(first.field).to.equal('savings');
    // Albania and Portugal ask for savings; Italy too, but its "highly qualified" work keeps it open whatever they are.
    expect(first.programmes).to.have.members(['al-digital-nomad', 'pt-digital-nomad']);
    // Answering it settles each of them.
    const settled = checkEligibility({ ...profile, savings: { amount: 50000, currency: 'USD' } }, { programmes: first.programmes });
    expect(settled.every((r) => r.verdict !== 'unknown')).to.equal(true);
  });

  it('an income before tax alone, far above an after-tax amount, settles it with the assumption said', () => {
    const { monthlyIncome: _, ...rest } = strong;
    const [greece] = checkEligibility(
      { ...rest, grossMonthlyIncome: { amount: 9000, currency: 'EUR' } },
      { programmes: ['gr-digital-nomad'] },
    );
    expect(greece.verdict).to.equal('eligible');
    expect(greece.checks.find((c) => c.requirement === 'income')!.message).to.include('taken to reach it');
    // Between the amount and twice it: the income after tax is the next question.
    const near = checkEligibility({ ...rest, grossMonthlyIncome: { amount: 5000, currency: 'EUR' } }, { programmes: ['gr-digital-nomad'] });
    expect(nextQuestions(near)).to.deep.equal([{ field: 'monthlyIncome', programmes: ['gr-digital-nomad'] }]);
  });
});
