import type { FactMessages } from '../catalogue.js';

const NOUNS = { days: 'day', 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'month' } as const;
const format = (n: number) => n.toLocaleString('en');

export const factsEn: FactMessages = {
  labels: {
    income: 'Income',
    savings: 'Savings',
    validity: 'Validity',
    family: 'Family',
    processing: 'Processing',
    fees: 'Fees',
    nationality: 'Nationality',
    employment: 'Kind of work',
    application: 'Where to apply',
    prepare: 'To prepare',
    conditions: 'Conditions',
    tax: 'Tax',
    cost: 'Cost of living',
    quota: 'Quota',
    launched: 'Launched',
    notes: 'Good to know',
    sources: 'Sources',
    requirements: 'Requirements',
  },
  kinds: {
    'digital-nomad': 'Digital nomad',
    'remote-work': 'Remote work',
    'self-employed': 'Self-employed',
    'skilled-residence': 'Skilled residence',
  },
  period: (period) => (period === 'month' ? 'a month' : 'a year'),
  basis: { net: 'after tax', gross: 'before tax' },
  none: { income: 'No income requirement', savings: 'No savings requirement' },
  notStated: 'Not stated',
  stale: (date) => `These facts are as of ${date} and may have changed since: check them with the authority or consulate before you apply.`,
  staleShort: 'may have changed since',
  namedInSource: 'Named in the source',
  reviewed: (date) => `Every figure checked against these sources on ${date}.`,
  notStatedInSources: 'Not stated in the sources.',
  about: 'about',
  upTo: 'up to',
  from: 'from',
  overMonths: (months, rule) =>
    rule === 'average'
      ? `on average over the last ${months} months`
      : rule === 'each-month'
        ? `in each of the last ${months} months`
        : `in the last ${months} months (each month or on average: not stated)`,
  derivation: (factor, of, base) => `${factor} × ${of}${base ? ` (${base})` : ''}`,
  savingsAlternative: 'instead of the income',
  family: { yes: 'Can come', no: 'Cannot come', conditional: 'Under conditions' },
  members: {
    spouse: 'spouse',
    partner: 'partner',
    children: 'children',
    parents: 'parents',
    grandparents: 'grandparents',
    siblings: 'siblings',
    dependants: 'dependants',
  },
  upliftPercent: (spouse, perChild) => `income +${spouse} % for a spouse, +${perChild} % per child`,
  upliftPerMember: (amount) => `income +${amount} per family member`,
  upliftPartner: (amount) => `income ${amount} with a partner`,
  maxStay: (duration) => `at most ${duration} in all`,
  permanentResidence: (possible, afterYears) =>
    possible
      ? afterYears
        ? `path to permanent residence after ${afterYears} years`
        : 'leads to permanent residence'
      : 'no path to permanent residence',
  processingTime: ({ min, max, unit, approximate }) => {
    const counted = (n: number) => `${format(n)} ${n === 1 ? NOUNS[unit] : `${NOUNS[unit]}s`}`;
    const about = approximate ? 'about ' : '';
    if (min !== undefined && max !== undefined)
      return min === max ? `${about}${counted(max)}` : `${about}${format(min)}–${format(max)} ${NOUNS[unit]}s`;
    if (max !== undefined) return `${approximate ? 'about' : 'up to'} ${counted(max)}`;
    return `from ${about}${counted(min ?? 0)}`;
  },
  lengthBound: (bound, amount, unit) =>
    `${bound === 'up-to' ? 'up to' : 'at least'} ${format(amount)} ${amount === 1 ? unit.slice(0, -1) : unit}`,
  familyMembers: { yes: 'Can come', no: 'Cannot come', conditional: 'Can come under conditions' },
  channels: { online: 'online', email: 'by email', post: 'by post', consulate: 'at a consulate', 'in-country': 'in the country' },
  onlyFor: (list) => `Only for citizens of ${list}`,
  notFor: (list) => `Not for citizens of ${list}`,
  notForPartial: (list) => `Not for citizens of ${list} and other countries on a restrictive list`,
  openToAll: 'Open to every nationality',
  employment: { accepted: 'yes', 'not-accepted': 'no', unclear: 'not stated' },
  rent: (range) => `1-bedroom rent ${range}`,
  utilities: (amount) => `utilities ${amount}`,
  transport: (amount) => `transport pass ${amount}`,
  lunch: (amount) => `cheap lunch ${amount}`,
  quota: (perYear) => `at most ${perYear} a year`,
  launched: (date) => `since ${date}`,
  conflict: (year, value) => `The ${year} source says: ${value}`,
  conflictMarker: 'Sources disagree',
  more: 'More',
  approxNote: (asOf) => `≈ converted with the rate as of ${asOf}`,
  asOf: (date) => `as of ${date}`,
  group: (group) =>
    ({
      EU: 'the EU',
      EEA: 'the EEA',
      EFTA: 'EFTA',
      SCHENGEN: 'the Schengen area',
      OECD: 'the OECD',
      SCHENGEN_VISA_FREE: 'the countries whose citizens need no Schengen visa',
      FREE_MOVEMENT: 'the EU, the EEA and Switzerland',
    })[group],
};
