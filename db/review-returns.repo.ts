// What importing a member's return reads beyond the packet and its return rows: the call each application belongs to.
import type { ReadableDB } from './handles.js';

/** Application id → its call's id, for those of `applicationIds` this vault holds (live or deleted), in one query. */
export function callIdsOfApplications(db: ReadableDB, applicationIds: readonly string[]): Map<string, string> {
  if (applicationIds.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, call_id FROM grant_applications WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify([...new Set(applicationIds)])) as [string, string][];
  return new Map(rows);
}
