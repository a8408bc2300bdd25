// Schema 5: support requests from communities.
import type { WritableDB } from '../handles.js';

export const version = 5;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE support_requests (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      community_id TEXT NOT NULL REFERENCES communities (id),
      struggle_id TEXT REFERENCES struggles (id),
      strategy_areas TEXT NOT NULL,
      level TEXT NOT NULL,
      languages TEXT NOT NULL,
      urgency TEXT NOT NULL,
      deadline TEXT,
      description TEXT NOT NULL,
      status TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX support_requests_by_status ON support_requests (deleted_at, status);
    CREATE INDEX support_requests_by_community ON support_requests (community_id, deleted_at);
  `);
}
