// Which collaborator rows a connection changed, for readers that keep derived data (the search index) up to date.
import type { ReadableDB } from './handles.js';

interface Journal {
  version: number;
  /** seq → the version of its latest change. */
  changed: Map<number, number>;
}

/**
 * Kept in memory per connection, never in the vault. The repository notes every row it writes, inside or outside a
 * transaction; a write that rolls back stays noted, which is harmless: a reader only reads those rows again.
 */
const journals = new WeakMap<ReadableDB, Journal>();

function journalOf(db: ReadableDB): Journal {
  let journal = journals.get(db);
  if (!journal) journals.set(db, (journal = { version: 0, changed: new Map() }));
  return journal;
}

export function noteCollaboratorChanged(db: ReadableDB, seq: number): void {
  const journal = journalOf(db);
  journal.version += 1;
  journal.changed.set(seq, journal.version);
}

/** The connection's change version now: what a reader that is up to date has seen. */
export function collaboratorChangeVersion(db: ReadableDB): number {
  return journalOf(db).version;
}

export type CollaboratorChanges = { version: number; seqs: Set<number> | 'many' };

/** The rows changed after version `seen`; 'many' past `limit` rows. */
export function collaboratorChangesSince(db: ReadableDB, seen: number, limit: number): CollaboratorChanges {
  const { version, changed } = journalOf(db);
  const seqs = new Set<number>();
  if (version === seen) return { version, seqs };
  for (const [seq, at] of changed) {
    if (at <= seen) continue;
    seqs.add(seq);
    if (seqs.size > limit) return { version, seqs: 'many' };
  }
  return { version, seqs };
}
