/**
 * A programme's facts as text for a locale and display currency, plus the numbers a comparison sorts by.
 * Pure: no DOM. Converted amounts are always marked "≈" and the original amount stays first.
 */
import type { Converter } from '../data/currency.js';
import type { Locale } from '../data/locales.js';
import { alsoShownIn, inDays, inMonths, perMonth, type DisplayCurrency } from '../data/amounts.js';
import { boundsOf, highest, lowest, type Range } from '../data/range.js';
import { ratesUsed } from '../data/rates.js';
import type {
  Currency,
  Dataset,
  Duration,
  Fact,
  FamilyRules,
  Fee,
  IncomeRequirement,
  LocalizedText,
  ProcessingTime,
  Programme,
  SavingsRequirement,
  Source,
  Validity,
} from '../data/schema.js';
import type { FactField, FactMessages } from './catalogue.js';
import { formatter, moneyAlso, type Formatter } from './format.js';
import { messages } from './messages/index.js';

/**
 * The facts the widgets show as fields, in one table and in the order a card lists them. core: a card names it
 * even where the sources say nothing; compact: a compact card keeps it; column: a comparison can show it, and
 * default: does unless `fields` says otherwise.
 */
const FIELDS = {
  income: 'card core compact column default',
  savings: 'card core column',
  validity: 'card core compact column default',
  family: 'card core compact column default',
  processing: 'card core column default',
  fees: 'card core column default',
  nationality: 'card column',
  employment: 'card column',
  application: 'card column',
  quota: 'card',
  launched: 'card',
  tax: 'column default',
  cost: 'card core column default',
} as const satisfies Partial<Record<FactField, string>>;

type Field = keyof typeof FIELDS;
type FieldsWith<R extends string> = { [F in Field]: (typeof FIELDS)[F] extends `${string}${R}${string}` ? F : never }[Field];

const fieldsWith = <R extends string>(role: R) =>
  (Object.keys(FIELDS) as Field[]).filter((field) => FIELDS[field].split(' ').includes(role)) as FieldsWith<R>[];

/** A card's facts, in order. */
export const CARD_FIELDS: readonly FactField[] = fieldsWith('card');
/** The facts a card names even where the sources give none ("not stated in the sources"). */
export const CORE_FIELDS: readonly FactField[] = fieldsWith('core');
/** A compact card's facts. */
export const COMPACT_FIELDS: readonly FactField[] = fieldsWith('compact');
/** The columns a comparison can show (its `fields`), and those it shows by default. */
export const COMPARE_FIELDS = fieldsWith('column');
export const DEFAULT_COMPARE_FIELDS = fieldsWith('default');

/** Converted amounts are also shown in this currency (marked ≈); "local": only the programme's own. */

export interface FactText {
  text: string;
  /** "Sources disagree" lines, one per older value, already worded. */
  conflicts: string[];
  sources: string[];
}

export interface FactContext {
  locale: Locale;
  currency: DisplayCurrency;
  convert: Converter;
  /** Year of the newest of these source ids. */
  yearOf(sources: readonly string[]): string;
}

interface Parts {
  t: FactMessages;
  f: Formatter;
  ctx: FactContext;
  text(value: LocalizedText | undefined): string;
  /** Details and notes: left out in brief text (table cells). */
  more(value: LocalizedText | undefined): string;
}

function parts(ctx: FactContext, brief: boolean): Parts {
  const text = (value: LocalizedText | undefined) => (value ? value[ctx.locale] : '');
  return { t: messages(ctx.locale).facts, f: formatter(ctx.locale), ctx, text, more: (value) => (brief ? '' : text(value)) };
}

/** "€3,480" or "ISK 1,000,000 (≈ €6,300)": the original first, a converted amount marked approximate. */
export function money(ctx: FactContext, amount: number, currency: string): string {
  return moneyAlso(formatter(ctx.locale), ctx.convert, amount, currency, [alsoShownIn(ctx.currency)]);
}

const join = (...items: (string | undefined | false)[]) => items.filter(Boolean).join(', ');
/** Joins phrases as sentences: each starts with a capital and ends with a full stop. */
const sentences = (...items: (string | undefined | false)[]) =>
  items
    .filter((item): item is string => !!item && !!item.trim())
    .map((item) => {
      const text = item.trim();
      const capital = text.charAt(0).toLocaleUpperCase() + text.slice(1);
      return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
    })
    .join(' ');

function income(p: Parts, value: IncomeRequirement): string {
  const { t } = p;
  if (value.type === 'none') return t.none.income;
  if (value.type === 'unquantified') return p.text(value.description);
  const derivation = value.derivation
    ? t.derivation(
        value.derivation.factor,
        p.text(value.derivation.of),
        [value.derivation.baseAmount !== undefined && p.f.money(value.derivation.baseAmount, value.currency), value.derivation.baseYear]
          .filter(Boolean)
          .join(', ') || undefined,
      )
    : undefined;
  return sentences(
    join(
      `${value.approximate ? `${t.about} ` : ''}${money(p.ctx, value.amount, value.currency)} ${t.period(value.period)}`,
      value.basis !== 'unspecified' && t.basis[value.basis],
      value.averageOfMonths !== undefined && t.overMonths(value.averageOfMonths, value.monthsRule),
      derivation,
    ),
    ...(value.tiers ?? []).map((tier) => p.more(tier.label) && `${p.text(tier.label)}: ${p.f.money(tier.amount, value.currency)}`),
    p.more(value.details),
  );
}

function savings(p: Parts, value: SavingsRequirement): string {
  if (value.type === 'none') return p.t.none.savings;
  if (value.type === 'unquantified') return p.text(value.description);
  return sentences(
    join(money(p.ctx, value.amount, value.currency), value.role === 'alternative-to-income' && p.t.savingsAlternative),
    p.more(value.details),
  );
}

function duration(p: Parts, d: { amount: number; unit: 'days' | 'months' | 'years' }): string {
  return p.f.duration(d.amount, d.unit);
}

/** "1 year", "90–180 days", "6 months – 3 years", "up to 2 years", "at least 1 year". */
function length(p: Parts, range: Range<Duration>): string {
  const { exact, min, max } = boundsOf(range);
  if (exact) return duration(p, exact);
  if (min && max)
    return min.unit === max.unit ? p.f.durationRange(min.amount, max.amount, min.unit) : `${duration(p, min)} – ${duration(p, max)}`;
  const [bound, end] = max ? (['up-to', max] as const) : (['at-least', min!] as const);
  return p.t.lengthBound(bound, end.amount, end.unit);
}

function validity(p: Parts, value: Validity): string {
  const initial = value.initial && length(p, value.initial);
  return sentences(
    join(
      initial,
      value.maxStay && p.t.maxStay(duration(p, value.maxStay)),
      value.permanentResidence && p.t.permanentResidence(value.permanentResidence.possible, value.permanentResidence.afterYears),
    ),
    p.more(value.renewal),
    p.more(value.details),
  );
}

function family(p: Parts, value: FamilyRules, incomeCurrency: string): string {
  const { t } = p;
  const uplift = value.incomeUplift;
  return sentences(
    value.members ? `${t.familyMembers[value.allowed]}: ${p.f.list(value.members.map((m) => t.members[m]))}` : t.family[value.allowed],
    join(
      uplift?.type === 'percent' && t.upliftPercent(uplift.spouse, uplift.perChild),
      uplift?.type === 'per-member' && t.upliftPerMember(money(p.ctx, uplift.amount, incomeCurrency)),
      uplift?.type === 'partner-total' && t.upliftPartner(money(p.ctx, uplift.amount, incomeCurrency)),
    ),
    p.more(value.details),
  );
}

function processing(p: Parts, value: ProcessingTime): string {
  const { exact, min, max } = boundsOf(value.amount);
  const time = p.t.processingTime({ min: exact ?? min, max: exact ?? max, unit: value.unit, approximate: value.approximate });
  return sentences(time, p.more(value.details));
}

/** The original amount, the converted one after it: "€80–€100", "ISK 12,200 (≈ €84)", "from €134", "up to €10". */
function moneyRange(p: Parts, range: Range<number>, currency: Currency): string {
  const { exact, min, max } = boundsOf(range);
  if (exact !== undefined) return money(p.ctx, exact, currency);
  if (min !== undefined && max !== undefined) return `${p.f.money(min, currency)}–${money(p.ctx, max, currency)}`;
  return max !== undefined ? `${p.t.upTo} ${money(p.ctx, max, currency)}` : `${p.t.from} ${money(p.ctx, min ?? 0, currency)}`;
}

function fee(p: Parts, value: Fee): string {
  return `${p.text(value.label)}: ${value.approximate ? `${p.t.about} ` : ''}${moneyRange(p, value.amount, value.currency)}`;
}

function places(p: Parts, list: readonly string[]): string {
  return p.f.list(list.map((entry) => (/^[a-z]{2}$/.test(entry) ? p.f.country(entry) : p.t.group(entry as never))));
}

/** A fact's text, with each older value the sources disagree on worded beside it. */
function described<T>(p: Parts, fact: Fact<T> | undefined, format: (value: T) => string): FactText | undefined {
  if (!fact) return undefined;
  return {
    text: sentences(format(fact.value), p.more(fact.note)),
    conflicts: (fact.conflicts ?? []).map((c) => p.t.conflict(p.ctx.yearOf(c.sources), sentences(format(c.value), p.more(c.note)))),
    sources: fact.sources,
  };
}

function listed(p: Parts, items: { text: LocalizedText; sources: string[] }[]): FactText[] {
  return items.map((item) => ({ text: p.text(item.text), conflicts: [], sources: item.sources }));
}

/** A partial ISO date ("2025", "2025-03", "2022-10-30") as the locale writes it. */
export function formatPartialDate(locale: Locale, date: string): string {
  return formatter(locale).partialDate(date);
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/**
 * How a source is cited where a reader can judge it: its title, and after it who wrote it, as of when and in
 * which language ("Elena Ruda (Immigrant Invest) · as of 2025 · German"). Never its file name.
 */
export function sourceCitation(source: Source, locale: Locale): { title: string; byline: string; bylineParts: string[]; url?: string } {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  const language = names.of(source.language) ?? source.language;
  const asOf = messages(locale).facts.asOf(formatPartialDate(locale, source.asOf));
  const bylineParts = [source.author, asOf, language].filter((part): part is string => !!part);
  return {
    title: source.title,
    byline: bylineParts.join(' · '),
    bylineParts,
    ...(source.url ? { url: source.url } : {}),
  };
}

export type ProgrammeFacts = Partial<
  Record<Exclude<FactField, 'prepare' | 'conditions' | 'tax' | 'notes' | 'requirements' | 'sources'>, FactText>
> & {
  prepare: FactText[];
  conditions: FactText[];
  tax: FactText[];
  notes: FactText[];
};

export function describeProgramme(programme: Programme, ctx: FactContext, options: { brief?: boolean } = {}): ProgrammeFacts {
  const p = parts(ctx, options.brief === true);
  const { t } = p;
  const incomeCurrency = programme.income?.value.type === 'amount' ? programme.income.value.currency : 'EUR';
  const employmentLabels = messages(ctx.locale).ui.labels.employmentTypes;
  return {
    income: described(p, programme.income, (v) => income(p, v)),
    savings: described(p, programme.savings, (v) => savings(p, v)),
    validity: described(p, programme.validity, (v) => validity(p, v)),
    family: described(p, programme.family, (v) => family(p, v, incomeCurrency)),
    processing: described(p, programme.processing, (v) => processing(p, v)),
    fees: described(p, programme.fees, (v) => v.map((item) => fee(p, item)).join('; ')),
    nationality: described(p, programme.nationality, (v) =>
      v.allowed
        ? t.onlyFor(places(p, v.allowed))
        : v.excluded
          ? v.excludedListComplete
            ? t.notFor(places(p, v.excluded))
            : t.notForPartial(places(p, v.excluded))
          : t.openToAll,
    ),
    employment: described(p, programme.employment, (v) =>
      (['employee', 'freelancer', 'business-owner'] as const)
        .map((type) => `${employmentLabels[type]}: ${t.employment[v[type]]}`)
        .join(' · '),
    ),
    application: described(p, programme.application, (v) =>
      sentences(
        v.channels.length
          ? p.f.list(
              v.channels.map((c) => t.channels[c]),
              'disjunction',
            )
          : '',
        p.more(v.details),
      ),
    ),
    cost: described(p, programme.costOfLiving, (v) =>
      join(
        t.rent(moneyRange(p, v.rentOneBedroom, v.currency)),
        t.utilities(money(ctx, v.utilities, v.currency)),
        t.transport(money(ctx, v.transportPass, v.currency)),
        t.lunch(money(ctx, v.cheapLunch, v.currency)),
      ),
    ),
    quota: described(p, programme.quota, (v) => sentences(v.perYear ? t.quota(v.perYear) : '', p.more(v.details))),
    launched: described(p, programme.launched, (v) => formatPartialDate(ctx.locale, v)),
    prepare: listed(p, programme.prepare),
    conditions: listed(p, programme.conditions),
    tax: listed(p, programme.tax),
    notes: listed(p, programme.notes),
  };
}

/** Numbers to sort and compare by, in EUR per month, EUR, months and days. Undefined where the sources give none. */
export function programmeNumbers(programme: Programme, convert: Converter) {
  const eur = (amount: number, currency: string) => convert(amount, currency, 'EUR').amount;
  const income = programme.income?.value;
  const savings = programme.savings?.value;
  const validity = programme.validity?.value;
  const firstFee = programme.fees?.value[0];
  const rent = programme.costOfLiving?.value;
  return {
    income:
      income?.type === 'none' ? 0 : income?.type === 'amount' ? perMonth(eur(income.amount, income.currency), income.period) : undefined,
    savings: savings?.type === 'none' ? 0 : savings?.type === 'amount' ? eur(savings.amount, savings.currency) : undefined,
    // The longest first permit, the longest processing time, the lowest fee and rent: what a visitor plans with.
    validity: validity?.initial ? inMonths(highest(validity.initial)) : validity?.maxStay ? inMonths(validity.maxStay) : undefined,
    processing: programme.processing ? inDays(highest(programme.processing.value.amount), programme.processing.value.unit) : undefined,
    fees: firstFee ? eur(lowest(firstFee.amount), firstFee.currency) : undefined,
    cost: rent ? eur(lowest(rent.rentOneBedroom), rent.currency) : undefined,
  };
}

/**
 * "≈ converted with the rate as of USD 28 Feb 2025 and ISK 28 Feb 2025": the dates of the rates a view used,
 * or undefined where it converted nothing.
 */
export function rateNote(
  dataset: Dataset,
  shown: readonly Programme[],
  currency: DisplayCurrency,
  locale: Locale,
  also: readonly Currency[] = [],
): string | undefined {
  const used = ratesUsed(dataset, shown, currency, also);
  if (!used.length) return undefined;
  return messages(locale).facts.approxNote(
    formatter(locale).list(used.map((rate) => `${rate.currency} ${formatPartialDate(locale, rate.asOf)}`)),
  );
}
