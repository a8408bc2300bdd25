// Deadlines are typed as wall-clock times in the call's time zone; this turns them into instants, and back for display.
import { parseDateTime, toZoned } from '@internationalized/date';

/** The UTC instant (ISO, with Z) of a wall-clock "YYYY-MM-DDTHH:mm" in an IANA time zone. */
export function zonedToInstant(local: string, timeZone: string): string {
  return toZoned(parseDateTime(local), timeZone).toDate().toISOString();
}

/** Whether `instant` (any ISO date-time) is after the wall-clock `local` in `timeZone`. */
export function isAfterLocal(instant: string, local: string, timeZone: string): boolean {
  return Date.parse(instant) > Date.parse(zonedToInstant(local, timeZone));
}
