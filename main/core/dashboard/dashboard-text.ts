// The dashboard's words in main (CSV headers, the printed report, dialog titles), read from the shared catalogue without i18next.
import type { CollaborationState } from '../../../common/community/collaboration.schema.js';
import { NOT_STATED, type DashboardArea } from '../../../common/dashboard/dashboard.schema.js';
import { catalogText } from '../catalog-message.js';
import type { Language } from '../../../common/languages.js';
import type { Region } from '../../../common/roster/taxonomy.js';

export { catalogText };

/** The words of one language, bound once. */
export function dashboardWords(language: Language) {
  return {
    text: (key: string, params: Readonly<Record<string, string>> = {}) => catalogText(language, 'dashboard', key, params),
    region: (region: Region) => catalogText(language, 'taxonomy', `region.${region}`),
    area: (area: DashboardArea) =>
      area === NOT_STATED ? catalogText(language, 'dashboard', 'area.notStated') : catalogText(language, 'taxonomy', `strategy.${area}`),
    status: (status: CollaborationState) => catalogText(language, 'taxonomy', `collaborationState.${status}`),
    number: (value: number) => new Intl.NumberFormat(language).format(value),
    /** A day such as "5 March 2026", read as the UTC day it names. */
    day: (isoDate: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    /** A moment in the computer's time zone, for "generated on". */
    moment: (ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms)),
  };
}
export type DashboardWords = ReturnType<typeof dashboardWords>;

/** "1 January 2026 – 31 March 2026", "Since …", "Until …" or "All time". */
export function rangeText(words: DashboardWords, range: { from: string | null; to: string | null }): string {
  if (range.from !== null && range.to !== null) return words.text('range.between', { from: words.day(range.from), to: words.day(range.to) });
  if (range.from !== null) return words.text('range.since', { from: words.day(range.from) });
  if (range.to !== null) return words.text('range.until', { to: words.day(range.to) });
  return words.text('range.allTime');
}
