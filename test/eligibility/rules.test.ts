import { expect } from '@open-wc/testing';
import type { Profile } from '../../src/eligibility/index.js';
import { messageOf, resultFor, statusOf, strong } from './helpers.js';

type Row = [programme: string, profile: Profile, requirement: string, expected: string];
const table = (title: string, rows: Row[]) =>
  describe(title, () => {
    for (const [programme, profile, requirement, expected] of rows) {
      it(`${programme} ${JSON.stringify(profile)} → ${requirement} ${expected}`, () => {
        expect(statusOf(programme, profile, requirement)).to.equal(expected);
      });
    }
  });

table('nationality lists', [
  ['hu-white-card', { citizenship: 'us' }, 'citizenship', 'met'],
  ['is-remote-work', { citizenship: 'ca' }, 'citizenship', 'met'],
  ['cy-digital-nomad', { citizenship: 'tr' }, 'citizenship', 'met'],
  ['pt-digital-nomad', { citizenship: 'br' }, 'citizenship', 'met'],
  ['cz-digital-nomad', { citizenship: 'tw' }, 'citizenship', 'met'],
  ['cz-digital-nomad', { citizenship: 'gb' }, 'citizenship', 'met'],
  ['cz-digital-nomad', { citizenship: 'in' }, 'citizenship', 'unmet'],
  ['cz-self-employed', { citizenship: 'ru' }, 'citizenship', 'unmet'],
  ['cz-self-employed', { citizenship: 'by' }, 'citizenship', 'unmet'],
  ['mt-nomad-residence', { citizenship: 'ru' }, 'citizenship', 'unmet'],
  ['mt-nomad-residence', { citizenship: 'by' }, 'citizenship', 'unmet'],
  ['mt-nomad-residence', { citizenship: 'gb' }, 'citizenship', 'met'],
  ['ee-digital-nomad', { citizenship: 'ru' }, 'citizenship', 'unmet'],
  ['ee-digital-nomad', { citizenship: 'us' }, 'citizenship', 'unknown'], // only part of the list is known
  ['hu-white-card', {}, 'citizenship', 'unknown'],
  ['kz-digital-nomad', { citizenship: 'ru' }, 'citizenship', 'absent'], // open to all
  ['es-digital-nomad', { citizenship: 'us' }, 'citizenship', 'absent'], // the sources set no list
]);

// EU, EEA and Swiss citizens need no visa in the EU, the EEA or Switzerland: said instead of the nationality rule.
table('free movement', [
  ['hu-white-card', { citizenship: 'de' }, 'free-movement', 'unmet'], // EU
  ['hu-white-card', { citizenship: 'no' }, 'free-movement', 'unmet'], // EEA
  ['hu-white-card', { citizenship: 'ch' }, 'free-movement', 'unmet'], // Switzerland
  ['hu-white-card', { citizenship: 'ch' }, 'citizenship', 'absent'],
  ['is-remote-work', { citizenship: 'de' }, 'free-movement', 'unmet'], // EU citizen, EEA country
  ['it-digital-nomad', { citizenship: 'no' }, 'free-movement', 'unmet'],
  ['cy-digital-nomad', { citizenship: 'is' }, 'free-movement', 'unmet'],
  ['pt-digital-nomad', { citizenship: 'li' }, 'free-movement', 'unmet'],
  ['cz-self-employed', { citizenship: 'fr' }, 'free-movement', 'unmet'],
  ['es-digital-nomad', { citizenship: 'de' }, 'free-movement', 'unmet'], // no nationality list, still no visa needed
  ['mt-nomad-residence', { citizenship: 'de' }, 'free-movement', 'absent'], // Malta admits EU citizens explicitly
  ['al-digital-nomad', { citizenship: 'de' }, 'free-movement', 'absent'], // Albania: outside the EU and EEA
  ['me-digital-nomad', { citizenship: 'fr' }, 'free-movement', 'absent'],
  ['kz-neo-nomad', { citizenship: 'ch' }, 'free-movement', 'absent'],
  ['pt-digital-nomad', { citizenship: 'gb' }, 'free-movement', 'absent'], // no longer in the EU
  ['pt-digital-nomad', {}, 'free-movement', 'absent'],
]);

table('no visa needed for Schengen (Iceland)', [
  ['is-remote-work', { citizenship: 'us' }, 'schengen-visa-free', 'met'],
  ['is-remote-work', { citizenship: 'gb' }, 'schengen-visa-free', 'met'],
  ['is-remote-work', { citizenship: 'ua' }, 'schengen-visa-free', 'met'],
  ['is-remote-work', { citizenship: 'xk' }, 'schengen-visa-free', 'met'],
  ['is-remote-work', { citizenship: 'in' }, 'schengen-visa-free', 'unmet'],
  ['is-remote-work', { citizenship: 'ru' }, 'schengen-visa-free', 'unmet'],
  ['is-remote-work', { citizenship: 'vu' }, 'schengen-visa-free', 'unmet'], // exemption suspended since 2023
  ['is-remote-work', {}, 'schengen-visa-free', 'unknown'],
]);

table('kinds of work', [
  ['de-freelance', { employment: 'employee' }, 'employment', 'unmet'],
  ['de-freelance', { employment: 'freelancer' }, 'employment', 'met'],
  ['de-freelance', { employment: 'business-owner' }, 'employment', 'unknown'],
  ['nl-self-employed', { employment: 'employee' }, 'employment', 'unmet'],
  ['nl-self-employed', { employment: 'business-owner' }, 'employment', 'met'],
  ['cz-self-employed', { employment: 'employee' }, 'employment', 'unmet'],
  ['no-self-employed', { employment: 'freelancer' }, 'employment', 'met'],
  ['kz-neo-nomad', { employment: 'freelancer' }, 'employment', 'unknown'],
  ['kz-neo-nomad', { employment: 'business-owner' }, 'employment', 'met'],
  ['mt-nomad-residence', { employment: 'business-owner' }, 'employment', 'met'],
  ['hr-digital-nomad', { employment: 'freelancer' }, 'employment', 'met'],
  ['gr-digital-nomad', {}, 'employment', 'unknown'],
]);

table('degree or experience', [
  // 2025: any degree; 2024: "relevant" education. A degree alone is open while the sources disagree.
  ['es-digital-nomad', { degree: true }, 'degree-or-experience', 'unknown'],
  ['es-digital-nomad', { degree: true, yearsExperience: 3 }, 'degree-or-experience', 'met'],
  ['es-digital-nomad', { degree: false, yearsExperience: 3 }, 'degree-or-experience', 'met'],
  ['es-digital-nomad', { degree: false, yearsExperience: 2.5 }, 'degree-or-experience', 'unmet'],
  ['es-digital-nomad', { yearsExperience: 3 }, 'degree-or-experience', 'met'],
  ['es-digital-nomad', { yearsExperience: 1 }, 'degree-or-experience', 'unknown'],
  ['es-digital-nomad', { degree: false }, 'degree-or-experience', 'unknown'],
  ['cz-digital-nomad', { employment: 'employee', degree: true, yearsExperience: 0 }, 'degree-or-experience', 'unknown'], // must be STEM
  ['cz-digital-nomad', { employment: 'employee', degree: true, degreeField: 'stem', yearsExperience: 0 }, 'degree-or-experience', 'met'],
  ['cz-digital-nomad', { employment: 'employee', degree: true, degreeField: 'other', yearsExperience: 0 }, 'degree-or-experience', 'unmet'],
  [
    'cz-digital-nomad',
    { employment: 'employee', degree: true, degreeField: 'other', yearsExperience: 3 },
    'degree-or-experience',
    'unknown',
  ], // IT not given
  [
    'cz-digital-nomad',
    { employment: 'employee', degree: true, degreeField: 'other', yearsExperience: 1, itProfessional: true },
    'degree-or-experience',
    'unmet',
  ],
  [
    'cz-digital-nomad',
    { employment: 'employee', degree: true, degreeField: 'other', yearsExperience: 3, itProfessional: true },
    'degree-or-experience',
    'met',
  ],
  ['es-digital-nomad', { degree: true, degreeField: 'other', yearsExperience: 1 }, 'degree-or-experience', 'unknown'], // any or relevant
  ['cz-digital-nomad', { employment: 'employee', degree: false, yearsExperience: 3, itProfessional: true }, 'degree-or-experience', 'met'],
  [
    'cz-digital-nomad',
    { employment: 'employee', degree: false, yearsExperience: 3, itProfessional: false },
    'degree-or-experience',
    'unmet',
  ],
  ['cz-digital-nomad', { employment: 'employee', degree: false, yearsExperience: 3 }, 'degree-or-experience', 'unknown'],
  [
    'cz-digital-nomad',
    { employment: 'employee', degree: false, yearsExperience: 2, itProfessional: true },
    'degree-or-experience',
    'unmet',
  ],
  // Freelancers: „einen einschlägigen Hochschulabschluss“, a relevant degree the source names no fields for.
  [
    'cz-digital-nomad',
    { employment: 'freelancer', degree: true, degreeField: 'stem', yearsExperience: 0 },
    'degree-or-experience',
    'unknown',
  ],
  ['cz-digital-nomad', { employment: 'freelancer', degree: true, degreeField: 'stem' }, 'degree-or-experience', 'unknown'],
  [
    'cz-digital-nomad',
    { employment: 'freelancer', degree: false, yearsExperience: 3, itProfessional: true },
    'degree-or-experience',
    'met',
  ],
  [
    'cz-digital-nomad',
    { employment: 'freelancer', degree: false, yearsExperience: 1, itProfessional: true },
    'degree-or-experience',
    'unmet',
  ],
  ['no-self-employed', { degree: false, yearsExperience: 6 }, 'degree-or-experience', 'met'],
  ['no-self-employed', { degree: false, yearsExperience: 5 }, 'degree-or-experience', 'unknown'], // vocational training may count
  ['no-self-employed', { degree: true }, 'degree-or-experience', 'met'],
]);

table('employer', [
  ['cz-digital-nomad', { employment: 'employee', employerEmployees: 50 }, 'employer-min-employees', 'met'],
  ['cz-digital-nomad', { employment: 'employee', employerEmployees: 49 }, 'employer-min-employees', 'unmet'],
  ['cz-digital-nomad', { employment: 'freelancer', employerEmployees: 1 }, 'employer-min-employees', 'absent'], // employees only
  ['cz-digital-nomad', { employerEmployees: 10 }, 'employer-min-employees', 'unknown'], // kind of work not given
  ['cz-digital-nomad', { employment: 'employee' }, 'employer-min-employees', 'unknown'],
  ['lv-digital-nomad', { employerCountry: 'us' }, 'employer-in-group', 'met'],
  ['lv-digital-nomad', { employerCountry: 'tr' }, 'employer-in-group', 'met'],
  ['lv-digital-nomad', { employerCountry: 'br' }, 'employer-in-group', 'unmet'],
  ['lv-digital-nomad', {}, 'employer-in-group', 'unknown'],
  ['pt-digital-nomad', { employerCountry: 'pt' }, 'employer-abroad', 'unmet'],
  ['pt-digital-nomad', { employerCountry: 'de' }, 'employer-abroad', 'met'],
  ['es-digital-nomad', { employerCountry: 'es' }, 'employer-abroad', 'unmet'],
  ['hr-digital-nomad', {}, 'employer-abroad', 'unknown'],
  // Freelancers and business owners: where their clients are.
  ['hr-digital-nomad', { employment: 'freelancer', clientCountries: ['de', 'us'] }, 'employer-abroad', 'met'],
  ['hr-digital-nomad', { employment: 'freelancer', clientCountries: ['hr'] }, 'employer-abroad', 'unmet'],
  ['es-digital-nomad', { employment: 'freelancer', clientCountries: ['es', 'fr'] }, 'employer-abroad', 'unknown'], // a share may be allowed
]);

table('clients in the country', [
  ['no-self-employed', { employment: 'freelancer', clientCountries: ['no'] }, 'clients-in-country', 'met'],
  ['no-self-employed', { employment: 'freelancer', clientCountries: ['fr'] }, 'clients-in-country', 'unmet'],
  ['no-self-employed', { employment: 'freelancer' }, 'clients-in-country', 'unknown'],
  ['nl-self-employed', { employment: 'freelancer', clientCountries: ['nl', 'de'] }, 'clients-in-country', 'met'],
  ['nl-self-employed', { employment: 'freelancer', clientCountries: ['de'] }, 'clients-in-country', 'unmet'],
  ['nl-self-employed', { employment: 'business-owner', clientCountries: ['de'] }, 'clients-in-country', 'absent'], // freelancers only
  // At least two in Germany: the list says there is one; how many is a question of its own.
  ['de-freelance', { employment: 'freelancer', clientCountries: ['de'] }, 'clients-in-country', 'unknown'],
  ['de-freelance', { employment: 'freelancer', clientCountries: ['de', 'us'], clientCounts: { de: 2 } }, 'clients-in-country', 'met'],
  ['de-freelance', { employment: 'freelancer', clientCountries: ['de'], clientCounts: { de: 5 } }, 'clients-in-country', 'met'],
  ['de-freelance', { employment: 'freelancer', clientCountries: ['de'], clientCounts: { de: 1 } }, 'clients-in-country', 'unmet'],
  ['de-freelance', { employment: 'freelancer', clientCountries: ['at', 'de'], clientCounts: { at: 4 } }, 'clients-in-country', 'unknown'],
  // A count for one client is not needed where one is enough.
  ['no-self-employed', { employment: 'freelancer', clientCountries: ['no'], clientCounts: { no: 1 } }, 'clients-in-country', 'met'],
  ['de-freelance', { employment: 'freelancer', clientCountries: ['at'] }, 'clients-in-country', 'unmet'],
]);

table('IT profession', [
  ['kz-digital-nomad', { itProfessional: true }, 'it-professional', 'met'],
  ['kz-digital-nomad', { itProfessional: false }, 'it-professional', 'unmet'],
  ['kz-digital-nomad', {}, 'it-professional', 'unknown'],
  ['cz-digital-nomad', { employment: 'freelancer', itProfessional: false }, 'it-professional', 'unmet'],
  ['cz-digital-nomad', { employment: 'employee', itProfessional: false }, 'it-professional', 'absent'], // freelancers only
]);

table('months of work', [
  ['lv-digital-nomad', { employment: 'employee', monthsWorking: 6 }, 'min-months-working', 'met'],
  ['lv-digital-nomad', { employment: 'employee', monthsWorking: 5 }, 'min-months-working', 'unmet'],
  ['lv-digital-nomad', { employment: 'freelancer', monthsWorking: 1 }, 'min-months-working', 'absent'],
  ['ro-digital-nomad', { employment: 'business-owner', monthsWorking: 36 }, 'min-months-working', 'met'],
  ['ro-digital-nomad', { employment: 'business-owner', monthsWorking: 35 }, 'min-months-working', 'unmet'],
  ['ro-digital-nomad', { employment: 'employee', monthsWorking: 35 }, 'min-months-working', 'unknown'],
  ['it-digital-nomad', { monthsWorking: 3 }, 'min-months-working', 'unknown'], // earlier remote work may count
]);

describe('messages', () => {
  it('say what is needed and what was given, in German with German number formats', () => {
    expect(
      messageOf('gr-digital-nomad', { monthlyIncome: { amount: 4000, currency: 'EUR' }, spouse: true, children: 1 }, 'income', 'de'),
    ).to.equal(
      'Erforderlich: mindestens 4.725\u00a0€ im Monat netto für Sie mit Ehe- oder Lebenspartner und 1 Kind. Ihre ' +
        'Angabe: 4.000\u00a0€ im Monat netto.',
    );
    expect(messageOf('cz-digital-nomad', { citizenship: 'in' }, 'citizenship', 'de')).to.equal(
      'Erforderlich: Staatsangehörigkeit von Australien, Japan, Kanada, Südkorea, Neuseeland, Vereinigtes ' +
        'Königreich, Vereinigte Staaten oder Taiwan. Ihre Staatsangehörigkeit: Indien.',
    );
  });
  it('speak Russian with Russian plurals and number formats', () => {
    expect(
      messageOf('gr-digital-nomad', { monthlyIncome: { amount: 4000, currency: 'EUR' }, spouse: true, children: 2 }, 'income', 'ru'),
    ).to.equal(
      'Требуется: не менее 5\u00a0250\u00a0€ в месяц после налогов для вас, если с вами супруг(а) и 2 ребёнка. Вы ' +
        'указали 4\u00a0000\u00a0€ в месяц после налогов.',
    );
    expect(messageOf('lv-digital-nomad', { employment: 'employee', monthsWorking: 5 }, 'min-months-working', 'ru')).to.equal(
      'Требуется: не менее 6 месяцев у текущего работодателя. Вы указали 5 месяцев.',
    );
  });
  it('say only what is missing when nothing about degree or experience was given', () => {
    expect(messageOf('es-digital-nomad', {}, 'degree-or-experience')).to.equal(
      'Needs a university degree or at least 3 years of professional experience. You did not say whether you have a degree.',
    );
  });
  it('name the country groups', () => {
    expect(messageOf('lv-digital-nomad', { employerCountry: 'br' }, 'employer-in-group')).to.equal(
      'Needs an employer, or your own registration, in a country of the OECD. Your employer, clients or company are in Brazil.',
    );
  });
  it('tell EU, EEA and Swiss citizens that they need no such visa', () => {
    expect(messageOf('hu-white-card', { citizenship: 'de' }, 'free-movement')).to.equal(
      'You need no such visa: as a citizen of Germany you may live and work in Hungary under free movement in the ' +
        'EU, the EEA and Switzerland.',
    );
    expect(messageOf('hu-white-card', { citizenship: 'de' }, 'free-movement', 'de')).to.match(/^Sie brauchen kein solches Visum/);
    expect(messageOf('hu-white-card', { citizenship: 'de' }, 'free-movement', 'ru')).to.match(/^Такая виза вам не нужна/);
  });
  it('mt admits EU citizens explicitly: a German is judged as anyone, with the free-movement note beside it', () => {
    const german = resultFor('mt-nomad-residence', { ...strong, citizenship: 'de' });
    expect(german.verdict).to.equal('eligible');
    expect(german.freeMovement).to.equal(true);
    expect(german.freeMovementNote).to.match(/^You need no such visa: as a citizen of Germany you may live and work in Malta/);
    expect(resultFor('mt-nomad-residence', { ...strong, citizenship: 'de' }, 'de').freeMovementNote).to.match(
      /^Sie brauchen kein solches Visum/,
    );
    // A programme that does not say so still rules them out, and without the note.
    const spain = resultFor('es-digital-nomad', { ...strong, citizenship: 'de' });
    expect([spain.verdict, spain.freeMovement, spain.freeMovementNote]).to.deep.equal(['ineligible', true, undefined]);
    // A German applying to Malta with too little income is told so, as anyone would be.
    const short = resultFor('mt-nomad-residence', {
      ...strong,
      citizenship: 'de',
      monthlyIncome: { amount: 3000, currency: 'EUR' },
      grossMonthlyIncome: { amount: 3200, currency: 'EUR' },
    });
    expect(short.verdict).to.equal('ineligible');
  });
});
