// Grant application rows: the record's fields (budget, eligibility answers, documents, contacts, history as JSON inside it)
// and what the vault sets (state, amounts, decision). The contacts column is sensitive and never travels (sync-tables.ts).
import type { ApplicationFields, ApplicationState, ApplicationStateChange } from '../common/grants/application.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { StoredApplication } from './grant-records.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { syncMetadataOf, type SyncColumns } from './syncable.js';
import { setTombstone } from './tombstones.js';

interface ApplicationRow extends SyncColumns {
  seq: number;
  id: string;
  call_id: string;
  community_id: string;
  struggle_id: string | null;
  request_id: string | null;
  collaboration_id: string | null;
  title: string;
  entered_by: string;
  received_at: string;
  channel: string;
  original_language: string;
  original_text: string;
  translation_language: string | null;
  translation: string;
  budget: string;
  eligibility: string;
  documents: string;
  late_reason: string;
  contacts: string;
  recipient: string;
  intermediary_name: string;
  letter_language: string;
  amount_requested: number;
  approved_amount: number | null;
  decision_rationale: string;
  meeting_id: string | null;
  documents_resource_id: string | null;
  state: string;
  history: string;
}

function rowToApplication(row: ApplicationRow): StoredApplication {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      callId: row.call_id,
      communityId: row.community_id,
      struggleId: row.struggle_id,
      requestId: row.request_id,
      collaborationId: row.collaboration_id,
      title: row.title,
      enteredBy: row.entered_by,
      receivedAt: row.received_at,
      channel: row.channel as ApplicationFields['channel'],
      originalLanguage: row.original_language,
      originalText: row.original_text,
      translationLanguage: row.translation_language,
      translation: row.translation,
      budget: JSON.parse(row.budget) as ApplicationFields['budget'],
      eligibility: JSON.parse(row.eligibility) as ApplicationFields['eligibility'],
      documents: JSON.parse(row.documents) as ApplicationFields['documents'],
      lateReason: row.late_reason,
      contacts: JSON.parse(row.contacts) as ApplicationFields['contacts'],
      recipient: row.recipient as ApplicationFields['recipient'],
      intermediaryName: row.intermediary_name,
      letterLanguage: row.letter_language as ApplicationFields['letterLanguage'],
    },
    state: row.state as ApplicationState,
    history: JSON.parse(row.history) as ApplicationStateChange[],
    amountRequested: row.amount_requested,
    approvedAmount: row.approved_amount,
    decisionRationale: row.decision_rationale,
    meetingId: row.meeting_id,
    documentsResourceId: row.documents_resource_id,
    ...syncMetadataOf(row),
  };
}

/** What a service writes: everything of the stored row but its sequence number and sync columns. */
export type ApplicationRecord = Omit<StoredApplication, 'seq' | 'createdAt' | 'updatedAt' | 'hlc' | 'changedBy' | 'deletedAt'>;

function params(record: ApplicationRecord, stamp: SyncStamp) {
  const { fields } = record;
  return {
    id: record.id,
    callId: fields.callId,
    communityId: fields.communityId,
    struggleId: fields.struggleId,
    requestId: fields.requestId,
    collaborationId: fields.collaborationId,
    title: fields.title,
    enteredBy: fields.enteredBy,
    receivedAt: fields.receivedAt,
    channel: fields.channel,
    originalLanguage: fields.originalLanguage,
    originalText: fields.originalText,
    translationLanguage: fields.translationLanguage,
    translation: fields.translation,
    budget: JSON.stringify(fields.budget),
    eligibility: JSON.stringify(fields.eligibility),
    documents: JSON.stringify(fields.documents),
    lateReason: fields.lateReason,
    contacts: JSON.stringify(fields.contacts),
    recipient: fields.recipient,
    intermediaryName: fields.intermediaryName,
    letterLanguage: fields.letterLanguage,
    amountRequested: record.amountRequested,
    approvedAmount: record.approvedAmount,
    decisionRationale: record.decisionRationale,
    meetingId: record.meetingId,
    documentsResourceId: record.documentsResourceId,
    state: record.state,
    history: JSON.stringify(record.history),
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertApplication(db: WritableDB, record: ApplicationRecord, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_applications (id, call_id, community_id, struggle_id, request_id, collaboration_id, title, entered_by,
       received_at, channel, original_language, original_text, translation_language, translation, budget, eligibility,
       documents, late_reason, contacts, recipient, intermediary_name, letter_language, amount_requested, approved_amount,
       decision_rationale, meeting_id, documents_resource_id, state, history, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @callId, @communityId, @struggleId, @requestId, @collaborationId, @title, @enteredBy, @receivedAt, @channel,
       @originalLanguage, @originalText, @translationLanguage, @translation, @budget, @eligibility, @documents, @lateReason,
       @contacts, @recipient, @intermediaryName, @letterLanguage, @amountRequested, @approvedAmount, @decisionRationale,
       @meetingId, @documentsResourceId, @state, @history, @at, @at, @hlc, @changedBy)`,
  ).run(params(record, stamp));
}

/** Rewrites every field of the row (a form's save, or a state change with its history). */
export function updateApplication(db: WritableDB, record: ApplicationRecord, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE grant_applications SET call_id = @callId, community_id = @communityId, struggle_id = @struggleId,
       request_id = @requestId, collaboration_id = @collaborationId, title = @title, entered_by = @enteredBy,
       received_at = @receivedAt, channel = @channel, original_language = @originalLanguage, original_text = @originalText,
       translation_language = @translationLanguage, translation = @translation, budget = @budget,
       eligibility = @eligibility, documents = @documents, late_reason = @lateReason, contacts = @contacts,
       recipient = @recipient, intermediary_name = @intermediaryName, letter_language = @letterLanguage,
       amount_requested = @amountRequested, approved_amount = @approvedAmount, decision_rationale = @decisionRationale,
       meeting_id = @meetingId, documents_resource_id = @documentsResourceId, state = @state, history = @history,
       updated_at = @at, hlc = @hlc, changed_by = @changedBy
     WHERE id = @id`,
  ).run(params(record, stamp));
}

export interface ApplicationStatusChange {
  state: ApplicationState;
  note?: string;
  approvedAmount?: number | null;
  decisionRationale?: string;
  meetingId?: string | null;
}

/**
 * Moves application `id` to `change.state`, appending { state, at: stamp.at, note } to its history, and writes the other
 * given fields (a field left out keeps its value). Used by decisions (meetings) and awards; does not check the step.
 */
export function updateApplicationStatus(db: WritableDB, id: string, change: ApplicationStatusChange, stamp: SyncStamp): void {
  const history = db.prepare('SELECT history FROM grant_applications WHERE id = ?').pluck().get(id) as string | undefined;
  if (history === undefined) return;
  const entries = JSON.parse(history) as ApplicationStateChange[];
  entries.push({ state: change.state, at: stamp.at, note: change.note ?? '' });
  db.prepare(
    `UPDATE grant_applications SET state = @state, history = @history,
       approved_amount = CASE WHEN @setAmount = 1 THEN @approvedAmount ELSE approved_amount END,
       decision_rationale = coalesce(@decisionRationale, decision_rationale),
       meeting_id = CASE WHEN @setMeeting = 1 THEN @meetingId ELSE meeting_id END,
       updated_at = @at, hlc = @hlc, changed_by = @changedBy
     WHERE id = @id`,
  ).run({
    id,
    state: change.state,
    history: JSON.stringify(entries),
    setAmount: change.approvedAmount === undefined ? 0 : 1,
    approvedAmount: change.approvedAmount ?? null,
    decisionRationale: change.decisionRationale ?? null,
    setMeeting: change.meetingId === undefined ? 0 : 1,
    meetingId: change.meetingId ?? null,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  });
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setApplicationDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_applications', id, deleted, stamp);
}

export function getApplication(db: ReadableDB, id: string): StoredApplication | undefined {
  const row = db.prepare('SELECT * FROM grant_applications WHERE id = ?').get(id) as ApplicationRow | undefined;
  return row ? rowToApplication(row) : undefined;
}

/** The live applications of a call, oldest first (by when they were entered). */
export function listApplicationsOfCall(db: ReadableDB, callId: string): StoredApplication[] {
  const rows = db
    .prepare('SELECT * FROM grant_applications WHERE call_id = ? AND deleted_at IS NULL ORDER BY seq')
    .all(callId) as ApplicationRow[];
  return rows.map(rowToApplication);
}

export interface ApplicationListOptions {
  callId: string | null;
  communityId: string | null;
  states: readonly ApplicationState[];
  deleted: boolean;
  limit: number;
  offset: number;
}

/** Live applications (or, with `deleted`, the tombstones), filtered by call, community and states. Newest first. */
export function listApplications(db: ReadableDB, options: ApplicationListOptions): StoredApplication[] {
  const rows = db
    .prepare(
      `SELECT * FROM grant_applications
       WHERE (deleted_at IS NOT NULL) = @deleted
         AND (@callId IS NULL OR call_id = @callId)
         AND (@communityId IS NULL OR community_id = @communityId)
         AND (@anyState = 1 OR state IN (SELECT value FROM json_each(@states)))
       ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({
      callId: options.callId,
      communityId: options.communityId,
      deleted: options.deleted ? 1 : 0,
      anyState: options.states.length === 0 ? 1 : 0,
      states: JSON.stringify(options.states),
      limit: options.limit,
      offset: options.offset,
    }) as ApplicationRow[];
  return rows.map(rowToApplication);
}

/** Per call: how many live applications it has in each state (one query). */
export function countApplicationsByCall(db: ReadableDB): Map<string, Partial<Record<ApplicationState, number>>> {
  const rows = db
    .prepare('SELECT call_id AS callId, state, count(*) AS n FROM grant_applications WHERE deleted_at IS NULL GROUP BY 1, 2')
    .all() as { callId: string; state: ApplicationState; n: number }[];
  const counts = new Map<string, Partial<Record<ApplicationState, number>>>();
  for (const row of rows) {
    const entry = counts.get(row.callId) ?? {};
    entry[row.state] = row.n;
    counts.set(row.callId, entry);
  }
  return counts;
}
