import type { FactMessages } from '../catalogue.js';

const plural = new Intl.PluralRules('ru');
const pick = (n: number, one: string, few: string, many: string) => {
  const form = plural.select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
};

/** Nominative one, few, many; genitive singular and plural (after "до", "около"). */
const NOUNS = {
  days: ['день', 'дня', 'дней', 'дня', 'дней'],
  'working-days': ['рабочий день', 'рабочих дня', 'рабочих дней', 'рабочего дня', 'рабочих дней'],
  'calendar-days': ['календарный день', 'календарных дня', 'календарных дней', 'календарного дня', 'календарных дней'],
  weeks: ['неделя', 'недели', 'недель', 'недели', 'недель'],
  months: ['месяц', 'месяца', 'месяцев', 'месяца', 'месяцев'],
} as const;
/** Genitive singular and plural, for "до" and "не менее". */
const LENGTHS = { days: ['дня', 'дней'], months: ['месяца', 'месяцев'], years: ['года', 'лет'] } as const;
const format = (n: number) => n.toLocaleString('ru');

export const factsRu: FactMessages = {
  labels: {
    income: 'Доход',
    savings: 'Сбережения',
    validity: 'Срок действия',
    family: 'Семья',
    processing: 'Рассмотрение',
    fees: 'Сборы',
    nationality: 'Гражданство',
    employment: 'Вид занятости',
    application: 'Где подавать',
    prepare: 'Подготовить',
    conditions: 'Условия',
    tax: 'Налоги',
    cost: 'Стоимость жизни',
    quota: 'Квота',
    launched: 'Введена',
    notes: 'Полезно знать',
    sources: 'Источники',
    requirements: 'Требования',
  },
  kinds: {
    'digital-nomad': 'Цифровой кочевник',
    'remote-work': 'Удалённая работа',
    'self-employed': 'Самозанятые',
    'skilled-residence': 'Квалифицированные специалисты',
  },
  period: (period) => (period === 'month' ? 'в месяц' : 'в год'),
  basis: { net: 'после налогов', gross: 'до налогов' },
  none: { income: 'Без требования к доходу', savings: 'Без требования к сбережениям' },
  notStated: 'Не указано',
  stale: (date) =>
    `Эти сведения — по состоянию на ${date} г. и с тех пор могли измениться: перед подачей проверьте их в ведомстве или консульстве.`,
  staleShort: 'с тех пор могло измениться',
  namedInSource: 'Название в источнике',
  // The date ends in "г." already: no second full stop.
  reviewed: (date) => `Все данные сверены с этими источниками ${date}${date.endsWith('.') ? '' : '.'}`,
  notStatedInSources: 'В источниках не указано.',
  about: 'около',
  upTo: 'до',
  from: 'от',
  overMonths: (months, rule) => {
    const span = `${months} ${pick(months, 'месяц', 'месяца', 'месяцев')}`;
    if (rule === 'average') return `в среднем за последние ${span}`;
    if (rule === 'each-month') return `в каждом из последних ${months} ${pick(months, 'месяца', 'месяцев', 'месяцев')}`;
    return `за последние ${span} (каждый месяц или в среднем — не указано)`;
  },
  derivation: (factor, of, base) => `${String(factor).replace('.', ',')} × ${of}${base ? ` (${base})` : ''}`,
  savingsAlternative: 'вместо дохода',
  family: { yes: 'Может поехать', no: 'Не может поехать', conditional: 'При условиях' },
  members: {
    spouse: 'супруг(а)',
    partner: 'партнёр',
    children: 'дети',
    parents: 'родители',
    grandparents: 'бабушки и дедушки',
    siblings: 'братья и сёстры',
    dependants: 'иждивенцы',
  },
  upliftPercent: (spouse, perChild) => `доход +${spouse} % за супруга, +${perChild} % за каждого ребёнка`,
  upliftPerMember: (amount) => `доход +${amount} за каждого члена семьи`,
  upliftPartner: (amount) => `доход ${amount} с партнёром`,
  maxStay: (duration) => `всего не более ${duration}`,
  permanentResidence: (possible, afterYears) =>
    possible
      ? afterYears
        ? `путь к ПМЖ через ${afterYears} ${pick(afterYears, 'год', 'года', 'лет')}`
        : 'ведёт к постоянному проживанию'
      : 'без пути к ПМЖ',
  processingTime: ({ min, max, unit, approximate }) => {
    const [one, few, many, genitiveOne, genitiveMany] = NOUNS[unit];
    const nominative = (n: number) => (Number.isInteger(n) ? pick(n, one, few, many) : few);
    // "до", "от" and "около" take the genitive: до 1 месяца, до 2 месяцев, около 21 дня, около 5–6 недель.
    const genitive = (n: number) => (Number.isInteger(n) && plural.select(n) !== 'one' ? genitiveMany : genitiveOne);
    if (min !== undefined && max !== undefined) {
      const amount = min === max ? format(max) : `${format(min)}–${format(max)}`;
      // A range counts like its last number: 2–3 месяца, 5–10 дней.
      return approximate ? `около ${amount} ${min === max ? genitive(max) : genitiveMany}` : `${amount} ${nominative(max)}`;
    }
    if (max !== undefined) return `${approximate ? 'около' : 'до'} ${format(max)} ${genitive(max)}`;
    const from = min ?? 0;
    return `от ${format(from)} ${genitive(from)}`;
  },
  // "до" and "не менее" take the genitive: до 1 года, до 2 лет, не менее 90 дней.
  lengthBound: (bound, amount, unit) => {
    const [genitiveOne, genitiveMany] = LENGTHS[unit];
    const noun = Number.isInteger(amount) && plural.select(amount) !== 'one' ? genitiveMany : genitiveOne;
    return `${bound === 'up-to' ? 'до' : 'не менее'} ${format(amount)} ${noun}`;
  },
  familyMembers: { yes: 'Могут поехать', no: 'Не могут поехать', conditional: 'При определённых условиях могут поехать' },
  channels: { online: 'онлайн', email: 'по электронной почте', post: 'по почте', consulate: 'в консульстве', 'in-country': 'в стране' },
  onlyFor: (list) => `Только для граждан: ${list}`,
  notFor: (list) => `Не для граждан: ${list}`,
  notForPartial: (list) => `Не для граждан: ${list} и других стран из ограничительного списка`,
  openToAll: 'Для граждан любых стран',
  employment: { accepted: 'да', 'not-accepted': 'нет', unclear: 'не указано' },
  rent: (range) => `аренда однокомнатной квартиры ${range}`,
  utilities: (amount) => `коммунальные услуги ${amount}`,
  transport: (amount) => `проездной ${amount}`,
  lunch: (amount) => `недорогой обед ${amount}`,
  quota: (perYear) => `не более ${perYear} в год`,
  launched: (date) => `с ${date}`,
  conflict: (year, value) => `Источник ${year} года указывает: ${value}`,
  conflictMarker: 'Источники расходятся',
  more: 'Подробнее',
  approxNote: (asOf) => `≈ пересчитано по курсу на ${asOf}`,
  asOf: (date) => `по состоянию на ${date} г.`,
  group: (group) =>
    ({
      EU: 'ЕС',
      EEA: 'ЕЭЗ',
      EFTA: 'ЕАСТ',
      SCHENGEN: 'Шенгенская зона',
      OECD: 'ОЭСР',
      SCHENGEN_VISA_FREE: 'страны, гражданам которых не нужна шенгенская виза',
      FREE_MOVEMENT: 'ЕС, ЕЭЗ и Швейцария',
    })[group],
};
