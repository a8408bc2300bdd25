// Migration 7 on a vault at schema 6: resources and attachments are syncable, chunks need their attachment by commit time,
// and purging a resource row purges its attachments and every chunk with it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { SYNCABLE_TABLES } from '../../../db/syncable.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const SYNC = "'2026-01-01', '2026-01-01', 'h', 'v'";

function vaultAt7() {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(7), { create: true });
  migrate(db, 6);
  migrate(db, 7);
  return db;
}

describe('migration 0007-resources', () => {
  it('adds resources and attachments as syncable tables', () => {
    const db = vaultAt7();
    expect(getSchemaVersion(db)).toBe(7);
    expect(SYNCABLE_TABLES).toEqual(expect.arrayContaining(['resources', 'attachments']));
    expect(() =>
      db.prepare(`INSERT INTO attachments (id, resource_id, file_name, media_type, size, sha256, chunk_size, created_at, updated_at, hlc, changed_by)
        VALUES ('a', 'nothing', 'f', 't', 0, '', 1, ${SYNC})`).run(),
    ).toThrow(/FOREIGN KEY/);
    closeVaultDatabase(db);
  });

  it('refuses, at commit, a chunk whose attachment never came', () => {
    const db = vaultAt7();
    const orphan = db.transaction(() => db.prepare("INSERT INTO attachment_chunks (attachment_id, position, data) VALUES ('ghost', 0, x'00')").run());
    expect(() => orphan()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM attachment_chunks').pluck().get()).toBe(0);
    closeVaultDatabase(db);
  });

  it('purges attachments and chunks with their resource row', () => {
    const db = vaultAt7();
    db.prepare(`INSERT INTO resources (id, title, type, strategy_areas, languages, summary, sharing, created_at, updated_at, hlc, changed_by)
      VALUES ('r', 'Guide', 'guide', '[]', '[]', '', 'network', ${SYNC})`).run();
    db.transaction(() => {
      db.prepare("INSERT INTO attachment_chunks (attachment_id, position, data) VALUES ('a', 0, x'0102'), ('a', 1, x'03')").run();
      db.prepare(`INSERT INTO attachments (id, resource_id, file_name, media_type, size, sha256, chunk_size, created_at, updated_at, hlc, changed_by)
        VALUES ('a', 'r', 'f.pdf', 'application/pdf', 3, '', 2, ${SYNC})`).run();
    })();
    expect(db.prepare('SELECT count(*) FROM attachment_chunks').pluck().get()).toBe(2);
    db.prepare("DELETE FROM resources WHERE id = 'r'").run();
    expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM attachment_chunks').pluck().get()).toBe(0);
    closeVaultDatabase(db);
  });
});
