/** A size in bytes as megabytes (MiB, the unit max-bytes is usually thought in), with at most one decimal. */
export function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_048_576);
}
