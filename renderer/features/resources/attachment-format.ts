// How an attachment's size reads: bytes, kB, MB or GB in the interface language's number format.
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Decimal units (1 MB = 1,000,000 bytes), as file managers show them. */
export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** A share of a job as a whole percentage, 0 when nothing is known yet. */
export function percentOf(done: number, total: number): number {
  return total <= 0 ? 0 : Math.min(100, Math.floor((done / total) * 100));
}
