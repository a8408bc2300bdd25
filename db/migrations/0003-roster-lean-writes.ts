// Schema 3: leaner roster writes. Facet rows go (the in-memory index reads facets from the collaborator rows), the text
// index keeps only its two-letter prefix index, and new rows are indexed by the repository instead of a trigger.
import type { WritableDB } from '../handles.js';

export const version = 3;

/**
 * Measured on 100k sample collaborators (see docs/decisions/0006-lean-roster-writes.md): the facet rows were 13 extra
 * inserts per collaborator; the AFTER INSERT trigger made FTS5 flush its pending terms at every statement (a savepoint
 * per row), 2.5× the cost of indexing the same rows from a plain statement; the one- and three-letter prefix indexes
 * cost about a quarter of the text index's writes, and searches for one or three letters were no faster with them
 * (the two-letter one halves the time of two-letter searches, so it stays).
 */
export function up(db: WritableDB): void {
  db.exec(`
    DROP INDEX collaborator_facets_by_owner;
    DROP TABLE collaborator_facets;

    DROP TRIGGER collaborators_fts_insert;
    DROP TRIGGER collaborators_fts_delete;
    DROP TRIGGER collaborators_fts_update;
    DROP TABLE collaborators_fts;

    -- Full text over name, expertise and notes; diacritics folded so "Sao Paulo" finds "São Paulo". Rows enter it from
    -- insertCollaborator (db/collaborators.repo.ts), the only way a collaborator is inserted; edits and deletes follow by trigger.
    CREATE VIRTUAL TABLE collaborators_fts USING fts5 (
      name, expertise, notes,
      content = 'collaborators', content_rowid = 'seq',
      tokenize = "unicode61 remove_diacritics 2",
      prefix = '2'
    );

    CREATE TRIGGER collaborators_fts_delete AFTER DELETE ON collaborators BEGIN
      INSERT INTO collaborators_fts (collaborators_fts, rowid, name, expertise, notes)
      VALUES ('delete', old.seq, old.name, old.expertise, old.notes);
    END;

    CREATE TRIGGER collaborators_fts_update AFTER UPDATE OF name, expertise, notes ON collaborators BEGIN
      INSERT INTO collaborators_fts (collaborators_fts, rowid, name, expertise, notes)
      VALUES ('delete', old.seq, old.name, old.expertise, old.notes);
      INSERT INTO collaborators_fts (rowid, name, expertise, notes) VALUES (new.seq, new.name, new.expertise, new.notes);
    END;

    INSERT INTO collaborators_fts (collaborators_fts) VALUES ('rebuild');
  `);
}
