// Decision meeting rows: attendees, decisions, recusals and the quorum per decision as JSON inside the record.
import type { MeetingFields } from '../common/grants/award.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { StoredMeeting } from './grant-records.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { syncMetadataOf, type SyncColumns } from './syncable.js';
import { setTombstone } from './tombstones.js';

interface MeetingRow extends SyncColumns {
  seq: number;
  id: string;
  call_id: string;
  date: string;
  attendees: string;
  decisions: string;
  notes: string;
  recusals: string;
  quorum: string;
}

function rowToMeeting(row: MeetingRow): StoredMeeting {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      callId: row.call_id,
      date: row.date,
      attendees: JSON.parse(row.attendees) as MeetingFields['attendees'],
      decisions: JSON.parse(row.decisions) as MeetingFields['decisions'],
      notes: row.notes,
    },
    recusals: JSON.parse(row.recusals) as StoredMeeting['recusals'],
    quorum: JSON.parse(row.quorum) as StoredMeeting['quorum'],
    ...syncMetadataOf(row),
  };
}

export type MeetingRecord = Pick<StoredMeeting, 'id' | 'fields' | 'recusals' | 'quorum'>;

export function insertMeeting(db: WritableDB, record: MeetingRecord, stamp: SyncStamp): void {
  const { fields } = record;
  db.prepare(
    `INSERT INTO grant_meetings (id, call_id, date, attendees, decisions, notes, recusals, quorum, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @callId, @date, @attendees, @decisions, @notes, @recusals, @quorum, @at, @at, @hlc, @changedBy)`,
  ).run({
    id: record.id,
    callId: fields.callId,
    date: fields.date,
    attendees: JSON.stringify(fields.attendees),
    decisions: JSON.stringify(fields.decisions),
    notes: fields.notes,
    recusals: JSON.stringify(record.recusals),
    quorum: JSON.stringify(record.quorum),
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  });
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setMeetingDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_meetings', id, deleted, stamp);
}

export function getMeeting(db: ReadableDB, id: string): StoredMeeting | undefined {
  const row = db.prepare('SELECT * FROM grant_meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  return row ? rowToMeeting(row) : undefined;
}

/** The live meetings of a call (or, with `deleted`, its tombstoned ones), by date then entry order. */
export function listMeetingsOfCall(db: ReadableDB, callId: string, deleted = false): StoredMeeting[] {
  const rows = db
    .prepare('SELECT * FROM grant_meetings WHERE call_id = ? AND (deleted_at IS NOT NULL) = ? ORDER BY date, seq')
    .all(callId, deleted ? 1 : 0) as MeetingRow[];
  return rows.map(rowToMeeting);
}
