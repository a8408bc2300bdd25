// How the grants screens write times, scores and time zones: a call's deadline in its own time zone, in the interface
// language; a mean score to two decimals; the time zones the computer knows, its own first.

/** A moment as the clock reads in `timeZone`, in the interface language, with the zone named: "31 Mar 2026, 17:00 (America/Bogota)". */
export function formatInZone(instant: string, timeZone: string, language: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    const text = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
    return `${text} (${timeZone})`;
  } catch {
    return instant;
  }
}

/** A score on the 0–5 scale with two decimals, in the interface language ("3.50", "3,50"). */
export function formatScore(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** The computer's own time zone ("UTC" when it cannot say). */
export function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone this computer knows, sorted, with `keep` (the computer's or the call's own) and UTC always in it. */
export function timeZoneChoices(keep: readonly string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', ...keep.filter((zone) => zone !== '')])].sort((a, b) => a.localeCompare(b));
}

/** Every currency code this computer knows, with `keep` always in it, sorted. */
export function currencyChoices(keep: readonly string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return [...new Set([...known, ...keep.filter((code) => code !== '')])].sort();
}

/** "USD — US Dollar" in the interface language; the code alone when Intl has no name for it. */
export function currencyLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames(language, { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

/** A money field as typed ("5000", "5 000,50", "5,000.50"): the number, or null when it is not one. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  // The later of the two separators is the decimal one when it has at most two digits after it.
  const decimalAt = Math.max(lastComma, lastDot);
  const decimals = decimalAt >= 0 ? compact.length - decimalAt - 1 : 0;
  const whole = decimalAt >= 0 && decimals <= 2 ? compact.slice(0, decimalAt) : compact;
  const fraction = decimalAt >= 0 && decimals <= 2 ? compact.slice(decimalAt + 1) : '';
  const digits = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(digits) || !/^\d*$/.test(fraction)) return null;
  return Number(fraction === '' ? digits : `${digits}.${fraction}`);
}

/** A small whole number field ("3"): the number, or null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** A weight ("1", "2.5", "2,5"): the number, or null. */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : null;
}

/** An id for a new row ("item-3") that none of `taken` has, for checklists and rubric criteria. */
export function nextRowId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let n = taken.length + 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
