import { expect } from '@open-wc/testing';
import { programmes } from '../../src/data/dataset.js';
import { statusOf } from './helpers.js';

/**
 * Kinds of work per programme as the articles describe them (typed here, not read from the data):
 * employee, freelancer, business owner. 'absent' where the articles set no such rule.
 */
const EMPLOYMENT: Record<string, [string, string, string]> = {
  'kz-digital-nomad': ['absent', 'absent', 'absent'],
  'kz-neo-nomad': ['met', 'unknown', 'met'],
  'kz-b9': ['absent', 'absent', 'absent'],
  'al-digital-nomad': ['met', 'met', 'unknown'],
  'ad-digital-nomad': ['met', 'met', 'unknown'],
  'hu-white-card': ['met', 'unknown', 'met'],
  'de-freelance': ['unmet', 'met', 'unknown'],
  'gr-digital-nomad': ['met', 'met', 'unknown'],
  'is-remote-work': ['met', 'met', 'unknown'],
  'es-digital-nomad': ['met', 'met', 'unknown'],
  'it-digital-nomad': ['met', 'unknown', 'unknown'],
  'cy-digital-nomad': ['met', 'met', 'unknown'],
  'lv-digital-nomad': ['met', 'met', 'unknown'],
  'mt-nomad-residence': ['met', 'met', 'met'],
  'nl-self-employed': ['unmet', 'met', 'met'],
  'no-self-employed': ['unmet', 'met', 'unmet'], // a sole proprietor, "nicht als GmbH"
  'pt-digital-nomad': ['met', 'met', 'met'],
  'ro-digital-nomad': ['met', 'unknown', 'met'],
  'hr-digital-nomad': ['met', 'met', 'met'],
  'me-digital-nomad': ['met', 'unknown', 'unknown'],
  'cz-digital-nomad': ['met', 'met', 'unknown'],
  'cz-self-employed': ['unmet', 'met', 'met'],
  'ee-digital-nomad': ['met', 'met', 'met'],
};

/** Programmes whose employer, clients or company must be registered outside the country. */
const EMPLOYER_ABROAD = [
  'kz-neo-nomad',
  'al-digital-nomad',
  'ad-digital-nomad',
  'hu-white-card',
  'gr-digital-nomad',
  'is-remote-work',
  'es-digital-nomad',
  'cy-digital-nomad',
  'mt-nomad-residence',
  'pt-digital-nomad',
  'ro-digital-nomad',
  'hr-digital-nomad',
  'me-digital-nomad',
  'cz-digital-nomad',
  'ee-digital-nomad',
];

describe('every programme: kinds of work', () => {
  it('the table covers every programme', () => {
    expect(Object.keys(EMPLOYMENT)).to.have.members(programmes.map((p) => p.id));
  });
  for (const [id, [employee, freelancer, owner]] of Object.entries(EMPLOYMENT)) {
    it(`${id}: employee ${employee}, freelancer ${freelancer}, business owner ${owner}`, () => {
      expect(statusOf(id, { employment: 'employee' }, 'employment')).to.equal(employee);
      expect(statusOf(id, { employment: 'freelancer' }, 'employment')).to.equal(freelancer);
      expect(statusOf(id, { employment: 'business-owner' }, 'employment')).to.equal(owner);
    });
  }
});

describe('every programme: employer abroad', () => {
  for (const programme of programmes) {
    const applies = EMPLOYER_ABROAD.includes(programme.id);
    it(`${programme.id}: ${applies ? 'an employer in the country rules it out' : 'no such rule'}`, () => {
      const profile = { employment: 'employee' as const };
      expect(statusOf(programme.id, { ...profile, employerCountry: programme.country }, 'employer-abroad')).to.equal(
        applies ? 'unmet' : 'absent',
      );
      expect(statusOf(programme.id, { ...profile, employerCountry: 'jp' }, 'employer-abroad')).to.equal(applies ? 'met' : 'absent');
    });
  }
});
