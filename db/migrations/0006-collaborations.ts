// Schema 6: collaborations (linkages) and their timeline of activities.
import type { WritableDB } from '../handles.js';

export const version = 6;

export function up(db: WritableDB): void {
  db.exec(`
    -- Members, state history and learnings are lists inside the record: they change and travel with it.
    CREATE TABLE collaborations (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      community_id TEXT NOT NULL REFERENCES communities (id),
      request_id TEXT REFERENCES support_requests (id),
      members TEXT NOT NULL,
      owner TEXT NOT NULL,
      state TEXT NOT NULL,
      history TEXT NOT NULL,
      next_follow_up TEXT,
      outcomes TEXT NOT NULL,
      learnings TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX collaborations_by_community ON collaborations (community_id, deleted_at);
    CREATE INDEX collaborations_by_state ON collaborations (deleted_at, state);

    -- Each activity is its own record: two people can add to one timeline on different laptops.
    CREATE TABLE collaboration_activities (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      collaboration_id TEXT NOT NULL REFERENCES collaborations (id),
      kind TEXT NOT NULL,
      date TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX collaboration_activities_by_owner ON collaboration_activities (collaboration_id, deleted_at, date);
  `);
}
