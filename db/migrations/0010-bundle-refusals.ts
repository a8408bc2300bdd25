// Schema 10: refused bundle files are counted per day, sender claim and error code instead of kept one row each, so a
// flood of junk files cannot grow the vault without limit; bundles sent and imported keep one history row each.
import type { WritableDB } from '../handles.js';

export const version = 10;

/**
 * A refused file told nothing trustworthy, and anyone can drop files in front of a vault: under schema 9 each refusal
 * added a history row (and an audit row), so 1,000 junk files made 2,000 rows. Now the rows per day are bounded by
 * the claims kept apart (db/sync-refusals.ts) times the error codes. `list_order` continues the history's `seq`, so the
 * two tables read back as one list in the order things happened, whatever the clock says.
 */
export function up(db: WritableDB): void {
  db.exec(`
    -- Refused imports of one UTC day, one sender claim (the vault id the manifest claims, 'unknown' when it could not be
    -- read) and one error code: how many, their bytes, the first and last time, and where the last one sits in the history.
    CREATE TABLE bundle_refusals (
      day TEXT NOT NULL CHECK (length(day) = 10),
      sender_claim TEXT NOT NULL CHECK (length(sender_claim) BETWEEN 1 AND 64),
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
      count INTEGER NOT NULL CHECK (count >= 1),
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      first_at TEXT NOT NULL,
      last_at TEXT NOT NULL,
      list_order INTEGER NOT NULL,
      PRIMARY KEY (day, sender_claim, code)
    ) STRICT, WITHOUT ROWID;

    CREATE INDEX bundle_refusals_by_order ON bundle_refusals (list_order);

    -- Schema 9's refusals did not keep the sender's claim: they are counted as 'unknown'.
    INSERT INTO bundle_refusals (day, sender_claim, code, count, bytes, first_at, last_at, list_order)
      SELECT substr(at, 1, 10), 'unknown', outcome, count(*), sum(bytes), min(at), max(at), max(seq)
      FROM bundle_history
      WHERE direction = 'received' AND outcome <> 'imported'
      GROUP BY substr(at, 1, 10), outcome;

    DELETE FROM bundle_history WHERE direction = 'received' AND outcome <> 'imported';
  `);
}
