/** Every country as { code, name } in the locale's alphabetical order, for select lists. */
import { COUNTRY_CODES, isCountryCode } from '../data/iso-countries.js';
import type { Locale } from '../data/locales.js';
import { formatter } from './format.js';

const cache = new Map<Locale, { code: string; name: string }[]>();

/**
 * Territories nobody is a citizen of and no company is registered in: Antarctica, Bouvet Island, Heard and
 * McDonald Islands, South Georgia, the French Southern Territories and the US Minor Outlying Islands.
 */
const UNINHABITED = new Set(['aq', 'bv', 'hm', 'gs', 'tf', 'um']);

/** Every country people hold a passport of, as { code, name } in the locale's alphabetical order. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (!list) {
    const f = formatter(locale);
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.filter((code) => !UNINHABITED.has(code))
      .map((code) => ({ code, name: f.country(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  return list;
}

/** Case, accents, dots and "the" do not matter: "U.S.A.", "Türkei" and "turkei", "The Netherlands". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’()]/g, '')
    .replace(/[\s\-‐]+/g, ' ')
    .trim()
    .replace(/^(the|die|der) /, '');
}

/** Short and older forms people type, in en, de and ru (folded). The official names come from Intl. */
const ALIASES: Record<string, string> = {
  usa: 'us',
  us: 'us',
  america: 'us',
  'united states of america': 'us',
  'vereinigte staaten von amerika': 'us',
  сша: 'us',
  uk: 'gb',
  'great britain': 'gb',
  britain: 'gb',
  england: 'gb',
  scotland: 'gb',
  wales: 'gb',
  'northern ireland': 'gb',
  grossbritannien: 'gb',
  großbritannien: 'gb',
  schottland: 'gb',
  великобритания: 'gb',
  англия: 'gb',
  uae: 'ae',
  emirates: 'ae',
  vae: 'ae',
  emirate: 'ae',
  оаэ: 'ae',
  эмираты: 'ae',
  'russian federation': 'ru',
  'russische foderation': 'ru',
  russland: 'ru',
  'российская федерация': 'ru',
  рф: 'ru',
  holland: 'nl',
  netherlands: 'nl',
  niederlande: 'nl',
  голландия: 'nl',
  нидерланды: 'nl',
  'south korea': 'kr',
  korea: 'kr',
  'republic of korea': 'kr',
  'north korea': 'kp',
  корея: 'kr',
  'южная корея': 'kr',
  'czech republic': 'cz',
  'tschechische republik': 'cz',
  чехия: 'cz',
  'чешская республика': 'cz',
  turkey: 'tr',
  turkiye: 'tr',
  турция: 'tr',
  'ivory coast': 'ci',
  elfenbeinkuste: 'ci',
  'кот дивуар': 'ci',
  vatican: 'va',
  vatikan: 'va',
  burma: 'mm',
  birma: 'mm',
  macedonia: 'mk',
  mazedonien: 'mk',
  swaziland: 'sz',
  'cape verde': 'cv',
  kapverden: 'cv',
  'east timor': 'tl',
  osttimor: 'tl',
  brd: 'de',
  deutschland: 'de',
  kirgisien: 'kg',
  kirghizia: 'kg',
  киргизия: 'kg',
  белоруссия: 'by',
  weissrussland: 'by',
  weißrussland: 'by',
  byelorussia: 'by',
};

const byName = new Map<string, string>();
const named = new Set<Locale>();

/** Every name, folded, in the page's language, then English, German and Russian: filled when someone first types. */
function names(locale: Locale): Map<string, string> {
  for (const lang of [locale, 'en', 'de', 'ru'] as const) {
    if (named.has(lang)) continue;
    for (const { code, name } of countryOptions(lang)) if (!byName.has(folded(name))) byName.set(folded(name), code);
    named.add(lang);
  }
  return byName;
}

/**
 * The country a visitor typed: its name in the page's language or in English (German and Russian too), its ISO
 * code, or a usual short form ("USA", "UK", "UAE", "Holland", "Russische Föderation"), ignoring case and accents;
 * undefined while the text names none.
 */
export function countryByName(locale: Locale, text: string): string | undefined {
  const typed = folded(text);
  if (!typed) return undefined;
  const alias = ALIASES[typed];
  if (alias) return alias;
  if (typed.length === 2 && isCountryCode(typed) && !UNINHABITED.has(typed)) return typed;
  return names(locale).get(typed);
}

const currencyCache = new Map<Locale, { code: string; name: string }[]>();

/** Every currency the dataset can convert, as { code, name } ("GBP", "British Pound"), sorted by code. */
export function currencyOptions(locale: Locale, codes: readonly string[]): { code: string; name: string }[] {
  let list = currencyCache.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    list = [...codes].sort().map((code) => ({ code, name: names.of(code) ?? code }));
    currencyCache.set(locale, list);
  }
  return list;
}
