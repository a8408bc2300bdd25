// Schema 13: sync that survives lost files and honours withdrawn consent (docs/sync.md). A peer's cursor now moves
// only when the peer acknowledges a bundle; bundles sent and not yet acknowledged are kept with what each would bring
// the peer to; the vault records which peers hold each record, so a narrowed record can be withdrawn from them; a
// withdrawn record leaves a marker without content behind.
import type { WritableDB } from '../handles.js';

export const version = 13;

export function up(db: WritableDB): void {
  db.exec(`
    -- Under schema 12 a cursor moved when the file was written; those cursors are taken as acknowledged (what they
    -- covered was sent before the upgrade). From now on a cursor moves only when the peer's acknowledgement arrives.
    ALTER TABLE sync_sent_cursors RENAME TO sync_acked_cursors;
    ALTER TABLE sync_acked_cursors ADD COLUMN acked_sequence INTEGER NOT NULL DEFAULT 0 CHECK (acked_sequence >= 0);
    ALTER TABLE sync_acked_cursors ADD COLUMN acked_at TEXT;
    -- 1 once the records the peer received before schema 13 were entered in sync_holders (done at the next export).
    ALTER TABLE sync_acked_cursors ADD COLUMN holders_tracked INTEGER NOT NULL DEFAULT 0 CHECK (holders_tracked IN (0, 1));

    -- Bundles sent to a peer and not yet acknowledged by it: what the peer will hold of this vault's scope once it
    -- imported the bundle (a version vector, JSON), and what the bundle carried. Rows at or below the peer's
    -- acknowledged sequence are removed when the acknowledgement arrives.
    CREATE TABLE sync_sent_bundles (
      peer_vault_id TEXT NOT NULL,
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      bundle_id TEXT NOT NULL,
      sent_at TEXT NOT NULL,
      covers TEXT NOT NULL,
      records INTEGER NOT NULL CHECK (records >= 0),
      withdrawals INTEGER NOT NULL DEFAULT 0 CHECK (withdrawals >= 0),
      PRIMARY KEY (peer_vault_id, sequence)
    ) STRICT, WITHOUT ROWID;

    -- Which peers hold (or may hold: the bundle was sent) each record, so a withdrawal goes where it is needed.
    -- withdrawal_sequence: the newest bundle that carried this record's withdrawal to the peer; the row goes once the
    -- peer acknowledged it.
    CREATE TABLE sync_holders (
      peer_vault_id TEXT NOT NULL,
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      withdrawal_sequence INTEGER,
      PRIMARY KEY (peer_vault_id, table_name, record_id)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX sync_holders_by_record ON sync_holders (table_name, record_id);

    -- Records withdrawn from this vault: the marker that stays of a purged record, without content. A later version
    -- from the vault that withdrew it is taken (consent was widened again) and clears the marker; from anyone else it
    -- is skipped.
    CREATE TABLE sync_withdrawn (
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      withdrawn_by TEXT NOT NULL,
      withdrawn_at TEXT NOT NULL,
      PRIMARY KEY (table_name, record_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
