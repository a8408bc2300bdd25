// Calendar dates without a time: a `YYYY-MM-DD` value is the same day in every time zone, and a moment can be shown as its local day.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayStyle = 'medium' | 'long';

/** True for a calendar date with no time, such as an activity's date, a deadline or a follow-up. */
export function isDateOnly(value: string): boolean {
  return DAY.test(value);
}

/**
 * A calendar date (`YYYY-MM-DD`) in the interface language, without a time: "Mar 1, 2025", "1 mar 2025".
 * Formatted at noon UTC in UTC, so no time zone moves it to the day before or after. Anything else is shown as it came.
 */
export function formatDayOnly(day: string, language: string, dateStyle: DayStyle = 'medium'): string {
  const parts = DAY.exec(day);
  if (!parts) return day;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12));
  // A value such as 2025-02-31 rolls over in Date.UTC; a day the calendar does not have is shown as it came.
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(parts[3])) return day;
  return new Intl.DateTimeFormat(language, { dateStyle, timeZone: 'UTC' }).format(date);
}

/** The calendar day (`YYYY-MM-DD`) on which a moment fell here, in the computer's time zone. */
export function localDayOf(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** A moment (an ISO date-time) shown as the local day it fell on, without the time; a date-only value stays its own day. */
export function formatMomentDay(iso: string, language: string, dateStyle: DayStyle = 'medium'): string {
  if (isDateOnly(iso)) return formatDayOnly(iso, language, dateStyle);
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return formatDayOnly(localDayOf(moment), language, dateStyle);
}
