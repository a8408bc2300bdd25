// Pure helpers for the collaboration screens: calendar dates shown without a time-zone shift, and member names.
import { formatDayOnly, localDayOf } from '../../ui/format-day-only.js';

/** A calendar day (YYYY-MM-DD, or the day part of a date-time) in the interface language, e.g. "12 Mar 2025". */
export function formatDay(isoDay: string, language: string): string {
  const shown = formatDayOnly(isoDay.slice(0, 10), language);
  return shown === isoDay.slice(0, 10) ? isoDay : shown;
}

/** The local calendar day of a moment as YYYY-MM-DD: the default date of a new activity. */
export const localDay = localDayOf;

/** Members as one line, in the order given: "Ana Pérez, Joseph K." ; unknown (deleted) names are skipped. */
export function memberNames(members: readonly { name: string }[]): string {
  return members
    .map((member) => member.name)
    .filter((name) => name !== '')
    .join(', ');
}
