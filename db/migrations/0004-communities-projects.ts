// Schema 4: communities, the harmful projects they face, and the struggles that link the two.
import type { WritableDB } from '../handles.js';

export const version = 4;

const SYNC_COLUMNS = `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT`;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE communities (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      country TEXT NOT NULL,
      area TEXT NOT NULL,
      latitude REAL,
      longitude REAL,
      region TEXT NOT NULL,
      languages TEXT NOT NULL,
      sharing TEXT NOT NULL,
      notes TEXT NOT NULL,${SYNC_COLUMNS}
    ) STRICT;

    CREATE INDEX communities_by_name ON communities (deleted_at, name COLLATE NOCASE);

    CREATE TABLE community_contacts (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      note TEXT NOT NULL,
      sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1))
    ) STRICT;

    CREATE INDEX community_contacts_by_owner ON community_contacts (community_id, position);

    -- Financiers, companies and references are lists inside the record: they travel and change with it.
    CREATE TABLE harmful_projects (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      country TEXT NOT NULL,
      location TEXT NOT NULL,
      region TEXT NOT NULL,
      sectors TEXT NOT NULL,
      financiers TEXT NOT NULL,
      companies TEXT NOT NULL,
      stage TEXT NOT NULL,
      risk_category TEXT,
      investment_amount REAL,
      investment_currency TEXT,
      board_date TEXT,
      public_references TEXT NOT NULL,
      notes TEXT NOT NULL,${SYNC_COLUMNS}
    ) STRICT;

    CREATE INDEX harmful_projects_by_name ON harmful_projects (deleted_at, name COLLATE NOCASE);

    CREATE TABLE struggles (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      community_id TEXT NOT NULL REFERENCES communities (id),
      project_id TEXT NOT NULL REFERENCES harmful_projects (id),
      resisting TEXT NOT NULL,
      since TEXT,
      notes TEXT NOT NULL,${SYNC_COLUMNS}
    ) STRICT;

    CREATE INDEX struggles_by_community ON struggles (community_id, deleted_at);
    CREATE INDEX struggles_by_project ON struggles (project_id, deleted_at);
  `);
}
