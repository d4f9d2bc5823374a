/**
 * The fixed lists the dataset, the profile and the texts are written against: currencies, country groups,
 * kinds of work and programme, family members, application channels. Plain constants (no zod), so the widgets
 * can use them without loading the validator.
 */
/** The euro, the ECB's reference-rate currencies, and two the articles use (ALL, KZT). */
export const CURRENCIES = [
  'EUR',
  'USD',
  'JPY',
  'BGN',
  'CZK',
  'DKK',
  'GBP',
  'HUF',
  'PLN',
  'RON',
  'SEK',
  'CHF',
  'ISK',
  'NOK',
  'TRY',
  'AUD',
  'BRL',
  'CAD',
  'CNY',
  'HKD',
  'IDR',
  'ILS',
  'INR',
  'KRW',
  'MXN',
  'MYR',
  'NZD',
  'PHP',
  'SGD',
  'THB',
  'ZAR',
  'ALL',
  'KZT',
] as const;
/** SCHENGEN_VISA_FREE: nationals who need no visa for a short stay in the Schengen area (Regulation 2018/1806, Annex II). */
export const COUNTRY_GROUPS = ['EU', 'EEA', 'EFTA', 'SCHENGEN', 'OECD', 'SCHENGEN_VISA_FREE', 'FREE_MOVEMENT'] as const;
export const EMPLOYMENT_TYPES = ['employee', 'freelancer', 'business-owner'] as const;
export const PROGRAMME_KINDS = ['digital-nomad', 'remote-work', 'self-employed', 'skilled-residence'] as const;
export const FAMILY_MEMBERS = ['spouse', 'partner', 'children', 'parents', 'grandparents', 'siblings', 'dependants'] as const;
export const APPLICATION_CHANNELS = ['online', 'email', 'post', 'consulate', 'in-country'] as const;
