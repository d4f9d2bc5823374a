/**
 * The shape of a message catalogue. Every language implements all of it, so a missing
 * string is a type error (and a test failure at run time).
 */
import type { Locale } from '../data/locales.js';
import type { Profile } from '../data/profile-schema.js';
import type { APPLICATION_CHANNELS, CountryGroupId, EmploymentType, FAMILY_MEMBERS, PROGRAMME_KINDS } from '../data/schema.js';

type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
type FamilyMember = (typeof FAMILY_MEMBERS)[number];
type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

export type Period = 'month' | 'year';
export type ProcessingUnit = 'days' | 'working-days' | 'calendar-days' | 'weeks' | 'months';
/** The profile fields a check can miss ("You did not give your …"); a spouse, children and a degree field default. */
export type ProfileField = Exclude<keyof Profile, 'spouse' | 'children'>;

/** The questions a result can ask for: a field of the form. */
export type AskedField = ProfileField;

export interface EngineMessages {
  needs(phrase: string): string;
  sourcesDisagree(versions: { year: string; phrase: string }[]): string;
  notGiven(field: ProfileField): string;
  nothingToCheck: string;

  citizenshipOneOf(list: string): string;
  citizenshipNotOf(list: string): string;
  youAreCitizen(country: string): string;
  partialDenyList(named: string): string;

  employmentAs(list: string): string;
  employmentType(type: EmploymentType): string;
  youWorkAs(type: string): string;
  employmentUnclear(type: string): string;

  incomeAtLeast(amount: string, period: Period, basis: 'net' | 'gross' | 'unspecified', approximate: boolean): string;
  household(spouse: boolean, children: number): string;
  forHousehold(household: string): string;
  overLastMonths(months: number, rule?: 'average' | 'each-month'): string;
  /** What an applicant confirms of an income that must hold over the last months. */
  incomeHeld(months: number, rule?: 'average' | 'each-month'): string;
  youEarn(amount: string, basis: 'net' | 'gross'): string;
  /** Both incomes given: before tax, then after tax. */
  youEarnBoth(gross: string, net: string): string;
  /** No income of either kind given. */
  noIncomeGiven: string;
  noIncomeRequired: string;
  /** The amount is before tax; only a net income below it was given. */
  grossBelow: string;
  /** Only the gross was given, at least twice the amount: the net is taken to reach it. */
  assumedNet: string;
  /** Only the gross was given, and it is below the amount: so is the net. */
  grossShort: string;
  /** Only the gross was given: it reaches the amount, but not twice it; the net decides. */
  netDecides: string;
  /**
   * The source does not say before or after tax. net: only a net income below it was given; both: the gross
   * reaches it and the net does not.
   */
  basisUnstated(given: 'net' | 'both'): string;
  approximateThreshold: string;
  convertedNearThreshold: string;
  higherTier(label: string, amount: string): string;
  noAmountForChildren: string;

  savingsAtLeast(amount: string): string;
  youSaved(amount: string): string;
  noSavingsRequired: string;

  familyCanJoin(household: string): string;
  familyCannotJoin: string;
  familyUnknown: string;
  familyMemberNotNamed(member: string): string;
  familySourcesDiffer(year: string, rule: string): string;

  degreeOrExperience(years: number, field: 'any' | 'stem' | 'relevant', it: boolean, otherRoutes?: string): string;
  youHave(degree: string, experience: string): string;
  degree(has: boolean | undefined, field?: 'stem' | 'other'): string;
  experience(years: number | undefined, it: boolean | undefined): string;
  stemUnknown: string;
  /** A degree counts only in a relevant field, and the sources do not say which fields are. */
  relevanceUnknown: string;
  otherRoutesMayCount(routes: string): string;
  employerMinEmployees(min: number): string;
  employerHas(count: number): string;
  employerInGroup(group: string): string;
  employerIn(country: string): string;
  employerAbroad(country: string): string;
  itProfessional: string;
  youWorkInIt(yes: boolean): string;
  monthsWorking(months: number, inclusive: boolean, subject: 'remote-work' | 'current-employer' | 'contract-or-company'): string;
  youWorkedMonths(months: number): string;
  earlierRemoteWorkMayCount: string;
  ambiguousForEmployees: string;

  freeMovement(citizen: string, country: string): string;
  schengenVisaFree: string;
  clientsIn(list: string): string;
  someClientsInside(country: string): string;
  clientsInCountry(country: string, min: number): string;
  /** How many clients the applicant has in the country a programme counts them in. */
  clientsCounted(country: string, count: number): string;
  /** A criterion the sources do not publish (a points test, no amount): what, and who decides how. */
  unpublished(what: string, who: string): string;
  documentToPrepare(what: string): string;

  /** Near-miss advice, one sentence each. `exact` is the amount in the programme's currency when `amount` was converted. */
  changeIncome(amount: string, exact?: string): string;
  changeSavings(amount: string, exact?: string): string;
  changeAlone: string;
  changeOrSavings(amount: string): string;
  changeExperience(years: number, it: boolean, field: 'any' | 'stem' | 'relevant'): string;
  changeEmployerSize(min: number): string;
  changeEmployerGroup(group: string): string;
  changeEmployerAbroad(country: string): string;
  changeClient(country: string, min: number): string;
  changeMonths(months: number, inclusive: boolean): string;
}

export interface UiMessages {
  title: string;
  intro: string;
  privacy: string;
  legends: { you: string; work: string; money: string; family: string; qualifications: string };
  labels: {
    citizenship: string;
    employment: string;
    employmentTypes: Record<EmploymentType, string>;
    /** Before the kind of work is chosen: all three at once. */
    employerCountry: string;
    /** Once it is chosen: only what that kind of work means (a freelancer's clients are asked apart). */
    employerCountryFor: Record<EmploymentType, string>;
    employerEmployees: string;
    monthsWorking: string;
    /** Income before tax: asked first, as contracts and payslips state it. */
    grossIncome: string;
    /** Income after tax: optional, shown once it would settle a programme. */
    income: string;
    incomeCurrency: string;
    incomePeriod: string;
    savings: string;
    savingsCurrency: string;
    spouse: string;
    children: string;
    degree: string;
    yearsExperience: string;
    itProfessional: string;
    secondCitizenship: string;
    degreeField: string;
    clientCountries: string;
    addClientCountry: string;
    /** Where a programme counts clients (Germany: at least 2), how many there are there. */
    clientCountIn(country: string): string;
  };
  hints: {
    grossIncome: string;
    income: string;
    savings: string;
    employerCountry: string;
    employerCountryFor: Record<EmploymentType, string>;
    monthsWorking: string;
    yearsExperience: string;
    secondCitizenship: string;
    clientCountries: string;
    clientCount: string;
  };
  degreeFields: { stem: string; other: string };
  incomePeriods: { month: string; year: string };
  /** Shows the field for the income after tax. */
  addNetIncome: string;
  moreQuestions: string;
  add: string;
  removeClientCountry(country: string): string;
  /** The passport a result was judged with, for dual nationals. */
  withPassport(country: string): string;
  family: string;
  /** Before the near-miss changes: what the verdict would then be. */
  nearMiss: { eligible: string; unknown: string };
  noVisaNeeded: string;
  whileHolding: string;
  choose: string;
  /** The placeholder of a country field. */
  typeCountry: string;
  notSaying: string;
  yes: string;
  no: string;
  errors: { number: string; wholeNumber: string; country: string; grossBelowNet: string };
  results: string;
  groups: { eligible: string; unknown: string; ineligible: string };
  groupEmpty: { eligible: string; unknown: string; ineligible: string };
  summary(counts: { eligible: number; unknown: number; ineligible: number }): string;
  /** Said (instead of the counts) while an answer needs correcting: the field's label and what is wrong. */
  correct(label: string, error: string): string;
  /** Before any answer: the programmes are listed without a verdict. */
  beforeAnswers: string;
  programmes: string;
  /** The phone's sticky line: the counts in brief, and a button that jumps to the results. */
  summaryShort(counts: { eligible: number; unknown: number; ineligible: number }): string;
  showResults: string;
  whyNot: string;
  toCheck: string;
  /** An eligible result's facts that only the visitor knows: "Eligible if you can confirm:". */
  ifYouConfirm: string;
  /** Who reviews an application (criteria the form has checked): "Reviewed when you apply by:". */
  reviewedBy: string;
  /**
   * The line above the groups: how many of all the programmes the visitor can apply for, and how many more the
   * next question would settle.
   */
  headline(counts: { eligible: number; total: number }, next?: { field: string; count: number }): string;
  /** The button that moves to the field of the next question: "Answer: savings". */
  answerField(field: string): string;
  /** The fields' names in a sentence ("your savings"), for the headline and the buttons. */
  fieldNames: Record<AskedField, string>;
  /** The link from a result to the site's page about the programme. */
  details: string;
  prepare: string;
  confirm: string;
  asOf(date: string): string;
  /** What a visitor sees of bad attributes (the details need `debug`). */
  setupProblem: string;
  badAttribute(attribute: string, value: string, reason: string): string;
  reasons: {
    unknownCountry: string;
    unknownProgramme: string;
    notANumber: string;
    notAWholeNumber: string;
    unknownCurrency: string;
    unknownEmployment: string;
    nothingSelected: string;
    unknownField: string;
    unknownTheme: string;
    unknownHeadingLevel: string;
    unknownTimeout: string;
    unknownMaxBytes: string;
    hashKeyTaken: string;
    unknownDegreeField: string;
    unknownIncomePeriod: string;
    unknownIncomeBasis: string;
    noPlaceholder: string;
    unknownControls: string;
    unknownStaleAfter: string;
    unsafeLink: string;
    tooManyPassports: string;
    notAnAddress: string;
    notText: string;
  };
}

/** How programme facts read in cards and comparisons. */
export interface FactMessages {
  /** A country group's name (the EU, the Schengen area), for lists of places in facts and in the engine's texts. */
  group(group: CountryGroupId): string;
  labels: Record<FactField, string>;
  kinds: Record<ProgrammeKind, string>;
  period(period: Period): string;
  basis: { net: string; gross: string };
  none: { income: string; savings: string };
  notStated: string;
  /** Facts older than `stale-after`: check them first. `date` is the as-of date, formatted. */
  stale(date: string): string;
  /** The same, in brief, after an as-of date. */
  staleShort: string;
  /** A card's row for a core fact the sources do not give. */
  notStatedInSources: string;
  /** When an editor last checked the whole dataset against its sources (the dataset's `reviewed`). */
  reviewed(date: string): string;
  /** Before the programme's name as the source writes it (in the source's language). */
  namedInSource: string;
  about: string;
  upTo: string;
  from: string;
  overMonths(months: number, rule?: 'average' | 'each-month'): string;
  derivation(factor: number, of: string, base?: string): string;
  savingsAlternative: string;
  family: { yes: string; no: string; conditional: string };
  members: Record<FamilyMember, string>;
  upliftPercent(spouse: number, perChild: number): string;
  upliftPerMember(amount: string): string;
  upliftPartner(amount: string): string;
  maxStay(duration: string): string;
  permanentResidence(possible: boolean, afterYears?: number): string;
  /**
   * A processing time, worded with the language's grammar: "up to 2 months", "bis zu 2 Monaten", "до 2 месяцев",
   * "about 10 working days", "2–3 weeks", "from 5 days". `min` equal to `max` is one exact amount; only `max`
   * is "up to" (or "about"), only `min` is "from".
   */
  processingTime(time: { min?: number; max?: number; unit: ProcessingUnit; approximate: boolean }): string;
  /** A length with one end open, in the grammar the preposition needs: "up to 2 years", "bis zu 2 Jahren", "не менее 1 года". */
  lengthBound(bound: 'up-to' | 'at-least', amount: number, unit: 'days' | 'months' | 'years'): string;
  /** Before the list of family members who may come: "Can come: spouse and children". */
  familyMembers: Record<'yes' | 'no' | 'conditional', string>;
  channels: Record<ApplicationChannel, string>;
  onlyFor(list: string): string;
  notFor(list: string): string;
  notForPartial(list: string): string;
  openToAll: string;
  employment: { accepted: string; 'not-accepted': string; unclear: string };
  rent(range: string): string;
  utilities(amount: string): string;
  transport(amount: string): string;
  lunch(amount: string): string;
  quota(perYear: number): string;
  launched(date: string): string;
  conflict(year: string, value: string): string;
  conflictMarker: string;
  /** A compact card's disclosure of everything it leaves out. */
  more: string;
  approxNote(asOf: string): string;
  asOf(date: string): string;
}

export type FactField =
  | 'income'
  | 'savings'
  | 'validity'
  | 'family'
  | 'processing'
  | 'fees'
  | 'nationality'
  | 'employment'
  | 'application'
  | 'prepare'
  | 'conditions'
  | 'tax'
  | 'cost'
  | 'quota'
  | 'launched'
  | 'notes'
  | 'sources'
  | 'requirements';

export interface CardMessages {
  missing: string;
  noneForCountry(country: string): string;
}

export interface CompareMessages {
  caption(count: number): string;
  programme: string;
  sortBy(label: string): string;
  /** Said once a sort shows: the column and which end comes first. */
  sorted(label: string, direction: 'ascending' | 'descending'): string;
  add: string;
  addLabel: string;
  remove(title: string): string;
  filters: string;
  familyOnly: string;
  /** The switch that hides the columns where every programme shown says the same. */
  differencesOnly: string;
  /** Footnote: the columns left out because no programme shown states them. */
  notStatedFields(list: string): string;
  /** Footnote: the columns hidden by differencesOnly. */
  alikeFields(list: string): string;
  maxIncome(currency: string): string;
  maxIncomeHint: string;
  region: string;
  regions: { all: string; eu: string; 'non-eu': string };
  none: string;
  hiddenByFilters(count: number): string;
  /** A comparison of more than a page of programmes: which of them this page shows, and its buttons. */
  pageRange(from: number, to: number, total: number): string;
  pages: string;
  previousPage: string;
  nextPage: string;
  /** Between the caption and the hidden count. */
  separator: string;
  /** Announced after an action: how many rows are shown, and hidden by the filters. */
  shown(count: number, hidden: number): string;
  added(title: string): string;
  /** Under Add, after adding: where the new row is (the last row, or hidden by the filters). */
  /** After Add: where the programme's row is (`row` of `rows`, counted as shown), or that the filters hide it. */
  addedVisible(title: string, row: number | undefined, rows: number): string;
  removed(title: string): string;
  best: string;
  /** What "best" compares; `excluded` names the programmes shown that are never marked (a list, or ''). */
  bestNote(excluded: string): string;
  footnotes: string;
  conflictsIn(title: string): string;
  resetFilters: string;
  /** With sync-url: the button that copies the comparison's address, and what it says after. */
  copyLink: string;
  linkCopied: string;
  /** Where the clipboard cannot be written: the address, shown to copy by hand. */
  copyByHand: string;
}

export interface DataMessages {
  loading: string;
  /** What a visitor sees when a site's dataset fails (the details need `debug`). */
  failed: string;
  http(url: string, status: number): string;
  network(url: string): string;
  timeout(url: string, seconds: number): string;
  notJson(url: string): string;
  /** Larger than `max-bytes` (`limit`, in bytes). */
  tooBig(url: string, limit: number): string;
  /** A file of the widgets themselves (the validator) did not load: `detail` says which and why. */
  ownFile(url: string, detail: string): string;
  /** Anything else that went wrong while the file was read or checked. */
  unexpected(url: string, detail: string): string;
  invalid(url: string, count: number): string;
  keptBundled: string;
  /** The widgets keep an enclosing <visa-data>'s dataset. */
  keptOuter: string;
  /** What a visitor sees when a site's rate table (`rates-src`) fails (the details need `debug`). */
  ratesFailed: string;
  /** The widgets keep converting with the rates they had. */
  keptRates: string;
  more(count: number): string;
  /** After a dataset text shown in another language because the dataset lacks this one, e.g. " (in German)". */
  inLanguage: Record<Locale, string>;
}

export interface Catalogue {
  engine: EngineMessages;
  ui: UiMessages;
  facts: FactMessages;
  card: CardMessages;
  compare: CompareMessages;
  data: DataMessages;
}
