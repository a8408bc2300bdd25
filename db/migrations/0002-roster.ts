// Schema 2: the roster of collaborators, their contact channels, facet values and full-text index.
import type { WritableDB } from '../handles.js';

export const version = 2;

export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE collaborators (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      region TEXT NOT NULL,
      countries TEXT NOT NULL,
      levels TEXT NOT NULL,
      strategy_areas TEXT NOT NULL,
      expertise TEXT NOT NULL,
      languages TEXT NOT NULL,
      vetting_status TEXT NOT NULL,
      vetting_vouched_by TEXT NOT NULL,
      vetting_date TEXT,
      vetting_note TEXT NOT NULL,
      availability_status TEXT NOT NULL,
      available_until TEXT,
      sharing TEXT NOT NULL,
      risk_notes TEXT NOT NULL,
      notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      hlc TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      deleted_at TEXT,
      -- Set on the entry that a merge folded into another; that entry stays as a tombstone pointing at the survivor.
      merged_into TEXT
    ) STRICT;

    CREATE INDEX collaborators_by_name ON collaborators (deleted_at, name COLLATE NOCASE);

    CREATE TABLE collaborator_contacts (
      id TEXT PRIMARY KEY,
      collaborator_id TEXT NOT NULL REFERENCES collaborators (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      note TEXT NOT NULL,
      sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1))
    ) STRICT;

    CREATE INDEX collaborator_contacts_by_owner ON collaborator_contacts (collaborator_id, position);

    -- One row per (facet, value) of each collaborator: what the facet filters and counts read.
    CREATE TABLE collaborator_facets (
      facet TEXT NOT NULL,
      value TEXT NOT NULL,
      collaborator_seq INTEGER NOT NULL REFERENCES collaborators (seq) ON DELETE CASCADE,
      PRIMARY KEY (facet, value, collaborator_seq)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX collaborator_facets_by_owner ON collaborator_facets (collaborator_seq);

    -- Full text over name, expertise and notes; diacritics folded so "Sao Paulo" finds "São Paulo".
    CREATE VIRTUAL TABLE collaborators_fts USING fts5 (
      name, expertise, notes,
      content = 'collaborators', content_rowid = 'seq',
      tokenize = "unicode61 remove_diacritics 2",
      prefix = '1 2 3'
    );

    CREATE TRIGGER collaborators_fts_insert AFTER INSERT ON collaborators BEGIN
      INSERT INTO collaborators_fts (rowid, name, expertise, notes) VALUES (new.seq, new.name, new.expertise, new.notes);
    END;

    CREATE TRIGGER collaborators_fts_delete AFTER DELETE ON collaborators BEGIN
      INSERT INTO collaborators_fts (collaborators_fts, rowid, name, expertise, notes)
      VALUES ('delete', old.seq, old.name, old.expertise, old.notes);
    END;

    CREATE TRIGGER collaborators_fts_update AFTER UPDATE OF name, expertise, notes ON collaborators BEGIN
      INSERT INTO collaborators_fts (collaborators_fts, rowid, name, expertise, notes)
      VALUES ('delete', old.seq, old.name, old.expertise, old.notes);
      INSERT INTO collaborators_fts (rowid, name, expertise, notes) VALUES (new.seq, new.name, new.expertise, new.notes);
    END;

    CREATE TABLE saved_searches (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE import_mappings (
      header_signature TEXT PRIMARY KEY,
      mapping TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
