// A calendar date (`YYYY-MM-DD`, no time zone) in the interface language, spelled out: the same day wherever the computer is.
import { formatDayOnly } from '../../ui/format-day-only.js';

export function formatDay(day: string, language: string): string {
  return formatDayOnly(day, language, 'long');
}
