/** Each language as a native editor would write it: cases after prepositions, plural agreement, no templates showing. */
import { expect } from '@open-wc/testing';
import { checkEligibility } from '../../src/eligibility/index.js';
import { catalogues } from '../../src/i18n/messages/index.js';
import { engineDe } from '../../src/i18n/messages/engine-de.js';

const time = (lang: 'en' | 'de' | 'ru', max: number, unit: 'days' | 'working-days' | 'weeks' | 'months', more = {}) =>
  catalogues[lang].facts.processingTime({ max, unit, approximate: false, ...more });

describe('grammar of the catalogues', () => {
  it('de: a country that takes an article keeps it after in, außerhalb and a passport', () => {
    expect(engineDe.changeClient('Niederlande', 1)).to.equal('Ein Vertrag mit einem Kunden mit Sitz in den Niederlanden.');
    expect(engineDe.changeClient('Norwegen', 1)).to.equal('Ein Vertrag mit einem Kunden mit Sitz in Norwegen.');
    expect(engineDe.changeClient('Schweiz', 2)).to.equal('Verträge mit mindestens 2 Kunden mit Sitz in der Schweiz.');
    expect(engineDe.clientsCounted('Niederlande', 3)).to.equal('Ihre Kunden mit Sitz in den Niederlanden: 3.');
    expect(catalogues.de.ui.labels.clientCountIn('Schweiz')).to.equal('Wie viele Ihrer Kunden haben ihren Sitz in der Schweiz?');
    expect(engineDe.employerAbroad('Schweiz')).to.equal('ein Arbeitgeber, Kunden oder ein Unternehmen mit Sitz außerhalb der Schweiz');
    expect(engineDe.changeEmployerAbroad('Portugal')).to.equal('Ein Arbeitgeber oder Kunden mit Sitz außerhalb von Portugal.');
    expect(engineDe.someClientsInside('Vereinigtes Königreich')).to.match(/^Ein Teil Ihrer Kunden sitzt im Vereinigten Königreich:/);
    expect(engineDe.clientsInCountry('Philippinen', 1)).to.equal('ein Vertrag mit einem Kunden mit Sitz auf den Philippinen');
    expect(catalogues.de.ui.withPassport('Vereinigte Staaten')).to.equal('Mit Ihrem Pass der Vereinigten Staaten.');
    expect(engineDe.freeMovement('Niederlande', 'Portugal')).to.include('Als Staatsangehörige(r) der Niederlande');
    expect(engineDe.freeMovement('Irland', 'Niederlande')).to.include('in der EU, im EWR und in der Schweiz in den Niederlanden leben');
  });

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

  it('an exact processing time, and one with only a lower end, in each language', () => {
    const exact = (lang: 'en' | 'de' | 'ru', n: number, approximate = false) =>
      catalogues[lang].facts.processingTime({ min: n, max: n, unit: 'days', approximate });
    const from = (lang: 'en' | 'de' | 'ru', n: number) =>
      catalogues[lang].facts.processingTime({ min: n, unit: 'weeks', approximate: false });
    expect([exact('en', 10), exact('de', 10), exact('ru', 10)]).to.deep.equal(['10 days', '10 Tage', '10 дней']);
    expect([exact('en', 1), exact('de', 1), exact('ru', 1), exact('ru', 3)]).to.deep.equal(['1 day', '1 Tag', '1 день', '3 дня']);
    expect([exact('en', 60, true), exact('de', 60, true), exact('ru', 21, true)]).to.deep.equal([
      'about 60 days',
      'etwa 60 Tage',
      'около 21 дня',
    ]);
    expect([from('en', 5), from('de', 5), from('ru', 5)]).to.deep.equal(['from 5 weeks', 'ab 5 Wochen', 'от 5 недель']);
    expect(catalogues.ru.facts.processingTime({ min: 5, max: 6, unit: 'weeks', approximate: true })).to.equal('около 5–6 недель');
    expect(catalogues.de.facts.processingTime({ min: 5, max: 6, unit: 'weeks', approximate: true })).to.equal('etwa 5–6 Wochen');
  });

  it('a length with one open end: "bis zu" takes the dative, "до" and "не менее" the genitive', () => {
    const bound = (lang: 'en' | 'de' | 'ru', which: 'up-to' | 'at-least', n: number, unit: 'days' | 'months' | 'years') =>
      catalogues[lang].facts.lengthBound(which, n, unit);
    expect([bound('en', 'up-to', 2, 'years'), bound('de', 'up-to', 2, 'years'), bound('ru', 'up-to', 2, 'years')]).to.deep.equal([
      'up to 2 years',
      'bis zu 2 Jahren',
      'до 2 лет',
    ]);
    expect([bound('en', 'up-to', 1, 'years'), bound('de', 'up-to', 1, 'years'), bound('ru', 'up-to', 1, 'years')]).to.deep.equal([
      'up to 1 year',
      'bis zu 1 Jahr',
      'до 1 года',
    ]);
    expect([bound('en', 'at-least', 1, 'years'), bound('de', 'at-least', 2, 'months'), bound('ru', 'at-least', 90, 'days')]).to.deep.equal([
      'at least 1 year',
      'mindestens 2 Monate',
      'не менее 90 дней',
    ]);
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
