// The period in words, as the screens show it: "1 Jan 2026 – 31 Mar 2026", "Since …", "Until …", "All time".
import type { TFunction } from 'i18next';
import type { DashboardRange } from '../../../common/dashboard/dashboard.schema.js';

export function rangeLabel(t: TFunction<['dashboard', 'taxonomy']>, range: DashboardRange, language: string): string {
  const day = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  if (range.from !== null && range.to !== null) return t('range.between', { from: day(range.from), to: day(range.to) });
  if (range.from !== null) return t('range.since', { from: day(range.from) });
  if (range.to !== null) return t('range.until', { to: day(range.to) });
  return t('range.allTime');
}
