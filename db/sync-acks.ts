// Acknowledged cursors (schema 13): per peer, what the peer acknowledged having received from this vault, and the
// bundles sent to it that wait for an acknowledgement. A cursor moves only when an acknowledgement arrives, so a bundle
// lost on the way is carried again by the next one (docs/sync.md, "Acknowledged cursors").
import type { ReadableDB, WritableDB } from './handles.js';
import type { VersionVector } from './sync.repo.js';

/** The version vector the peer acknowledged: what it holds of this vault's records for it. Empty when nothing yet. */
export function readAckedCursor(db: ReadableDB, peerVaultId: string): VersionVector {
  const row = db.prepare('SELECT cursor FROM sync_acked_cursors WHERE peer_vault_id = ?').get(peerVaultId) as { cursor: string } | undefined;
  return row ? (JSON.parse(row.cursor) as VersionVector) : {};
}

export interface SentBundle {
  peerVaultId: string;
  sequence: number;
  bundleId: string;
  sentAt: string;
  /** What the peer holds of this vault's scope for it once it imported the bundle. */
  covers: VersionVector;
  records: number;
  withdrawals: number;
}

/** Keeps a bundle sent to a peer until the peer acknowledges it (or a later one). */
export function recordSentBundle(db: WritableDB, sent: SentBundle): void {
  db.prepare(
    `INSERT INTO sync_sent_bundles (peer_vault_id, sequence, bundle_id, sent_at, covers, records, withdrawals)
     VALUES (@peerVaultId, @sequence, @bundleId, @sentAt, @covers, @records, @withdrawals)`,
  ).run({ ...sent, covers: JSON.stringify(sent.covers) });
}

/** The sequence of this vault's newest bundle the peer acknowledged; 0 when none. */
export function ackedSequence(db: ReadableDB, peerVaultId: string): number {
  const row = db.prepare('SELECT acked_sequence FROM sync_acked_cursors WHERE peer_vault_id = ?').pluck().get(peerVaultId) as number | undefined;
  return row ?? 0;
}

/**
 * The peer acknowledged this vault's bundle `sequence` (the newest of this vault's it imported): its cursor moves to
 * what that bundle covered (each origin at the newest of the old and new cursor), and the bundles up to it stop
 * waiting, since each carried again what the older ones did. An acknowledgement of no bundle waiting for the peer
 * (older than one already taken, or of a bundle never sent to it) moves nothing. Returns whether it moved the cursor.
 */
export function takeAcknowledgement(db: WritableDB, peerVaultId: string, sequence: number, at: string): boolean {
  if (sequence <= ackedSequence(db, peerVaultId)) return false;
  // Only a bundle sent to this peer and still waiting can be acknowledged: a sequence sent to someone else, or never
  // used (a peer's vault or this one restored from a backup), moves nothing.
  const newest = db
    .prepare('SELECT covers FROM sync_sent_bundles WHERE peer_vault_id = ? AND sequence = ?')
    .get(peerVaultId, sequence) as { covers: string } | undefined;
  if (!newest) return false;
  const cursor = readAckedCursor(db, peerVaultId);
  for (const [origin, hlc] of Object.entries(JSON.parse(newest.covers) as VersionVector)) {
    if (!cursor[origin] || cursor[origin] < hlc) cursor[origin] = hlc;
  }
  db.prepare(
    // A peer first acknowledged under schema 13 has every record it holds in sync_holders already (holders_tracked).
    `INSERT INTO sync_acked_cursors (peer_vault_id, cursor, updated_at, acked_sequence, acked_at, holders_tracked) VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (peer_vault_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at,
       acked_sequence = excluded.acked_sequence, acked_at = excluded.acked_at`,
  ).run(peerVaultId, JSON.stringify(cursor), at, sequence, at);
  db.prepare('DELETE FROM sync_sent_bundles WHERE peer_vault_id = ? AND sequence <= ?').run(peerVaultId, sequence);
  return true;
}

export interface DeliveryRow {
  peerVaultId: string;
  ackedSequence: number;
  ackedAt: string | null;
  /** Bundles waiting, the oldest one's time, and the newest one's records and withdrawals. */
  waitingBundles: number;
  oldestSentAt: string | null;
  newestRecords: number;
  newestWithdrawals: number;
}

/** Per peer this vault sent bundles to or had an acknowledgement from: the delivery state as stored. */
export function listDeliveryRows(db: ReadableDB): DeliveryRow[] {
  const rows = db
    .prepare(
      `WITH peers AS (SELECT peer_vault_id FROM sync_acked_cursors UNION SELECT peer_vault_id FROM sync_sent_bundles)
       SELECT p.peer_vault_id AS peerVaultId,
              coalesce(a.acked_sequence, 0) AS ackedSequence,
              a.acked_at AS ackedAt,
              (SELECT count(*) FROM sync_sent_bundles s WHERE s.peer_vault_id = p.peer_vault_id) AS waitingBundles,
              (SELECT min(sent_at) FROM sync_sent_bundles s WHERE s.peer_vault_id = p.peer_vault_id) AS oldestSentAt,
              coalesce((SELECT records FROM sync_sent_bundles s WHERE s.peer_vault_id = p.peer_vault_id ORDER BY sequence DESC LIMIT 1), 0) AS newestRecords,
              coalesce((SELECT withdrawals FROM sync_sent_bundles s WHERE s.peer_vault_id = p.peer_vault_id ORDER BY sequence DESC LIMIT 1), 0) AS newestWithdrawals
       FROM peers p LEFT JOIN sync_acked_cursors a ON a.peer_vault_id = p.peer_vault_id`,
    )
    .all() as DeliveryRow[];
  return rows;
}
