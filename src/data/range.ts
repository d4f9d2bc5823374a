/**
 * The one shape of every range in the dataset: a single value, or `{ "min": a, "max": b }`, where only `min`
 * reads "from a" and only `max` "up to b". Bounds are numbers (amounts, days) or durations. No DOM.
 */
export interface Bounds<T> {
  min?: T;
  max?: T;
}
export type Range<T> = T | Bounds<T>;

/** True for `{ min?, max? }`, false for a single value (a number, or a duration `{ amount, unit }`). */
export function isBounds<T>(range: Range<T>): range is Bounds<T> {
  return typeof range === 'object' && range !== null && !('amount' in range) && ('min' in range || 'max' in range);
}

/** `exact` for a single value, otherwise the bounds given. */
export function boundsOf<T>(range: Range<T>): { exact?: T; min?: T; max?: T } {
  return isBounds(range) ? { min: range.min, max: range.max } : { exact: range };
}

/** The smallest value the range allows (a lone `max` counts as its own lower bound: nothing smaller is known). */
export function lowest<T>(range: Range<T>): T {
  const { exact, min, max } = boundsOf(range);
  return (exact ?? min ?? max) as T;
}

/** The largest value the range allows (a lone `min` counts as its own upper bound). */
export function highest<T>(range: Range<T>): T {
  const { exact, min, max } = boundsOf(range);
  return (exact ?? max ?? min) as T;
}
