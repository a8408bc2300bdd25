// Grant call rows: the call's lists (regions, texts, checklist, rubric, working group, history) as JSON inside the record.
import type { ApplicationState } from '../common/grants/application.schema.js';
import type { CallFields, CallState, CallStateChange } from '../common/grants/call.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { StoredCall } from './grant-records.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { syncMetadataOf } from './syncable.js';
import { setTombstone } from './tombstones.js';

interface CallRow {
  seq: number;
  id: string;
  kind: string;
  targets: string;
  regions: string;
  strategy_areas: string;
  texts: string;
  eligibility: string;
  opens_at: string;
  closes_at: string;
  time_zone: string;
  currency: string;
  ceiling: number;
  envelope: number;
  required_documents: string;
  rubric: string;
  working_group: string;
  quorum: number;
  blind: number;
  state: string;
  history: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

function rowToCall(row: CallRow): StoredCall {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      kind: row.kind as CallFields['kind'],
      targets: JSON.parse(row.targets) as CallFields['targets'],
      regions: JSON.parse(row.regions) as CallFields['regions'],
      strategyAreas: JSON.parse(row.strategy_areas) as CallFields['strategyAreas'],
      texts: JSON.parse(row.texts) as CallFields['texts'],
      eligibility: JSON.parse(row.eligibility) as CallFields['eligibility'],
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      timeZone: row.time_zone,
      currency: row.currency,
      ceiling: row.ceiling,
      envelope: row.envelope,
      requiredDocuments: JSON.parse(row.required_documents) as CallFields['requiredDocuments'],
      rubric: JSON.parse(row.rubric) as CallFields['rubric'],
      workingGroup: JSON.parse(row.working_group) as CallFields['workingGroup'],
      quorum: row.quorum,
      blind: row.blind === 1,
    },
    state: row.state as CallState,
    history: JSON.parse(row.history) as CallStateChange[],
    ...syncMetadataOf(row),
  };
}

export type CallRecord = Pick<StoredCall, 'id' | 'fields' | 'state' | 'history'>;

function params(record: CallRecord, stamp: SyncStamp) {
  const { fields } = record;
  return {
    id: record.id,
    kind: fields.kind,
    targets: JSON.stringify(fields.targets),
    regions: JSON.stringify(fields.regions),
    strategyAreas: JSON.stringify(fields.strategyAreas),
    texts: JSON.stringify(fields.texts),
    eligibility: JSON.stringify(fields.eligibility),
    opensAt: fields.opensAt,
    closesAt: fields.closesAt,
    timeZone: fields.timeZone,
    currency: fields.currency,
    ceiling: fields.ceiling,
    envelope: fields.envelope,
    requiredDocuments: JSON.stringify(fields.requiredDocuments),
    rubric: JSON.stringify(fields.rubric),
    workingGroup: JSON.stringify(fields.workingGroup),
    quorum: fields.quorum,
    blind: fields.blind ? 1 : 0,
    state: record.state,
    history: JSON.stringify(record.history),
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertCall(db: WritableDB, record: CallRecord, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_calls (id, kind, targets, regions, strategy_areas, texts, eligibility, opens_at, closes_at, time_zone,
       currency, ceiling, envelope, required_documents, rubric, working_group, quorum, blind, state, history,
       created_at, updated_at, hlc, changed_by)
     VALUES (@id, @kind, @targets, @regions, @strategyAreas, @texts, @eligibility, @opensAt, @closesAt, @timeZone,
       @currency, @ceiling, @envelope, @requiredDocuments, @rubric, @workingGroup, @quorum, @blind, @state, @history,
       @at, @at, @hlc, @changedBy)`,
  ).run(params(record, stamp));
}

/** Writes every field, the state and the history of call `record.id`; false when there is no such row. */
export function updateCall(db: WritableDB, record: CallRecord, stamp: SyncStamp): boolean {
  const { changes } = db
    .prepare(
      `UPDATE grant_calls SET kind = @kind, targets = @targets, regions = @regions, strategy_areas = @strategyAreas,
         texts = @texts, eligibility = @eligibility, opens_at = @opensAt, closes_at = @closesAt, time_zone = @timeZone,
         currency = @currency, ceiling = @ceiling, envelope = @envelope, required_documents = @requiredDocuments,
         rubric = @rubric, working_group = @workingGroup, quorum = @quorum, blind = @blind, state = @state,
         history = @history, updated_at = @at, hlc = @hlc, changed_by = @changedBy
       WHERE id = @id`,
    )
    .run(params(record, stamp));
  return changes > 0;
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setCallDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_calls', id, deleted, stamp);
}

export function getCall(db: ReadableDB, id: string): StoredCall | undefined {
  const row = db.prepare('SELECT * FROM grant_calls WHERE id = ?').get(id) as CallRow | undefined;
  return row ? rowToCall(row) : undefined;
}

export interface CallListOptions {
  /** Empty: every state. */
  states: readonly CallState[];
  /** Calls that name this region among theirs; null for all. */
  region: string | null;
  /** True lists the tombstones instead of the live calls. */
  deleted: boolean;
  limit: number;
  offset: number;
}

/** Live calls (or, with `deleted`, the tombstones), filtered by state and region; newest first. */
export function listCalls(db: ReadableDB, options: CallListOptions): StoredCall[] {
  const rows = db
    .prepare(
      `SELECT * FROM grant_calls
       WHERE (deleted_at IS NOT NULL) = @deleted
         AND (@anyState = 1 OR state IN (SELECT value FROM json_each(@states)))
         AND (@region IS NULL OR EXISTS (SELECT 1 FROM json_each(regions) r WHERE r.value = @region))
       ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({
      deleted: options.deleted ? 1 : 0,
      anyState: options.states.length === 0 ? 1 : 0,
      states: JSON.stringify(options.states),
      region: options.region,
      limit: options.limit,
      offset: options.offset,
    }) as CallRow[];
  return rows.map(rowToCall);
}

/** The name and region of the given communities (live or not), by id, in one query: for tables over many applications. */
export function communityLabelsOf(db: ReadableDB, ids: readonly string[]): Map<string, { name: string; region: string }> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, name, region FROM communities WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(ids)])) as { id: string; name: string; region: string }[];
  return new Map(rows.map((row) => [row.id, { name: row.name, region: row.region }]));
}

/** What a call's ranked table and CSV show of an application: no texts, budget or contacts, so the rows stay small. */
export interface RankingApplication {
  seq: number;
  id: string;
  title: string;
  communityId: string;
  state: ApplicationState;
  amountRequested: number;
  approvedAmount: number | null;
  decisionRationale: string;
}

/** The call's live applications, oldest first, with only the columns the ranked table reads (one query). */
export function listRankingApplications(db: ReadableDB, callId: string): RankingApplication[] {
  const rows = db
    .prepare(
      `SELECT seq, id, title, community_id, state, amount_requested, approved_amount, decision_rationale FROM grant_applications
       WHERE call_id = ? AND deleted_at IS NULL ORDER BY seq`,
    )
    .all(callId) as {
    seq: number;
    id: string;
    title: string;
    community_id: string;
    state: string;
    amount_requested: number;
    approved_amount: number | null;
    decision_rationale: string;
  }[];
  return rows.map((row) => ({
    seq: row.seq,
    id: row.id,
    title: row.title,
    communityId: row.community_id,
    state: row.state as ApplicationState,
    amountRequested: row.amount_requested,
    approvedAmount: row.approved_amount,
    decisionRationale: row.decision_rationale,
  }));
}

/**
 * A mark that changes whenever this connection wrote anything (total_changes) or another connection committed
 * (data_version): a reader may keep what it derived from the vault while the mark stays the same.
 */
export function vaultChangeMark(db: ReadableDB): string {
  return db.prepare("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version())").pluck().get() as string;
}
