/** When facts are old enough that a visitor should check them first. No DOM. */

/** The default: facts as of more than 12 months ago are flagged. */
export const DEFAULT_STALE_MONTHS = 12;

/**
 * The last moment a partial as-of date can mean ("2025" → the end of 2025, "2025-03" → the end of March), so a
 * programme is never called older than it may be.
 */
function latest(asOf: string): Date {
  const [year, month, day] = asOf.split('-').map(Number);
  if (day) return new Date(Date.UTC(year, month - 1, day + 1));
  if (month) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year + 1, 0, 1));
}

/** True when even the latest moment `asOf` can mean lies more than `months` months before `now`. */
export function isStale(asOf: string, now: Date, months: number = DEFAULT_STALE_MONTHS): boolean {
  if (!asOf) return false;
  const limit = latest(asOf);
  limit.setUTCMonth(limit.getUTCMonth() + months);
  return now.getTime() > limit.getTime();
}
