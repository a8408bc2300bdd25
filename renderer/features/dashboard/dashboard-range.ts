// The dashboard's period choices: presets counted back from today (UTC days, as the vault stores them) or chosen dates.
import type { DashboardRange } from '../../../common/dashboard/dashboard.schema.js';

export const RANGE_PRESETS = ['last3', 'last6', 'last12', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const MONTHS: Record<Exclude<RangePreset, 'all' | 'custom'>, number> = { last3: 3, last6: 6, last12: 12 };

/** Today as the vault counts days: the UTC date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The same day N months back; a day the shorter month lacks rolls over (31 May less 3 months is 3 March). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
}

/** The range a preset stands for; `custom` takes the chosen dates, an empty one leaving that end open. */
export function rangeFor(preset: RangePreset, custom: { from: string; to: string }, today: string = todayIso()): DashboardRange {
  switch (preset) {
    case 'all':
      return { from: null, to: null };
    case 'custom':
      return { from: custom.from === '' ? null : custom.from, to: custom.to === '' ? null : custom.to };
    default:
      return { from: monthsBefore(today, MONTHS[preset]), to: today };
  }
}
