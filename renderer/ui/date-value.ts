// A date field's value both ways: the form's `YYYY-MM-DD` (or '' for none) and the calendar day the date picker works with.
import { parseDate, type CalendarDate, type DateValue } from '@internationalized/date';

/** A calendar day from `YYYY-MM-DD`; null for '' or anything that is not a real day. */
export function toCalendarDate(value: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    const day = parseDate(value);
    // parseDate refuses impossible days (2025-02-30) and moves year 0 to year 1: only an exact round trip is kept.
    return day.toString() === value ? day : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` of a picked day; '' when the field is emptied or not complete. */
export function fromDateValue(value: DateValue | null): string {
  return value === null ? '' : value.toString().slice(0, 10);
}
