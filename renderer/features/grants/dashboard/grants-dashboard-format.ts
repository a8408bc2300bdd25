// How the grants dashboard writes its figures in the interface language: counts, days and shares as percents, and the
// label of each group (a region or strategy area named in words, a call by its title).
import type { GrantGroup } from '../../../../common/grants/grants-dashboard.schema.js';
import { REGIONS, STRATEGY_AREAS, type Region, type StrategyArea } from '../../../../common/roster/taxonomy.js';

/** A share between 0 and 1 as a whole percent ("42 %" in French); a dash when there is none (no awards). */
export function formatShare(share: number | null, language: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A median number of days, to one decimal; a dash when nothing was decided yet. */
export function formatDays(days: number | null, language: string): string {
  if (days === null) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(days);
}

export type GroupKind = 'call' | 'region' | 'strategyArea' | 'total';

/** The taxonomy key that names a group, when the group is a known region or strategy area; null to show its own label. */
export function taxonomyKeyOf(kind: GroupKind, group: Pick<GrantGroup, 'key'>): `region.${Region}` | `strategy.${StrategyArea}` | null {
  const region = REGIONS.find((known) => known === group.key);
  if (kind === 'region' && region !== undefined) return `region.${region}`;
  const area = STRATEGY_AREAS.find((known) => known === group.key);
  if (kind === 'strategyArea' && area !== undefined) return `strategy.${area}`;
  return null;
}
