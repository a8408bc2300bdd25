// Pure helpers for the collaboration screens: calendar dates shown and entered without a time-zone shift, and member names.

/** A calendar day (YYYY-MM-DD) in the interface language, e.g. "12 Mar 2025"; read as UTC so it never moves a day. */
export function formatDay(isoDay: string, language: string): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The local calendar day of a moment as YYYY-MM-DD: the default date of a new activity. */
export function localDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Members as one line, in the order given: "Ana Pérez, Joseph K." ; unknown (deleted) names are skipped. */
export function memberNames(members: readonly { name: string }[]): string {
  return members
    .map((member) => member.name)
    .filter((name) => name !== '')
    .join(', ');
}
