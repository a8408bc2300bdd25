// What the vault remembers about bundles: cursors per peer, knowledge per origin, sequences, history and conflicts.
import type { BundleHistoryEntry as BundleHistoryView } from '../common/bundles/bundle-views.schema.js';
import type { BundleContents } from '../common/bundles/manifest.schema.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { SYNCABLE_TABLES } from './syncable.js';

/** For each origin vault, the newest HLC of its changes: a version vector, as JSON text in the vault. */
export type VersionVector = Record<string, string>;

/** The newest HLC per writing vault over every syncable row: what this vault holds now. */
export function currentVersionVector(db: ReadableDB): VersionVector {
  const union = SYNCABLE_TABLES.map((t) => `SELECT changed_by, max(hlc) AS hlc FROM ${t} GROUP BY changed_by`).join(' UNION ALL ');
  const rows = db.prepare(`SELECT changed_by, max(hlc) AS hlc FROM (${union}) GROUP BY changed_by`).all() as { changed_by: string; hlc: string }[];
  return Object.fromEntries(rows.map((r) => [r.changed_by, r.hlc]));
}

/** What this vault knows of each origin: the rows it holds, and every HLC it ever imported (even if overwritten since). */
export function knownVersionVector(db: ReadableDB): VersionVector {
  const vector = currentVersionVector(db);
  for (const { origin_vault_id: origin, hlc } of db.prepare('SELECT origin_vault_id, hlc FROM sync_knowledge').all() as { origin_vault_id: string; hlc: string }[]) {
    if (!vector[origin] || vector[origin] < hlc) vector[origin] = hlc;
  }
  return vector;
}

export function noteKnowledge(db: WritableDB, vector: VersionVector): void {
  const upsert = db.prepare(
    `INSERT INTO sync_knowledge (origin_vault_id, hlc) VALUES (?, ?)
     ON CONFLICT (origin_vault_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
  );
  for (const [origin, hlc] of Object.entries(vector)) upsert.run(origin, hlc);
}

export function lastReceivedSequence(db: ReadableDB, senderVaultId: string): number {
  const row = db.prepare('SELECT sequence FROM sync_received WHERE sender_vault_id = ?').get(senderVaultId) as { sequence: number } | undefined;
  return row?.sequence ?? 0;
}

export function noteReceived(db: WritableDB, senderVaultId: string, sequence: number, bundleId: string): void {
  db.prepare(
    `INSERT INTO sync_received (sender_vault_id, sequence, bundle_id) VALUES (?, ?, ?)
     ON CONFLICT (sender_vault_id) DO UPDATE SET sequence = excluded.sequence, bundle_id = excluded.bundle_id`,
  ).run(senderVaultId, sequence, bundleId);
}

/** Takes the next sequence number of this vault's bundles. Taken before the file is written: a failed write leaves a gap, never a reuse. */
export function takeNextSequence(db: WritableDB): number {
  db.prepare('UPDATE sync_sequence SET last = last + 1 WHERE id = 1').run();
  return (db.prepare('SELECT last FROM sync_sequence WHERE id = 1').pluck().get() as number);
}

export interface BundleHistoryEntry {
  bundleId: string | null;
  direction: 'sent' | 'received';
  peers: string[];
  at: string;
  sequence: number | null;
  contents: BundleContents | null;
  outcome: string;
  bytes: number;
  conflicts: number;
}

/**
 * The place of the next entry in the history list, shared by the history's rows and the refusal counts (their
 * `list_order`), so the two read back in the order things happened even when two share a time.
 */
export function nextHistoryOrder(db: ReadableDB): number {
  return db
    .prepare(
      `SELECT max(coalesce((SELECT max(seq) FROM bundle_history), 0), coalesce((SELECT max(list_order) FROM bundle_refusals), 0)) + 1`,
    )
    .pluck()
    .get() as number;
}

/** A bundle sent or imported; refused files are counted in db/sync-refusals.ts instead. */
export function addBundleHistory(db: WritableDB, entry: BundleHistoryEntry): void {
  db.prepare(
    `INSERT INTO bundle_history (seq, bundle_id, direction, peers, at, sequence, contents, outcome, bytes, conflicts)
     VALUES (@seq, @bundleId, @direction, @peers, @at, @sequence, @contents, @outcome, @bytes, @conflicts)`,
  ).run({ ...entry, seq: nextHistoryOrder(db), peers: JSON.stringify(entry.peers), contents: entry.contents === null ? null : JSON.stringify(entry.contents) });
}

export function wasImported(db: ReadableDB, bundleId: string): boolean {
  return db.prepare("SELECT 1 FROM bundle_history WHERE bundle_id = ? AND outcome = 'imported'").get(bundleId) !== undefined;
}

interface HistoryListRow {
  bundle_id: string | null; direction: 'sent' | 'received'; peers: string; at: string; sequence: number | null;
  contents: string | null; outcome: string; bytes: number; conflicts: number; count: number; claimed_by: string | null;
}

/**
 * Bundles sent and imported, and the refusal counts (each with its latest time, and the name of the team member whose
 * vault the refused files claimed to come from, when one does), newest first.
 */
export function listBundleHistory(db: ReadableDB, limit: number): BundleHistoryView[] {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT seq AS list_order, bundle_id, direction, peers, at, sequence, contents, outcome, bytes, conflicts, 1 AS count, NULL AS claimed_by
         FROM bundle_history
         UNION ALL
         SELECT r.list_order, NULL, 'received', '[]', r.last_at, NULL, NULL, r.code, r.bytes, 0, r.count, m.display_name
         FROM bundle_refusals r LEFT JOIN team_members m ON m.vault_id = r.sender_claim
       ) ORDER BY list_order DESC LIMIT ?`,
    )
    .all(limit) as HistoryListRow[];
  return rows.map((r) => ({
    bundleId: r.bundle_id,
    direction: r.direction,
    peers: JSON.parse(r.peers) as string[],
    at: r.at,
    sequence: r.sequence,
    contents: r.contents === null ? null : (JSON.parse(r.contents) as BundleContents),
    outcome: r.outcome,
    bytes: r.bytes,
    conflicts: r.conflicts,
    count: r.count,
    claimedBy: r.claimed_by,
  }));
}

export interface StoredConflict {
  id: string;
  table: string;
  recordId: string;
  kept: Record<string, unknown>;
  other: Record<string, unknown>;
  bundleId: string;
  detectedAt: string;
  resolvedAt: string | null;
  resolution: 'kept' | 'other' | 'merged' | null;
}

export function addConflict(db: WritableDB, conflict: Omit<StoredConflict, 'resolvedAt' | 'resolution'>): void {
  db.prepare(
    `INSERT INTO sync_conflicts (id, table_name, record_id, kept_version, other_version, bundle_id, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(conflict.id, conflict.table, conflict.recordId, JSON.stringify(conflict.kept), JSON.stringify(conflict.other), conflict.bundleId, conflict.detectedAt);
}

interface ConflictRow {
  id: string; table_name: string; record_id: string; kept_version: string; other_version: string; bundle_id: string;
  detected_at: string; resolved_at: string | null; resolution: StoredConflict['resolution'];
}

function toConflict(r: ConflictRow): StoredConflict {
  return {
    id: r.id,
    table: r.table_name,
    recordId: r.record_id,
    kept: JSON.parse(r.kept_version) as Record<string, unknown>,
    other: JSON.parse(r.other_version) as Record<string, unknown>,
    bundleId: r.bundle_id,
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  };
}

export function listConflicts(db: ReadableDB, open: boolean, limit: number): StoredConflict[] {
  const rows = db
    .prepare(`SELECT * FROM sync_conflicts WHERE (resolved_at IS NULL) = ? ORDER BY detected_at DESC, id LIMIT ?`)
    .all(open ? 1 : 0, limit) as ConflictRow[];
  return rows.map(toConflict);
}

export function getConflict(db: ReadableDB, id: string): StoredConflict | null {
  const row = db.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  return row ? toConflict(row) : null;
}

export function markConflictResolved(db: WritableDB, id: string, resolution: 'kept' | 'other' | 'merged', at: string): void {
  db.prepare('UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL').run(at, resolution, id);
}
