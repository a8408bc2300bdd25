// Schema 12: the Advisory Committee's work (docs/advisory-committee.md) and consultation rounds.
// - consultations: a syncable record like the others; sensitive quotes live in their own column, which never travels.
// - review_packets, review_returns: the secretariat's packets sent to members and the returns imported from them. Local:
//   the advisory scores a return brings are grant_reviews rows (kind 'advisory'), the declarations their declaration.
// - inbox_*: a reviewer's vault. Packets received (their content purged at expiry), their files in chunks, and the
//   member's own answers, which stay after the purge.
import type { WritableDB } from '../handles.js';

export const version = 12;

const SYNC = `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT`;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE consultations (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      topic TEXT NOT NULL,
      starts_on TEXT NOT NULL,
      ends_on TEXT,
      channel TEXT NOT NULL,
      region TEXT NOT NULL,
      sharing TEXT NOT NULL,
      community_ids TEXT NOT NULL,
      collaborator_ids TEXT NOT NULL,
      other_participants TEXT NOT NULL,
      feedback TEXT NOT NULL,
      sensitive_quotes TEXT NOT NULL,
      actions TEXT NOT NULL,
      notes TEXT NOT NULL,${SYNC}
    ) STRICT;
    CREATE INDEX consultations_by_start ON consultations (deleted_at, starts_on);

    CREATE TABLE review_packets (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      member_id TEXT NOT NULL REFERENCES team_members (id),
      member_vault_id TEXT NOT NULL,
      title TEXT NOT NULL,
      message TEXT NOT NULL,
      blind INTEGER NOT NULL,
      application_ids TEXT NOT NULL,
      file_ids TEXT NOT NULL,
      period_from TEXT,
      period_to TEXT,
      include_report INTEGER NOT NULL,
      questions TEXT NOT NULL,
      respond_by TEXT,
      expires_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      bundle_id TEXT UNIQUE,
      sent_at TEXT,
      bytes INTEGER
    ) STRICT;
    CREATE INDEX review_packets_by_member ON review_packets (member_vault_id, created_at);

    CREATE TABLE review_returns (
      seq INTEGER PRIMARY KEY,
      packet_id TEXT NOT NULL UNIQUE REFERENCES review_packets (id),
      bundle_id TEXT NOT NULL UNIQUE,
      member_id TEXT NOT NULL REFERENCES team_members (id),
      received_at TEXT NOT NULL,
      returned_at TEXT NOT NULL,
      declarations TEXT NOT NULL,
      answers TEXT NOT NULL,
      advice TEXT NOT NULL,
      bytes INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE inbox_packets (
      seq INTEGER PRIMARY KEY,
      packet_id TEXT NOT NULL UNIQUE,
      bundle_id TEXT NOT NULL UNIQUE,
      sender_member_id TEXT NOT NULL REFERENCES team_members (id),
      sender_name TEXT NOT NULL,
      title TEXT NOT NULL,
      received_at TEXT NOT NULL,
      respond_by TEXT,
      expires_at TEXT NOT NULL,
      content TEXT,
      purged_at TEXT
    ) STRICT;

    CREATE TABLE inbox_files (
      seq INTEGER PRIMARY KEY,
      packet_id TEXT NOT NULL REFERENCES inbox_packets (packet_id),
      file_id TEXT NOT NULL,
      application_id TEXT,
      name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      UNIQUE (packet_id, file_id)
    ) STRICT;

    CREATE TABLE inbox_file_chunks (
      file_seq INTEGER NOT NULL REFERENCES inbox_files (seq) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (file_seq, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE inbox_responses (
      packet_id TEXT PRIMARY KEY REFERENCES inbox_packets (packet_id),
      declarations TEXT NOT NULL,
      scores TEXT NOT NULL,
      answers TEXT NOT NULL,
      advice TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      return_bundle_id TEXT,
      returned_at TEXT
    ) STRICT;
  `);
}
