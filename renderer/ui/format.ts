// Locale-aware formatting of dates, durations and sizes with Intl, in the interface language.
const MEBIBYTE = 1024 * 1024;

/** "5 minutes", "5 minutos", "1 minute"… spelled the way the language does it. */
export function formatMinutes(minutes: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** A date and time for lists, e.g. "12 Mar 2025, 14:05"; an unreadable date is shown as it came. */
export function formatDateTime(iso: string, language: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle, timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** Bytes as mebibytes (Argon2id memory is a power of two, so the result is usually whole). */
export function toMebibytes(bytes: number): number {
  return bytes / MEBIBYTE;
}
