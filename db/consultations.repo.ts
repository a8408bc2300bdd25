// Consultation rows: participants, feedback and follow-up actions as JSON inside the record. A quote that identifies
// someone is kept apart from its feedback item, in `sensitive_quotes`, the column that never leaves the vault.
import type { ConsultationFields, FeedbackItem, FollowUpAction } from '../common/consultations/consultation.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface ConsultationRow {
  seq: number;
  id: string;
  topic: string;
  starts_on: string;
  ends_on: string | null;
  channel: string;
  region: string;
  sharing: string;
  community_ids: string;
  collaborator_ids: string;
  other_participants: string;
  feedback: string;
  sensitive_quotes: string;
  actions: string;
  notes: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

/** A feedback item as it is stored and travels: its quote only when the quote is not sensitive. */
interface StoredFeedbackItem {
  id: string;
  theme: string;
  text: string;
  quote: string;
}

interface SensitiveQuote {
  feedbackId: string;
  quote: string;
}

export interface StoredConsultation {
  seq: number;
  id: string;
  /** Sensitive quotes put back in their feedback items: this vault's own view, never for a bundle or a packet. */
  fields: ConsultationFields;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

/**
 * A list column as stored. A consultation first received from a bundle starts its sensitive quotes empty (the column
 * has no default), which reads as no quotes.
 */
function parseList<T>(text: string): T[] {
  return text === '' ? [] : (JSON.parse(text) as T[]);
}

/** The feedback with each sensitive quote back in its item; a quote whose item is gone (removed in another vault) is left out. */
function mergeFeedback(stored: readonly StoredFeedbackItem[], sensitive: readonly SensitiveQuote[]): FeedbackItem[] {
  const quotes = new Map(sensitive.map((entry) => [entry.feedbackId, entry.quote]));
  return stored.map((item) => {
    const kept = quotes.get(item.id);
    return kept === undefined ? { ...item, quoteSensitive: false } : { ...item, quote: kept, quoteSensitive: true };
  });
}

/** The feedback split for storage: items without their sensitive quotes, and those quotes apart. */
function splitFeedback(feedback: readonly FeedbackItem[]): { items: StoredFeedbackItem[]; sensitive: SensitiveQuote[] } {
  const items: StoredFeedbackItem[] = [];
  const sensitive: SensitiveQuote[] = [];
  for (const { id, theme, text, quote, quoteSensitive } of feedback) {
    const secret = quoteSensitive && quote !== '';
    items.push({ id, theme, text, quote: secret ? '' : quote });
    if (secret) sensitive.push({ feedbackId: id, quote });
  }
  return { items, sensitive };
}

function rowToConsultation(row: ConsultationRow): StoredConsultation {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      topic: row.topic,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      channel: row.channel as ConsultationFields['channel'],
      region: row.region as ConsultationFields['region'],
      sharing: row.sharing as ConsultationFields['sharing'],
      communityIds: parseList<string>(row.community_ids),
      collaboratorIds: parseList<string>(row.collaborator_ids),
      otherParticipants: row.other_participants,
      feedback: mergeFeedback(parseList<StoredFeedbackItem>(row.feedback), parseList<SensitiveQuote>(row.sensitive_quotes)),
      actions: parseList<FollowUpAction>(row.actions),
      notes: row.notes,
    },
    ...syncMetadataOf(row),
  };
}

function params(id: string, fields: ConsultationFields, stamp: SyncStamp) {
  const { items, sensitive } = splitFeedback(fields.feedback);
  return {
    id,
    topic: fields.topic,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    channel: fields.channel,
    region: fields.region,
    sharing: fields.sharing,
    communityIds: JSON.stringify(fields.communityIds),
    collaboratorIds: JSON.stringify(fields.collaboratorIds),
    otherParticipants: fields.otherParticipants,
    feedback: JSON.stringify(items),
    sensitiveQuotes: JSON.stringify(sensitive),
    actions: JSON.stringify(fields.actions.map(({ id: actionId, text, owner, dueOn, doneOn }) => ({ id: actionId, text, owner, dueOn, doneOn }))),
    notes: fields.notes,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertConsultation(db: WritableDB, id: string, fields: ConsultationFields, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO consultations (id, topic, starts_on, ends_on, channel, region, sharing, community_ids, collaborator_ids, other_participants,
       feedback, sensitive_quotes, actions, notes, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @topic, @startsOn, @endsOn, @channel, @region, @sharing, @communityIds, @collaboratorIds, @otherParticipants,
       @feedback, @sensitiveQuotes, @actions, @notes, @at, @at, @hlc, @changedBy)`,
  ).run(params(id, fields, stamp));
}

export function updateConsultation(db: WritableDB, id: string, fields: ConsultationFields, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE consultations SET topic = @topic, starts_on = @startsOn, ends_on = @endsOn, channel = @channel, region = @region,
       sharing = @sharing, community_ids = @communityIds, collaborator_ids = @collaboratorIds, other_participants = @otherParticipants,
       feedback = @feedback, sensitive_quotes = @sensitiveQuotes, actions = @actions, notes = @notes,
       updated_at = @at, hlc = @hlc, changed_by = @changedBy
     WHERE id = @id`,
  ).run(params(id, fields, stamp));
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setConsultationDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'consultations', id, deleted, stamp);
}

export function getConsultation(db: ReadableDB, id: string): StoredConsultation | undefined {
  const row = db.prepare('SELECT * FROM consultations WHERE id = ?').get(id) as ConsultationRow | undefined;
  return row ? rowToConsultation(row) : undefined;
}

/**
 * Live consultations (or, with `deleted`, the tombstones), newest start day first. `text` matches the topic, or a
 * feedback item's theme, text or quote, any case; sensitive quotes are not searched.
 */
export function listConsultations(db: ReadableDB, options: { text: string; deleted: boolean; limit: number; offset: number }): StoredConsultation[] {
  const pattern = `%${options.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const like = (sql: string) => `${sql} LIKE @pattern ESCAPE '\\'`;
  const rows = db
    .prepare(
      `SELECT * FROM consultations
       WHERE deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
         AND (@text = '' OR ${like('topic')} OR EXISTS (SELECT 1 FROM json_each(feedback) f WHERE
           ${like("json_extract(f.value, '$.theme')")} OR ${like("json_extract(f.value, '$.text')")} OR ${like("json_extract(f.value, '$.quote')")}))
       ORDER BY starts_on DESC, seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ text: options.text, pattern, limit: options.limit, offset: options.offset }) as ConsultationRow[];
  return rows.map(rowToConsultation);
}

/** Every theme of a live consultation's feedback, each once (any case: the first spelling met), in alphabetical order. */
export function listConsultationThemes(db: ReadableDB): string[] {
  return db
    .prepare(
      `SELECT min(theme) FROM (SELECT json_extract(f.value, '$.theme') AS theme FROM consultations c, json_each(c.feedback) f WHERE c.deleted_at IS NULL)
       GROUP BY lower(theme) ORDER BY lower(theme)`,
    )
    .pluck()
    .all() as string[];
}

export interface OverdueActionRow {
  consultationId: string;
  topic: string;
  actionId: string;
  text: string;
  owner: string;
  dueOn: string;
}

/** Open follow-up actions of live consultations due before `today`, oldest due day first. */
export function listOverdueConsultationActions(db: ReadableDB, today: string): OverdueActionRow[] {
  return db
    .prepare(
      `SELECT c.id AS consultationId, c.topic AS topic, json_extract(a.value, '$.id') AS actionId, json_extract(a.value, '$.text') AS text,
         json_extract(a.value, '$.owner') AS owner, json_extract(a.value, '$.dueOn') AS dueOn
       FROM consultations c, json_each(c.actions) a
       WHERE c.deleted_at IS NULL AND json_extract(a.value, '$.doneOn') IS NULL
         AND json_extract(a.value, '$.dueOn') IS NOT NULL AND json_extract(a.value, '$.dueOn') < @today
       ORDER BY dueOn, c.starts_on, c.seq, a.key`,
    )
    .all({ today }) as OverdueActionRow[];
}

/** The names of the communities among `ids` this vault holds (deleted ones too), by id. */
export function communityNamesByIds(db: ReadableDB, ids: readonly string[]): Map<string, string> {
  return namesByIds(db, 'communities', ids);
}

/** The names of the collaborators among `ids` this vault holds (deleted ones too), by id. */
export function collaboratorNamesByIds(db: ReadableDB, ids: readonly string[]): Map<string, string> {
  return namesByIds(db, 'collaborators', ids);
}

/** The live ones among `ids` in `table`: a new participant must be a live record. */
export function liveIdsAmong(db: ReadableDB, table: 'communities' | 'collaborators', ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const found = db
    .prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return new Set(found);
}

function namesByIds(db: ReadableDB, table: 'communities' | 'collaborators', ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db.prepare(`SELECT id, name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}
