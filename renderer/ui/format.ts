// Locale-aware formatting of dates, durations, numbers and amounts of money with Intl, in the interface language (never the system's).
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

/**
 * An amount in its currency: "$250,000,000" in English, "250.000.000 US$" in Spanish, "250 000 000 $US" in French;
 * whole amounts without decimals. A code Intl does not know still shows, after the number.
 */
export function formatCurrency(amount: number, currency: string, language: string): string {
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
}

/** Bytes as mebibytes (Argon2id memory is a power of two, so the result is usually whole). */
export function toMebibytes(bytes: number): number {
  return bytes / MEBIBYTE;
}
