// The grants dashboard's reads: one line per live application of a live call (with its award and what was paid on it),
// and the live calls with what groups them. A few plain queries joined in memory; the figures are counted in main.
import type { ApplicationState } from '../common/grants/application.schema.js';
import type { CallText } from '../common/grants/call.schema.js';
import type { Region, StrategyArea } from '../common/roster/taxonomy.js';
import type { ReadableDB } from './handles.js';

/** The states a decision meeting gives; the first history entry in one of them is the decision. */
const DECISION_STATES: ReadonlySet<string> = new Set(['approved', 'declined', 'waitlisted']);

export interface GrantDashboardLine {
  callId: string;
  state: ApplicationState;
  region: Region;
  recipient: 'community' | 'intermediary';
  amountRequested: number;
  receivedAt: string;
  /** When the decision was recorded (the first decision in the history), or null before one. */
  decidedAt: string | null;
  /** The live award's amount, or null without one. */
  awarded: number | null;
  /** Σ of the live payments of the live award. */
  disbursed: number;
}

export interface GrantDashboardCall {
  id: string;
  currency: string;
  texts: CallText[];
  strategyAreas: StrategyArea[];
}

interface ApplicationRow {
  id: string;
  call_id: string;
  state: string;
  region: string;
  recipient: string;
  amount_requested: number;
  received_at: string;
  history: string;
}

function decidedAt(history: string): string | null {
  const entries = JSON.parse(history) as { state: string; at: string }[];
  return entries.find((entry) => DECISION_STATES.has(entry.state))?.at ?? null;
}

/** Live applications of live calls, each with its live award (the newest, should two have crossed in sync) and what was paid on it. */
export function listGrantDashboardLines(db: ReadableDB): GrantDashboardLine[] {
  const applications = db
    .prepare(
      `SELECT a.id, a.call_id, a.state, c.region, a.recipient, a.amount_requested, a.received_at, a.history
       FROM grant_applications a
         JOIN grant_calls k ON k.id = a.call_id AND k.deleted_at IS NULL
         JOIN communities c ON c.id = a.community_id
       WHERE a.deleted_at IS NULL`,
    )
    .all() as ApplicationRow[];
  const awards = db
    .prepare(
      `SELECT w.application_id, w.amount, coalesce(sum(p.amount), 0) AS disbursed
       FROM grant_awards w LEFT JOIN grant_payments p ON p.award_id = w.id AND p.deleted_at IS NULL
       WHERE w.deleted_at IS NULL GROUP BY w.id ORDER BY w.seq`,
    )
    .all() as { application_id: string; amount: number; disbursed: number }[];
  const awardOf = new Map(awards.map((award) => [award.application_id, award]));
  return applications.map((row) => {
    const award = awardOf.get(row.id);
    return {
      callId: row.call_id,
      state: row.state as ApplicationState,
      region: row.region as Region,
      recipient: row.recipient as GrantDashboardLine['recipient'],
      amountRequested: row.amount_requested,
      receivedAt: row.received_at,
      decidedAt: decidedAt(row.history),
      awarded: award?.amount ?? null,
      disbursed: award?.disbursed ?? 0,
    };
  });
}

/** Live calls, newest first. */
export function listGrantDashboardCalls(db: ReadableDB): GrantDashboardCall[] {
  const rows = db.prepare('SELECT id, currency, texts, strategy_areas FROM grant_calls WHERE deleted_at IS NULL ORDER BY seq DESC').all() as {
    id: string;
    currency: string;
    texts: string;
    strategy_areas: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    currency: row.currency,
    texts: JSON.parse(row.texts) as CallText[],
    strategyAreas: JSON.parse(row.strategy_areas) as StrategyArea[],
  }));
}
