// Migration 12 on a vault at schema 11: the consultation rounds (syncable) and the review packets' tables appear, empty
// and STRICT, nothing of schema 11 changes, and a vault made at schema 11 upgrades on unlock with its audit trail whole.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate, SCHEMA_VERSION } from '../../../db/migrate.js';
import { SYNCABLE_TABLES } from '../../../db/syncable.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

const NEW_TABLES = ['consultations', 'inbox_file_chunks', 'inbox_files', 'inbox_packets', 'inbox_responses', 'review_packets', 'review_returns'];

function vaultAt11() {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(12), { create: true });
  migrate(db, 11);
  return db;
}

const tablesOf = (db: ReturnType<typeof vaultAt11>) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

describe('migration 0012-reviews-consultations', () => {
  it('adds the consultation and review tables, empty and STRICT, consultations syncable, the rest unchanged', () => {
    const db = vaultAt11();
    const before = tablesOf(db);
    const schemaBefore = db.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").all();
    migrate(db, 12);
    expect(getSchemaVersion(db)).toBe(12);
    expect(tablesOf(db).filter((name) => !before.includes(name))).toEqual(NEW_TABLES);
    // Nothing of schema 11 was altered.
    const schemaAfter = db.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").all() as { name: string }[];
    expect(schemaAfter.filter((entry) => !NEW_TABLES.includes(entry.name) && !/^(consultations|review_|inbox_)/.test(entry.name))).toEqual(schemaBefore);
    for (const table of NEW_TABLES) {
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table), table).toMatch(/\) STRICT(, WITHOUT ROWID)?$/);
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(SYNCABLE_TABLES.at(-1)).toBe('consultations');
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('consultations');
    expect(columns).toEqual(expect.arrayContaining(['seq', 'id', 'created_at', 'updated_at', 'hlc', 'changed_by', 'deleted_at', 'sensitive_quotes']));
    closeVaultDatabase(db);
  });

  it('ties a packet to its team member and a chunk to its file, which takes its chunks with it', () => {
    const db = vaultAt11();
    migrate(db, 12);
    expect(() =>
      db.exec(`INSERT INTO review_packets (id, member_id, member_vault_id, title, message, blind, application_ids, file_ids, include_report,
        questions, expires_at, created_at) VALUES ('p', 'no-such-member', 'v', 't', '', 0, '[]', '[]', 1, '[]', 'x', 'x')`),
    ).toThrow(/FOREIGN KEY/);
    db.exec(`INSERT INTO team_members (id, vault_id, display_name, role, region, signing_key, encryption_key, verified, added_at, updated_at)
      VALUES ('m', 'v', 'Ana', 'coordinator', 'global', zeroblob(32), zeroblob(32), 1, 'x', 'x')`);
    db.exec(`INSERT INTO inbox_packets (packet_id, bundle_id, sender_member_id, sender_name, title, received_at, expires_at, content)
      VALUES ('p', 'b', 'm', 'Ana', 't', 'x', 'y', '{}')`);
    db.exec(`INSERT INTO inbox_files (packet_id, file_id, name, media_type, size, sha256) VALUES ('p', 'f', 'a.pdf', 'application/pdf', 3, 'h')`);
    const fileSeq = db.prepare('SELECT seq FROM inbox_files').pluck().get();
    db.prepare('INSERT INTO inbox_file_chunks (file_seq, position, data) VALUES (?, 0, ?)').run(fileSeq, Buffer.from('abc'));
    db.exec('DELETE FROM inbox_files');
    expect(db.prepare('SELECT count(*) FROM inbox_file_chunks').pluck().get()).toBe(0);
    closeVaultDatabase(db);
  });

  it('upgrades a vault made at schema 11 on unlock, with its audit trail whole', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, 11, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });
});
