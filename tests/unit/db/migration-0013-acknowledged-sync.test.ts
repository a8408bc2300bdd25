// Migration 13 on a vault at schema 12: the sent cursors become acknowledged cursors (taken as acknowledged, sequence
// 0), the tables of bundles waiting, holders and withdrawn markers appear empty and STRICT, nothing else of schema 12
// changes, the roster's text index deletes securely, and a vault made at schema 12 upgrades on unlock.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import type { WritableDB } from '../../../db/handles.js';
import { getSchemaVersion, migrate, SCHEMA_VERSION } from '../../../db/migrate.js';
import { ackedSequence, readAckedCursor } from '../../../db/sync-acks.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

const NEW_TABLES = ['sync_holders', 'sync_sent_bundles', 'sync_withdrawn'];
const PEER = '0190d5a0-0000-7000-8000-00000000000b';
const CURSOR = { '0190d5a0-0000-7000-8000-00000000000a': '1796000000000-00003-0190d5a0-0000-7000-8000-00000000000a' };
const SENT_AT = '2026-11-20T10:00:00.000Z';

function vaultAt12(): WritableDB {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(13), { create: true });
  migrate(db, 12);
  return db;
}

/** A cursor as schema 12 kept it: moved when the bundle to the peer was written. */
function sendUnderSchema12(db: WritableDB): void {
  db.prepare('INSERT INTO sync_sent_cursors (peer_vault_id, cursor, updated_at) VALUES (?, ?, ?)').run(PEER, JSON.stringify(CURSOR), SENT_AT);
}

const tablesOf = (db: WritableDB) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

const secureDelete = (db: WritableDB) => db.prepare("SELECT v FROM collaborators_fts_config WHERE k = 'secure-delete'").pluck().get();

describe('migration 0013-acknowledged-sync', () => {
  it('renames the sent cursors, adds the new tables empty and STRICT, and changes nothing else of schema 12', () => {
    const db = vaultAt12();
    const before = tablesOf(db);
    const schemaBefore = db.prepare('SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name').all() as { name: string }[];
    migrate(db, 13);
    expect(getSchemaVersion(db)).toBe(13);
    expect(tablesOf(db).filter((name) => !before.includes(name))).toEqual(['sync_acked_cursors', ...NEW_TABLES]);
    expect(tablesOf(db)).not.toContain('sync_sent_cursors');
    const schemaAfter = db.prepare('SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name').all() as { name: string }[];
    const untouched = (entry: { name: string }) => !['sync_sent_cursors', 'sync_acked_cursors', ...NEW_TABLES, 'sync_holders_by_record'].includes(entry.name);
    expect(schemaAfter.filter(untouched)).toEqual(schemaBefore.filter(untouched));
    for (const table of ['sync_acked_cursors', ...NEW_TABLES]) {
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table), table).toMatch(/\) STRICT(, WITHOUT ROWID)?$/);
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('sync_acked_cursors')).toEqual([
      'peer_vault_id', 'cursor', 'updated_at', 'acked_sequence', 'acked_at', 'holders_tracked',
    ]);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('sync_sent_bundles')).toEqual([
      'peer_vault_id', 'sequence', 'bundle_id', 'sent_at', 'covers', 'records', 'withdrawals',
    ]);
    closeVaultDatabase(db);
  });

  it('takes a cursor sent under schema 12 as acknowledged: same cursor, acknowledged sequence 0, holders not yet tracked', () => {
    const db = vaultAt12();
    sendUnderSchema12(db);
    migrate(db, 13);
    expect(db.prepare('SELECT * FROM sync_acked_cursors').all()).toEqual([
      { peer_vault_id: PEER, cursor: JSON.stringify(CURSOR), updated_at: SENT_AT, acked_sequence: 0, acked_at: null, holders_tracked: 0 },
    ]);
    expect(readAckedCursor(db, PEER)).toEqual(CURSOR);
    expect(ackedSequence(db, PEER)).toBe(0);
    // Nothing waits for an acknowledgement: what the cursor covered was sent before the upgrade.
    expect(db.prepare('SELECT count(*) FROM sync_sent_bundles').pluck().get()).toBe(0);
    closeVaultDatabase(db);
  });

  it('refuses what the new tables cannot hold', () => {
    const db = vaultAt12();
    migrate(db, 13);
    expect(() => db.prepare("INSERT INTO sync_sent_bundles VALUES (?, 0, 'b', 'x', '{}', 0, 0)").run(PEER)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO sync_sent_bundles VALUES (?, 1, 'b', 'x', '{}', -1, 0)").run(PEER)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO sync_acked_cursors (peer_vault_id, cursor, updated_at, holders_tracked) VALUES (?, '{}', 'x', 2)").run(PEER)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO sync_holders VALUES (?, 'communities', 'r', 'one')").run(PEER)).toThrow(/datatype|INTEGER/i);
    closeVaultDatabase(db);
  });

  it('leaves the roster text index as it was: a purge rewrites it, edits do not pay for deleting securely', () => {
    const db = vaultAt12();
    migrate(db, 13);
    expect(secureDelete(db)).toBeUndefined();
    closeVaultDatabase(db);
  });

  it('upgrades a vault made at schema 12 on unlock: its sent cursor is now acknowledged, its audit trail whole', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, 12, STRONG_PASSPHRASE, sendUnderSchema12);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.info().schemaVersion).toBe(SCHEMA_VERSION);
    const { db } = core.vault.openVault();
    expect(readAckedCursor(db, PEER)).toEqual(CURSOR);
    expect(ackedSequence(db, PEER)).toBe(0);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });
});
