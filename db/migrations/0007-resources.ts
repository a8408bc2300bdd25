// Schema 7: resources and their attachments, stored inside the vault as fixed-size chunks.
import type { WritableDB } from '../handles.js';

export const version = 7;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE resources (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      type TEXT NOT NULL,
      strategy_areas TEXT NOT NULL,
      languages TEXT NOT NULL,
      summary TEXT NOT NULL,
      sharing TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX resources_by_title ON resources (deleted_at, title COLLATE NOCASE);

    -- An attachment's facts; its bytes are in attachment_chunks. Purging a resource row purges its files with it.
    CREATE TABLE attachments (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      resource_id TEXT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      sha256 TEXT NOT NULL,
      chunk_size INTEGER NOT NULL CHECK (chunk_size > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX attachments_by_resource ON attachments (resource_id, deleted_at);

    -- The file in order, piece by piece. The chunks are written before their attachment row, in the same transaction,
    -- so the link is checked at commit.
    CREATE TABLE attachment_chunks (
      attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      position INTEGER NOT NULL CHECK (position >= 0),
      data BLOB NOT NULL,
      UNIQUE (attachment_id, position)
    ) STRICT;
  `);
}
