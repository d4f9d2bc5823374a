/**
 * How long the loader waits for each file it fetches (a widget's code, a language's texts, the API) before the
 * widgets that need it say so: 8 s, or the loader script's `data-timeout` in seconds. A file that arrives later
 * is still used.
 */
export const DEFAULT_TIMEOUT_MS = 8000;

/** The deadline the loader read from its script tag (see loader.ts), else the default. */
export function timeoutMs(): number {
  const timeout = window.NomadVisaWidgets?.timeout;
  return typeof timeout === 'number' && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
}

/**
 * Calls `late` with a sentence naming `what` if `loading` has not settled within `ms`; `loading` goes on either
 * way, and its outcome is the caller's to handle.
 */
export function whenLate(loading: Promise<unknown>, what: string, late: (message: string) => void, ms = timeoutMs()): void {
  const timer = setTimeout(() => late(`${what} did not arrive within ${ms / 1000} s`), ms);
  const settled = () => clearTimeout(timer);
  loading.then(settled, settled);
}
