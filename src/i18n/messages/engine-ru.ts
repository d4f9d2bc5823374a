/** The rule engine's texts in ru: only <visa-eligibility> and the API use them, so the loader fetches them apart. */
import type { EngineMessages } from '../catalogue.js';

const plural = new Intl.PluralRules('ru');

/** Russian noun forms for one / few / many: 1 месяц, 2 месяца, 5 месяцев. */
function count(n: number, one: string, few: string, many: string): string {
  const form = Number.isInteger(n) ? plural.select(n) : 'other';
  return `${n.toLocaleString('ru')} ${form === 'one' ? one : form === 'few' ? few : form === 'many' ? many : few}`;
}

const months = (n: number) => count(n, 'месяц', 'месяца', 'месяцев');
/** After «из последних»: the genitive plural ("из последних 3 месяцев"). */
const ofMonths = (n: number) => count(n, 'месяца', 'месяцев', 'месяцев');

const years = (n: number) => count(n, 'год', 'года', 'лет');
/** After «не менее»: the genitive ("не менее 3 лет"). */
const ofYears = (n: number) => count(n, 'года', 'лет', 'лет');

const BASIS = { net: ' после налогов', gross: ' до налогов', unspecified: '' } as const;

const STEM_FIELDS = 'в области естественных наук, технологий, инженерии или математики';

const STEM_DEGREE = `высшее образование ${STEM_FIELDS}`;
const UNSAID_AVERAGE = ' (достаточно ли среднего, источники не уточняют)';
const DEGREE = { any: 'высшее образование', stem: STEM_DEGREE, relevant: 'профильное для вашей работы высшее образование' };
const DIPLOMA = { any: 'высшее образование', stem: `диплом ${STEM_FIELDS}`, relevant: 'профильный диплом' };

const NOT_GIVEN = {
  citizenship: 'Вы не указали гражданство.',
  employment: 'Вы не указали, как работаете (по найму, фрилансером или владельцем бизнеса).',
  monthlyIncome: 'Вы не указали доход после налогов.',
  grossMonthlyIncome: 'Вы не указали доход до налогов.',
  savings: 'Вы не указали сбережения.',
  degree: 'Вы не указали, есть ли у вас высшее образование.',
  degreeField: 'Вы не указали, в какой области ваше образование.',
  yearsExperience: 'Вы не указали опыт работы.',
  itProfessional: 'Вы не указали, работаете ли вы в IT.',
  employerCountry: 'Вы не указали страну работодателя, клиентов или компании.',
  employerEmployees: 'Вы не указали численность сотрудников работодателя.',
  monthsWorking: 'Вы не указали, сколько месяцев работаете на текущем месте.',
  clientCountries: 'Вы не указали, где зарегистрированы ваши клиенты.',
  clientCounts: 'Вы не указали, сколько ваших клиентов зарегистрировано там.',
} as const;

/** How one works, after «работа» or «Вы работаете»: по найму, фрилансером, владельцем бизнеса. */
const TYPES = { employee: 'по найму', freelancer: 'фрилансером', 'business-owner': 'владельцем бизнеса' } as const;

const SUBJECTS = {
  'remote-work': 'удалённой работы',
  'current-employer': 'у текущего работодателя',
  'contract-or-company': 'по трудовому договору или в собственной компании',
} as const;

export const engineRu: EngineMessages = {
  needs: (phrase) => `Требуется: ${phrase}.`,
  sourcesDisagree: (versions) =>
    `Источники расходятся: ${versions.map((v) => `источник ${v.year} года требует ${v.phrase}`).join(', а ')}.`,
  notGiven: (field) => NOT_GIVEN[field],
  nothingToCheck: 'Источники не называют требований, которые можно проверить этой формой: прочитайте условия и уточните в ведомстве.',

  citizenshipOneOf: (list) => `гражданство одной из стран: ${list}`,
  citizenshipNotOf: (list) => `гражданство вне: ${list}`,
  youAreCitizen: (country) => `Ваше гражданство: ${country}.`,
  partialDenyList: (named) => `Источник приводит лишь часть списка исключений (в том числе ${named}): проверьте свою страну.`,

  employmentAs: (list) => `работа ${list}`,
  employmentType: (type) => TYPES[type],
  youWorkAs: (type) => `Вы работаете ${type}.`,
  employmentUnclear: (type) => `Источник не говорит, подходит ли работа ${type}.`,

  incomeAtLeast: (amount, period, basis, approximate) =>
    `${approximate ? 'около' : 'не менее'} ${amount} ${period === 'month' ? 'в месяц' : 'в год'}${BASIS[basis]}`,
  household: (spouse, children) =>
    [spouse ? 'супруг(а)' : '', children > 0 ? count(children, 'ребёнок', 'ребёнка', 'детей') : ''].filter(Boolean).join(' и '),
  forHousehold: (household) => `для вас, если с вами ${household}`,
  overLastMonths: (n, rule) =>
    rule === 'average'
      ? `в среднем за последние ${months(n)}`
      : rule === 'each-month'
        ? `в каждом из последних ${ofMonths(n)}`
        : `за последние ${months(n)} (каждый месяц или в среднем — источники не уточняют)`,
  incomeHeld: (n, rule) =>
    rule === 'average'
      ? `Ваш доход в среднем за последние ${months(n)} достигал нужной суммы.`
      : `Ваш доход достигал нужной суммы в каждом из последних ${ofMonths(n)}${rule ? '' : UNSAID_AVERAGE}.`,
  youEarn: (amount, basis) => `Вы указали ${amount} в месяц${BASIS[basis]}.`,
  youEarnBoth: (gross, net) => `Вы указали ${gross} в месяц до налогов и ${net} после налогов.`,
  noIncomeGiven: 'Вы не указали ежемесячный доход.',
  noIncomeRequired: 'Минимальный доход не требуется.',
  grossBelow: 'Сумма указана до налогов: ваш доход после налогов ниже, но доход до налогов может её достигать.',
  assumedNet:
    'Ваш доход до налогов как минимум вдвое выше этой суммы: ни в одной стране ОЭСР подоходный налог и взносы ' +
    'работника не забирают половину зарплаты, поэтому доход после налогов считается достаточным.',
  grossShort: 'Уже доход до налогов ниже этой суммы, значит, и доход после налогов тоже.',
  netDecides: 'Доход до налогов достигает суммы, но не вдвое: решает доход после налогов.',
  basisUnstated: (given) =>
    [
      'Источники не говорят, до или после налогов считается эта сумма.',
      given === 'net'
        ? 'Ваш доход после налогов ниже, но доход до налогов может её достигать.'
        : 'Ваш доход до налогов её достигает, а после налогов — нет: что учитывается, решает консульство.',
    ].join(' '),
  approximateThreshold: 'Источник называет эту сумму лишь приблизительно, а вы близки к ней.',
  convertedNearThreshold: 'Ваша сумма пересчитана по датированному курсу и отличается от порога менее чем на 5 %.',
  higherTier: (label, amount) => `${label}: ${amount}.`,
  noAmountForChildren: 'Для детей источник сумму не называет.',

  savingsAtLeast: (amount) => `сбережения не менее ${amount}`,
  youSaved: (amount) => `Вы указали сбережения ${amount}.`,
  noSavingsRequired: 'Сбережения не требуются.',

  familyCanJoin: (household) => `Ваша семья (${household}) может поехать с вами.`,
  familyCannotJoin: 'Члены семьи не могут поехать с вами по этому разрешению.',
  familyUnknown: 'Источники не говорят, могут ли поехать члены семьи.',
  familyMemberNotNamed: (member) => `Источники не называют «${member}» среди членов семьи, которые могут поехать.`,
  familySourcesDiffer: (year, rule) => `Источник ${year} года говорит иначе: ${rule}`,

  degreeOrExperience: (n, field, it, otherRoutes) =>
    `${DEGREE[field]} или не менее ${ofYears(n)} ${it ? 'опыта в IT' : 'профессионального опыта'}` +
    (otherRoutes ? ` или ${otherRoutes}` : ''),
  youHave: (degree, experience) => `У вас: ${degree}, ${experience}.`,
  degree: (has, field) =>
    has === undefined
      ? 'образование не указано'
      : !has
        ? 'нет высшего образования'
        : field === 'stem'
          ? 'высшее образование в естественных науках, технологиях, инженерии или математике'
          : field === 'other'
            ? 'высшее образование вне естественных наук, технологий, инженерии и математики'
            : 'высшее образование',
  experience: (n, it) => (n === undefined ? 'опыт не указан' : `${years(n)} опыта${it === true ? ' в IT' : it === false ? ' вне IT' : ''}`),
  stemUnknown: 'Диплом засчитывается, только если он в области естественных наук, технологий, инженерии или математики.',
  relevanceUnknown:
    'Диплом засчитывается, только если его специальность связана с вашей работой; какие специальности подходят, источники не говорят.',
  otherRoutesMayCount: (routes) => `Вы можете подойти и при условии: ${routes}.`,
  employerMinEmployees: (min) => `работодатель с не менее чем ${min} сотрудниками по всему миру`,
  employerHas: (n) => `У вашего работодателя ${n}.`,
  employerInGroup: (group) => `работодатель или ваша собственная регистрация в стране ${group}`,
  employerIn: (country) => `Ваш работодатель, клиенты или компания: ${country}.`,
  employerAbroad: (country) => `работодатель, клиенты или компания, зарегистрированные вне страны визы (${country})`,
  itProfessional: 'работа IT-специалистом',
  youWorkInIt: (yes) => (yes ? 'Вы указали, что работаете в IT.' : 'Вы указали, что не работаете в IT.'),
  monthsWorking: (n, inclusive, subject) => `${inclusive ? 'не менее' : 'более'} ${months(n)} ${SUBJECTS[subject]}`,
  youWorkedMonths: (n) => `Вы указали ${months(n)}.`,
  earlierRemoteWorkMayCount: 'Удалённая работа до нынешней тоже может засчитываться.',
  ambiguousForEmployees: 'Возможно, источник имеет в виду только владельцев компаний; для наёмных работников это неясно.',

  freeMovement: (citizen, country) =>
    `Такая виза вам не нужна: как гражданин страны «${citizen}» вы можете жить и работать в стране «${country}» ` +
    'благодаря свободе передвижения в ЕС, ЕЭЗ и Швейцарии.',
  schengenVisaFree: 'гражданство, при котором для въезда в Шенгенскую зону не нужна виза',
  clientsIn: (list) => `Ваши клиенты зарегистрированы: ${list}.`,
  someClientsInside: (country) =>
    `Часть ваших клиентов находится в стране «${country}»: источник не говорит, какая доля такой работы допустима.`,
  clientsInCountry: (country, min) =>
    `договор ${min > 1 ? `не менее чем с ${min} клиентами` : 'с клиентом'}, зарегистрированным в стране «${country}»`,
  clientsCounted: (country, n) => `Ваших клиентов, зарегистрированных в стране «${country}»: ${n}.`,
  unpublished: (what, who) =>
    `Критериев для этого источники не публикуют, поэтому решение принимается только при подаче заявления: ${what} Решает: ${who}.`,
  documentToPrepare: (what) => `Документ, который нужно подготовить: ${what}`,

  changeIncome: (amount, exact) => `Доход больше на ${amount} в месяц${exact ? ` (${exact})` : ''}.`,
  changeSavings: (amount, exact) => `Сбережения больше на ${amount}${exact ? ` (${exact})` : ''}.`,
  changeAlone: 'Или подать заявление без семьи: для вас одного дохода достаточно.',
  changeOrSavings: (amount) => `Или показать сбережения ${amount}.`,
  changeExperience: (n, it, field) =>
    `${years(n)} ${it ? 'опыта в IT' : 'опыта работы'} или ${DIPLOMA[field]}.`.replace(/^./, (c) => c.toUpperCase()),
  changeEmployerSize: (min) => `Работодатель, у которого не менее ${min} сотрудников по всему миру.`,
  changeEmployerGroup: (group) => `Работодатель, зарегистрированный в стране ${group}.`,
  changeEmployerAbroad: (country) => `Работодатель или клиенты, зарегистрированные за пределами страны «${country}».`,
  changeClient: (country, min) =>
    min > 1
      ? `Договоры не менее чем с ${min} клиентами, зарегистрированными в стране «${country}».`
      : `Договор с клиентом, зарегистрированным в стране «${country}».`,
  changeMonths: (n, inclusive) => `${inclusive ? 'Ещё' : 'Ещё более'} ${months(n)} на нынешней работе.`,
};
