import type { RateTable } from '../../src/data/schema.js';

/** A site's table: the ECB's USD rate of a later day, and a GBP rate from the same page. */
export const FRESH_RATES: RateTable = {
  sources: [
    {
      id: 'ecb-2026-11-02',
      kind: 'reference',
      title: 'Euro foreign exchange reference rates',
      author: 'European Central Bank',
      language: 'en',
      asOf: '2026-11-02',
      url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    },
  ],
  exchangeRates: [
    { currency: 'USD', amount: 1.2, eur: 1, asOf: '2026-11-02', sources: ['ecb-2026-11-02'], primary: true },
    { currency: 'GBP', amount: 0.9, eur: 1, asOf: '2026-11-02', sources: ['ecb-2026-11-02'], primary: true },
  ],
};
