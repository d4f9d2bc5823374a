/**
 * Amounts and periods in one vocabulary: money a month or a year, lengths of time in the dataset's units, and
 * the currency amounts are also shown in. No DOM.
 */
import type { Currency } from './schema.js';

export type MoneyPeriod = 'month' | 'year';

const MONTHS_IN: Record<MoneyPeriod, number> = { month: 1, year: 12 };

/** An amount a `period` as an amount a month. */
export const perMonth = (amount: number, period: MoneyPeriod): number => amount / MONTHS_IN[period];

/** An amount a month as an amount a `period`. */
export const perPeriod = (monthly: number, period: MoneyPeriod): number => monthly * MONTHS_IN[period];

/** Days in each unit of time the dataset uses, for lengths of stay and processing times. */
const DAYS_IN = { days: 1, 'calendar-days': 1, 'working-days': 7 / 5, weeks: 7, months: 365.25 / 12, years: 365.25 } as const;

export type TimeUnit = keyof typeof DAYS_IN;

/** A length of time in days, whatever its unit, to compare and sort. */
export const inDays = (amount: number, unit: TimeUnit): number => amount * DAYS_IN[unit];

/** A length of stay in months, whatever its unit, to compare and sort. */
export const inMonths = (length: { amount: number; unit: TimeUnit }): number => inDays(length.amount, length.unit) / DAYS_IN.months;

/** The currency amounts are also shown in: a currency, or `local` for the programme's own only. */
export type DisplayCurrency = Currency | 'local';

/** The currency to show amounts in besides their own; none for `local`. */
export const alsoShownIn = (display: DisplayCurrency | undefined): Currency | undefined => (display === 'local' ? undefined : display);
