// Migration 10 on a vault at schema 9: refusals kept one row each become counts per day and code (claimed sender
// unknown: schema 9 did not keep it), bundles sent and imported stay as they were, and the history reads back in the
// same order; a vault made at schema 9 upgrades on unlock with its audit trail whole.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate, SCHEMA_VERSION } from '../../../db/migrate.js';
import { listBundleHistory } from '../../../db/sync.repo.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

function vaultAt9() {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(10), { create: true });
  migrate(db, 9);
  return db;
}

const CONTENTS = JSON.stringify({ records: { communities: 2 }, tombstones: 0, attachments: { count: 0, bytes: 0 } });

describe('migration 0010-bundle-refusals', () => {
  it('counts schema 9 refusals per day and code, keeps bundles sent and imported, and keeps the order', () => {
    const db = vaultAt9();
    const insert = db.prepare(
      `INSERT INTO bundle_history (bundle_id, direction, peers, at, sequence, contents, outcome, bytes, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    insert.run('0190d5a0-1111-7000-8000-000000000001', 'sent', '["Asia"]', '2026-11-01T09:00:00.000Z', 1, CONTENTS, 'sent', 900);
    insert.run(null, 'received', '[]', '2026-11-01T10:00:00.000Z', null, null, 'bad_header', 10);
    insert.run(null, 'received', '[]', '2026-11-01T11:00:00.000Z', null, null, 'bad_header', 20);
    insert.run(null, 'received', '[]', '2026-11-01T12:00:00.000Z', null, null, 'replayed', 30);
    insert.run('0190d5a0-1111-7000-8000-000000000002', 'received', '["Coordinator"]', '2026-11-02T08:00:00.000Z', 4, CONTENTS, 'imported', 800);
    insert.run(null, 'received', '[]', '2026-11-02T09:00:00.000Z', null, null, 'bad_header', 40);

    migrate(db, 10);
    expect(getSchemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT outcome FROM bundle_history ORDER BY seq').pluck().all()).toEqual(['sent', 'imported']);
    expect(db.prepare('SELECT day, sender_claim, code, count, bytes, first_at, last_at FROM bundle_refusals ORDER BY list_order').all()).toEqual([
      { day: '2026-11-01', sender_claim: 'unknown', code: 'bad_header', count: 2, bytes: 30, first_at: '2026-11-01T10:00:00.000Z', last_at: '2026-11-01T11:00:00.000Z' },
      { day: '2026-11-01', sender_claim: 'unknown', code: 'replayed', count: 1, bytes: 30, first_at: '2026-11-01T12:00:00.000Z', last_at: '2026-11-01T12:00:00.000Z' },
      { day: '2026-11-02', sender_claim: 'unknown', code: 'bad_header', count: 1, bytes: 40, first_at: '2026-11-02T09:00:00.000Z', last_at: '2026-11-02T09:00:00.000Z' },
    ]);
    // The list reads back newest first, each count at the place of its latest refusal.
    expect(listBundleHistory(db, 10).map((entry) => [entry.outcome, entry.count, entry.claimedBy])).toEqual([
      ['bad_header', 1, null],
      ['imported', 1, null],
      ['replayed', 1, null],
      ['bad_header', 2, null],
      ['sent', 1, null],
    ]);
    closeVaultDatabase(db);
  });

  it('makes a STRICT table whose checks refuse an empty count, a bad day and a second row for one key', () => {
    const db = vaultAt9();
    migrate(db, 10);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'bundle_refusals'").pluck().get()).toMatch(/\) STRICT, WITHOUT ROWID$/);
    const insert = db.prepare(
      `INSERT INTO bundle_refusals (day, sender_claim, code, count, bytes, first_at, last_at, list_order) VALUES (?, ?, 'bad_header', ?, ?, 't', 't', 1)`,
    );
    insert.run('2026-11-01', 'unknown', 1, 0);
    expect(() => insert.run('2026-11-01', 'unknown', 1, 0)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('2026-11-02', 'unknown', 0, 0)).toThrow(/CHECK/);
    expect(() => insert.run('2026-11-2', 'unknown', 1, 0)).toThrow(/CHECK/);
    expect(() => insert.run('2026-11-03', 'unknown', 1, -1)).toThrow(/CHECK/);
    expect(() => insert.run('2026-11-05', 'unknown', 'many', 0)).toThrow(/cannot store/i);
    closeVaultDatabase(db);
  });

  it('upgrades a vault made at schema 9 on unlock, with its audit trail whole', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, 9, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(core.bundles.history(10)).toEqual([]);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });
});
