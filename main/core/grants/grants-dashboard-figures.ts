// The grants dashboard's figures, counted from one line per application: per call, per region, per strategy area (a
// call's areas) and per currency, each group in one currency. Pure, so the tests can count by hand beside it.
import type { GrantFigures, GrantGroup, GrantsDashboard } from '../../../common/grants/grants-dashboard.schema.js';
import { REGIONS, STRATEGY_AREAS, type Region, type StrategyArea } from '../../../common/roster/taxonomy.js';
import type { GrantDashboardCall, GrantDashboardLine } from '../../../db/grants-dashboard.repo.js';

/** The group of calls that name no strategy area. */
export const NO_AREA = 'not_stated';

/** Every state that comes after an approval. */
const APPROVED_STATES = new Set(['approved', 'awarded', 'reporting', 'closed']);
const DAY_MS = 86_400_000;

/** How each group is named in the user's language. */
export interface GrantDashboardLabels {
  call: (call: GrantDashboardCall) => string;
  region: (region: Region) => string;
  area: (area: StrategyArea | typeof NO_AREA) => string;
}

/** A running tally in cents (sums) and days (to decision), turned into figures at the end. */
interface Tally {
  applications: number;
  approved: number;
  declined: number;
  waitlisted: number;
  awards: number;
  direct: number;
  requested: number;
  awarded: number;
  disbursed: number;
  days: number[];
}

const emptyTally = (): Tally => ({ applications: 0, approved: 0, declined: 0, waitlisted: 0, awards: 0, direct: 0, requested: 0, awarded: 0, disbursed: 0, days: [] });

const cents = (amount: number) => Math.round(amount * 100);

/** Days from receiving to deciding, or null when undecided or when the dates cannot be read. */
export function daysToDecision(line: Pick<GrantDashboardLine, 'receivedAt' | 'decidedAt'>): number | null {
  if (line.decidedAt === null) return null;
  const days = (Date.parse(line.decidedAt) - Date.parse(line.receivedAt)) / DAY_MS;
  return Number.isFinite(days) ? Math.max(0, days) : null;
}

function add(tally: Tally, line: GrantDashboardLine): void {
  tally.applications += 1;
  if (APPROVED_STATES.has(line.state)) tally.approved += 1;
  if (line.state === 'declined') tally.declined += 1;
  if (line.state === 'waitlisted') tally.waitlisted += 1;
  tally.requested += cents(line.amountRequested);
  if (line.awarded !== null) {
    tally.awards += 1;
    if (line.recipient === 'community') tally.direct += 1;
    tally.awarded += cents(line.awarded);
    tally.disbursed += cents(line.disbursed);
  }
  const days = daysToDecision(line);
  if (days !== null) tally.days.push(days);
}

/** The middle value (the mean of the two middle ones for an even count), to one decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

function figures(tally: Tally): GrantFigures {
  return {
    applications: tally.applications,
    approved: tally.approved,
    declined: tally.declined,
    waitlisted: tally.waitlisted,
    awards: tally.awards,
    requested: tally.requested / 100,
    awarded: tally.awarded / 100,
    disbursed: tally.disbursed / 100,
    medianDaysToDecision: median(tally.days),
    directShare: tally.awards === 0 ? null : tally.direct / tally.awards,
  };
}

/** Tallies kept per group key and currency, in the order the groups are first met. */
function grouping() {
  const groups = new Map<string, { key: string; currency: string; tally: Tally }>();
  return {
    add(key: string, currency: string, line: GrantDashboardLine) {
      const id = `${key}\u0000${currency}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key, currency, tally: emptyTally() }));
      add(group.tally, line);
    },
    /** Groups in `order` of their keys (then by currency); `label` names each. */
    result(order: readonly string[], label: (key: string) => string): GrantGroup[] {
      const rank = new Map(order.map((key, index) => [key, index]));
      return [...groups.values()]
        .sort((a, b) => (rank.get(a.key) ?? order.length) - (rank.get(b.key) ?? order.length) || a.currency.localeCompare(b.currency))
        .map((group) => ({ key: group.key, label: label(group.key), currency: group.currency, figures: figures(group.tally) }));
    },
  };
}

/** Every figure of the dashboard; calls without applications still show, with zeros. */
export function countGrantsDashboard(
  lines: readonly GrantDashboardLine[],
  calls: readonly GrantDashboardCall[],
  labels: GrantDashboardLabels,
  generatedAt: string,
): GrantsDashboard {
  const callsById = new Map(calls.map((call) => [call.id, call]));
  const byCall = new Map(calls.map((call) => [call.id, emptyTally()]));
  const byRegion = grouping();
  const byArea = grouping();
  const totals = grouping();
  for (const line of lines) {
    const call = callsById.get(line.callId);
    if (!call) continue;
    add(byCall.get(call.id)!, line);
    byRegion.add(line.region, call.currency, line);
    for (const area of call.strategyAreas.length === 0 ? [NO_AREA] : call.strategyAreas) byArea.add(area, call.currency, line);
    totals.add(call.currency, call.currency, line);
  }
  return {
    generatedAt,
    byCall: calls.map((call) => ({ key: call.id, label: labels.call(call), currency: call.currency, figures: figures(byCall.get(call.id)!) })),
    byRegion: byRegion.result(REGIONS, (key) => labels.region(key as Region)),
    byStrategyArea: byArea.result([...STRATEGY_AREAS, NO_AREA], (key) => labels.area(key as StrategyArea | typeof NO_AREA)),
    totals: totals.result([], (key) => key),
  };
}
