import { expect } from '@open-wc/testing';
import { isStale } from '../../src/data/staleness.js';

describe('staleness', () => {
  it('counts a partial date from its last moment, so nothing is called older than it may be', () => {
    const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
    // "2025" may mean 31 December 2025: not yet 12 months old on 30 December 2026, but on 2 January 2027.
    expect(isStale('2025', at('2026-12-30'))).to.equal(false);
    expect(isStale('2025', at('2027-01-02'))).to.equal(true);
    expect(isStale('2025-03', at('2026-03-30'))).to.equal(false);
    expect(isStale('2025-03', at('2026-04-02'))).to.equal(true);
    expect(isStale('2025-03-01', at('2026-03-01'))).to.equal(false);
    expect(isStale('2025-03-01', at('2026-03-03'))).to.equal(true);
    expect(isStale('2024', at('2026-11-30'), 36)).to.equal(false);
    expect(isStale('', at('2040-01-01'))).to.equal(false);
  });
});
