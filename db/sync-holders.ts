// Which peers hold each record (schema 13, sync_holders), and the withdrawals that follow from it: the records a peer
// holds that consent no longer lets reach its region, sent in every bundle to it until it acknowledges one of them.
import type { ReadableDB, WritableDB } from './handles.js';
import type { VersionVector } from './sync.repo.js';
import { regionConsentSql, scopedTravelSql, type SyncScope } from './sync-consent.js';
import { SYNC_ORDER, SYNC_TABLES } from './sync-tables.js';
import type { SyncableTable } from './syncable.js';

export interface HeldRecord {
  table: SyncableTable;
  id: string;
}

/** The role this vault was set up with ('coordinator' for the secretariat); no key material is read. */
export function readOwnRole(db: ReadableDB): string | null {
  return (db.prepare('SELECT role FROM vault_identity WHERE singleton = 1').pluck().get() as string | undefined) ?? null;
}

/**
 * The peers hold what a bundle to `scope` since `cursor` carried (live rows and tombstones): one holder row each, and a
 * record that travels again is no longer being withdrawn from them.
 */
export function noteTravelledRecords(db: WritableDB, peerVaultIds: readonly string[], scope: SyncScope, cursor: VersionVector): void {
  for (const table of SYNC_ORDER) {
    const { from, params } = scopedTravelSql(table, scope, cursor);
    const insert = db.prepare(
      `INSERT INTO sync_holders (peer_vault_id, table_name, record_id, withdrawal_sequence)
       SELECT @peer, '${table}', t.id, NULL FROM ${from}
       ON CONFLICT (peer_vault_id, table_name, record_id) DO UPDATE SET withdrawal_sequence = NULL`,
    );
    for (const peer of peerVaultIds) insert.run({ ...params, peer });
  }
}

/** The withdrawals a bundle carried to `peerVaultId`: each is sent again until the peer acknowledges `sequence` or later. */
export function noteWithdrawalsSent(db: WritableDB, peerVaultId: string, withdrawals: readonly { table: string; id: string }[], sequence: number): void {
  const update = db.prepare('UPDATE sync_holders SET withdrawal_sequence = ? WHERE peer_vault_id = ? AND table_name = ? AND record_id = ?');
  for (const w of withdrawals) update.run(sequence, peerVaultId, w.table, w.id);
}

/** The peer acknowledged bundles up to `sequence`: the records withdrawn by them are no longer held there. */
export function forgetWithdrawnHolders(db: WritableDB, peerVaultId: string, sequence: number): void {
  db.prepare('DELETE FROM sync_holders WHERE peer_vault_id = ? AND withdrawal_sequence IS NOT NULL AND withdrawal_sequence <= ?').run(peerVaultId, sequence);
}

/** A peer whose cursor dates from before schema 13: what it received then was never entered in sync_holders. */
export function holdersUntracked(db: ReadableDB, peerVaultId: string): boolean {
  return db.prepare('SELECT holders_tracked = 0 FROM sync_acked_cursors WHERE peer_vault_id = ?').pluck().get(peerVaultId) === 1;
}

export function markHoldersTracked(db: WritableDB, peerVaultId: string): void {
  db.prepare('UPDATE sync_acked_cursors SET holders_tracked = 1 WHERE peer_vault_id = ?').run(peerVaultId);
}

/**
 * The records a facilitator of `region` received before holders were tracked, as far as this vault can tell: every
 * row consent lets reach the region now, at or below the peer's acknowledged cursor.
 */
export function backfillRegionHolders(db: WritableDB, peerVaultId: string, region: string, cursor: VersionVector): void {
  const params = { peer: peerVaultId, region, recipients: JSON.stringify([peerVaultId]), cursor: JSON.stringify(cursor) };
  for (const table of SYNC_ORDER) {
    db.prepare(
      `INSERT OR IGNORE INTO sync_holders (peer_vault_id, table_name, record_id)
       SELECT @peer, '${table}', t.id FROM ${table} t ${SYNC_TABLES[table].consentJoin}
       WHERE ${regionConsentSql(table)} AND t.hlc <= coalesce(json_extract(@cursor, '$."' || t.changed_by || '"'), '')`,
    ).run(params);
  }
}

/** SQL: the vault that last wrote the row(s) deciding the consent of a row of `table` (the newest of them). */
function decidingWriter(table: SyncableTable): string {
  const d = SYNC_TABLES[table];
  const rows = d.consentRows ?? (d.consentJoin ? ['o'] : ['t']);
  if (rows.length === 1) return `${rows[0]}.changed_by`;
  const newest = `max(${rows.map((r) => `${r}.hlc`).join(', ')})`;
  return `(CASE ${rows.map((r) => `WHEN ${r}.hlc = ${newest} THEN ${r}.changed_by`).join(' ')} END)`;
}

/**
 * Per table, the records `peerVaultId` (a facilitator of `region`) holds that consent no longer lets reach it, leaving
 * out those whose consent a vault in `spared` decided last (a facilitator keeps a record it narrowed itself; the bundle
 * goes to all of `spared`), at most `limit` in all.
 */
export function listWithdrawable(db: ReadableDB, peerVaultId: string, region: string, spared: readonly string[], limit: number): HeldRecord[] {
  const params = { peer: peerVaultId, region, recipients: JSON.stringify([peerVaultId]), spared: JSON.stringify(spared) };
  const found: HeldRecord[] = [];
  for (const table of SYNC_ORDER) {
    if (found.length >= limit) break;
    const ids = db
      .prepare(
        `SELECT h.record_id FROM sync_holders h JOIN ${table} t ON t.id = h.record_id ${SYNC_TABLES[table].consentJoin}
         WHERE h.peer_vault_id = @peer AND h.table_name = '${table}' AND NOT ${regionConsentSql(table)}
           AND ${decidingWriter(table)} NOT IN (SELECT value FROM json_each(@spared))
         ORDER BY h.record_id LIMIT @limit`,
      )
      .pluck()
      .all({ ...params, limit: limit - found.length }) as string[];
    for (const id of ids) found.push({ table, id });
  }
  return found;
}

/** One prepared insert for the import: the sender of a bundle holds every row it carried. */
export function holderWriter(db: WritableDB): (peerVaultId: string, table: string, id: string) => void {
  const insert = db.prepare('INSERT OR IGNORE INTO sync_holders (peer_vault_id, table_name, record_id) VALUES (?, ?, ?)');
  return (peer, table, id) => {
    insert.run(peer, table, id);
  };
}

/** Whether this vault noted `peerVaultId` as holding the record (it came from that peer, or went to it). */
export function isHeldBy(db: ReadableDB, peerVaultId: string, table: string, id: string): boolean {
  return db.prepare('SELECT 1 FROM sync_holders WHERE peer_vault_id = ? AND table_name = ? AND record_id = ?').get(peerVaultId, table, id) !== undefined;
}
