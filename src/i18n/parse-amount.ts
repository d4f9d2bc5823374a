/** Numbers as visitors type them, in any of the widgets' languages. No DOM. */

/**
 * Reads a number typed in English or German style: "3000", "3,000", "3.000", "3 000", "2539,31", "2,539.31".
 * With both separators the last one is the decimal mark; a lone separator is a decimal mark only when
 * one or two digits follow it ("3,5" = 3.5, "3,500" = 3500). Returns undefined for blank, null for not a number.
 */
export function parseAmount(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!compact) return undefined;
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalized = compact.split(thousands).join('').replace(decimal, '.');
  } else {
    const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
    const parts = separator ? compact.split(separator) : [compact];
    const decimalTail = parts.length === 2 && parts[1].length > 0 && parts[1].length <= 2;
    if (decimalTail) normalized = `${parts[0]}.${parts[1]}`;
    else if (parts.slice(1).every((part) => part.length === 3)) normalized = parts.join('');
    else return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
