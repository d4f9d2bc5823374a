/** The `theme` attribute: light, dark, auto, or absent (inherit the page). */
export function readTheme(value: string | undefined | null): { ok: boolean } {
  return { ok: value === undefined || value === null || value === 'light' || value === 'dark' || value === 'auto' };
}
