import { expect } from '@open-wc/testing';
import { ANSWER_FIELDS, answerFieldFor, FORM_ORDER, PROFILE_ORDER, type AnswerFieldSpec } from '../../src/eligibility/answer-fields.js';
import { answersToProfile, EMPTY_ANSWERS, type AnswerField } from '../../src/eligibility/answers.js';
import { validateProfile } from '../../src/eligibility/profile.js';
import { messages } from '../../src/i18n/messages/index.js';

const numbers = FORM_ORDER.filter((field) => (ANSWER_FIELDS[field] as AnswerFieldSpec).number);
const wholeOnes = numbers.filter((field) => (ANSWER_FIELDS[field] as AnswerFieldSpec).number === 'whole');

describe('the table of answers', () => {
  it('has the whole numbers it should, and reads every other number with decimals', () => {
    expect(wholeOnes).to.deep.equal(['employerEmployees', 'children']);
    expect(numbers).to.include.members(['grossIncome', 'income', 'savings', 'yearsExperience', 'monthsWorking']);
  });

  for (const field of numbers) {
    const whole = wholeOnes.includes(field);
    it(`${field}: "2.5" is ${whole ? 'an error (a whole number)' : 'read as 2.5'}; "3" is read as 3`, () => {
      const half = answersToProfile({ ...EMPTY_ANSWERS, [field]: '2.5' });
      expect(half.errors[field as AnswerField]).to.equal(whole ? 'wholeNumber' : undefined);
      expect(answersToProfile({ ...EMPTY_ANSWERS, [field]: '3' }).errors).to.deep.equal({});
    });
  }

  it('agrees with the profile schema on which counts are whole', () => {
    for (const field of wholeOnes) {
      const key = (ANSWER_FIELDS[field] as AnswerFieldSpec).profile!;
      expect(() => validateProfile({ [key]: 1.5 }), key).to.throw(/whole number/);
      expect(() => validateProfile({ [key]: 2 }), key).not.to.throw();
    }
    for (const key of ['yearsExperience', 'monthsWorking'] as const) expect(validateProfile({ [key]: 1.5 })[key]).to.equal(1.5);
  });

  it('asks every field an "Answer" button can lead to, once, in the order of the form', () => {
    const asked = Object.keys(messages('en').ui.fieldNames);
    expect([...PROFILE_ORDER].sort()).to.deep.equal([...asked].sort());
    expect(PROFILE_ORDER.slice(0, 4)).to.deep.equal(['citizenship', 'employment', 'employerCountry', 'clientCountries']);
    expect(answerFieldFor('grossMonthlyIncome')).to.equal('grossIncome');
    expect(answerFieldFor('monthlyIncome')).to.equal('income');
    // The first passport, not the second behind "More questions".
    expect(answerFieldFor('citizenship')).to.equal('citizenship');
  });
});
