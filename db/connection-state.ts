// What a connection says about itself (changes made, commits by others) and its page cache for one large write.
import type { ReadableDB, WritableDB } from './handles.js';

/** Rows changed by this connection since it opened: moves at every write, whatever the table. */
export function totalChanges(db: ReadableDB): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

/** Moves when another connection commits to the file; this connection's own writes leave it alone. */
export function dataVersion(db: ReadableDB): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/**
 * Runs `work` with the page cache set to `kib` KiB, then puts the previous size back, even when `work` throws. A large
 * write spills fewer pages with a larger cache, so re-encrypts fewer.
 */
export function withCacheSize<T>(db: WritableDB, kib: number, work: () => T): T {
  const previous = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${Math.floor(kib)}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = ${previous}`);
  }
}
