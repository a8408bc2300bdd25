// Schema 9: what bundles need to remember: cursors per peer, what this vault holds from each vault, bundles sent and
// received, the sequence of this vault's own bundles, and the conflicts an import found.
import type { WritableDB } from '../handles.js';

export const version = 9;

export function up(db: WritableDB): void {
  db.exec(`
    -- Per peer vault: for each origin vault, the newest HLC of that origin's changes already sent to this peer.
    CREATE TABLE sync_sent_cursors (
      peer_vault_id TEXT PRIMARY KEY,
      cursor TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- For each origin vault, the newest HLC of its changes this vault has imported (its own are read from the rows).
    CREATE TABLE sync_knowledge (
      origin_vault_id TEXT PRIMARY KEY,
      hlc TEXT NOT NULL
    ) STRICT;

    -- Per sender vault, the sequence of the newest bundle imported from it: an older or equal one is a replay.
    CREATE TABLE sync_received (
      sender_vault_id TEXT PRIMARY KEY,
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      bundle_id TEXT NOT NULL
    ) STRICT;

    -- Bundles sent, imported and refused. Peers are named as they were at the time.
    CREATE TABLE bundle_history (
      seq INTEGER PRIMARY KEY,
      bundle_id TEXT,
      direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
      peers TEXT NOT NULL,
      at TEXT NOT NULL,
      sequence INTEGER,
      contents TEXT,
      outcome TEXT NOT NULL,
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      conflicts INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE INDEX bundle_history_by_bundle ON bundle_history (bundle_id, outcome);

    -- A record changed on both sides since the last exchange: the version last-writer-wins kept, the other one, and
    -- what the user chose. Resolved rows stay as history.
    CREATE TABLE sync_conflicts (
      id TEXT PRIMARY KEY,
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      kept_version TEXT NOT NULL,
      other_version TEXT NOT NULL,
      bundle_id TEXT NOT NULL,
      detected_at TEXT NOT NULL,
      resolved_at TEXT,
      resolution TEXT CHECK (resolution IN ('kept', 'other', 'merged'))
    ) STRICT;

    CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at, detected_at);

    CREATE TABLE sync_sequence (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last INTEGER NOT NULL CHECK (last >= 0)
    ) STRICT;
    INSERT INTO sync_sequence (id, last) VALUES (1, 0);
  `);
}
