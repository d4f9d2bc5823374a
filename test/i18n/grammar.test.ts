/** Each language as a native editor would write it: cases after prepositions, plural agreement, no templates showing. */
import { expect } from '@open-wc/testing';
import { checkEligibility } from '../../src/eligibility/index.js';
import { catalogues } from '../../src/i18n/messages/index.js';

const time = (lang: 'en' | 'de' | 'ru', max: number, unit: 'days' | 'working-days' | 'weeks' | 'months', more = {}) =>
  catalogues[lang].facts.processingTime({ max, unit, approximate: false, ...more });

describe('grammar of the catalogues', () => {
  it('ru: "до" and "около" take the genitive; a range counts like its last number', () => {
    expect(time('ru', 1, 'months')).to.equal('до 1 месяца');
    expect(time('ru', 2, 'months')).to.equal('до 2 месяцев');
    expect(time('ru', 5, 'months')).to.equal('до 5 месяцев');
    expect(time('ru', 21, 'days')).to.equal('до 21 дня');
    expect(time('ru', 10, 'working-days')).to.equal('до 10 рабочих дней');
    expect(time('ru', 3, 'weeks', { approximate: true })).to.equal('около 3 недель');
    expect(time('ru', 1.5, 'months')).to.equal('до 1,5 месяца');
    expect(time('ru', 3, 'months', { min: 2 })).to.equal('2–3 месяца');
    expect(time('ru', 10, 'days', { min: 5 })).to.equal('5–10 дней');
  });

  it('de: "bis zu" takes the dative; "etwa" and ranges do not', () => {
    expect(time('de', 2, 'months')).to.equal('bis zu 2 Monaten');
    expect(time('de', 1, 'months')).to.equal('bis zu 1 Monat');
    expect(time('de', 10, 'days')).to.equal('bis zu 10 Tagen');
    expect(time('de', 60, 'working-days', { approximate: true })).to.equal('etwa 60 Arbeitstage');
    expect(time('de', 3, 'weeks', { min: 2 })).to.equal('2–3 Wochen');
  });

  it('en: singular and plural', () => {
    expect(time('en', 1, 'months')).to.equal('up to 1 month');
    expect(time('en', 10, 'working-days', { approximate: true })).to.equal('about 10 working days');
  });

  it('de: the summary agrees in number', () => {
    const summary = catalogues.de.ui.summary;
    expect(summary({ eligible: 1, unknown: 1, ineligible: 1 })).to.equal('1 kommt in Frage, 1 ist zu prüfen, 1 kommt nicht in Frage.');
    expect(summary({ eligible: 4, unknown: 0, ineligible: 5 })).to.equal('4 kommen in Frage, 0 sind zu prüfen, 5 kommen nicht in Frage.');
  });

  it('ru: the kind of work and the employer abroad read as sentences, not as filled-in forms', () => {
    const [hu] = checkEligibility({ employment: 'freelancer', employerCountry: 'hu' }, { programmes: ['hu-white-card'], lang: 'ru' });
    const text = hu.checks.map((c) => c.message).join(' ');
    expect(text).to.not.include('в качестве:');
    expect(text).to.not.include('страны «');
    expect(text).to.include('вне страны визы (Венгрия)');
    const [pt] = checkEligibility({ employment: 'freelancer' }, { programmes: ['pt-digital-nomad'], lang: 'ru' });
    expect(pt.checks.find((c) => c.requirement === 'employment')!.message).to.include('Вы работаете фрилансером.');
  });
});
