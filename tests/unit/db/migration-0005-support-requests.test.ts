// Migration 5 on a vault at schema 4: the support requests table appears and refuses a request of no community.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { latestHlc, SYNCABLE_TABLES } from '../../../db/syncable.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

describe('migration 0005-support-requests', () => {
  it('adds support_requests as a syncable table with its foreign keys, and the vault clock reads it', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(5), { create: true });
    migrate(db, 4);
    migrate(db, 5);
    expect(getSchemaVersion(db)).toBe(5);
    expect(SYNCABLE_TABLES).toContain('support_requests');
    expect(() =>
      db
        .prepare(
          `INSERT INTO support_requests (id, community_id, strategy_areas, level, languages, urgency, description, status, created_at,
             updated_at, hlc, changed_by) VALUES ('r', 'nobody', '[]', 'local', '[]', 'low', 'x', 'new', 'x', 'x', 'h', 'v')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);

    // At the latest schema, every syncable table has the sync columns, and the vault clock reads them all.
    migrate(db);
    for (const table of SYNCABLE_TABLES) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).sort();
      expect(columns).toEqual(expect.arrayContaining(['id', 'hlc', 'changed_by', 'deleted_at', 'created_at', 'updated_at']));
    }
    // The vault clock starts after the newest HLC of any syncable table.
    db.prepare(
      `INSERT INTO communities (id, name, country, area, region, languages, sharing, notes, created_at, updated_at, hlc, changed_by)
       VALUES ('c', 'Community', 'BR', '', 'latin_america', '[]', 'regional', '', 'x', 'x', '1767225600001-00000-v', 'v')`,
    ).run();
    db.prepare(
      `INSERT INTO support_requests (id, community_id, strategy_areas, level, languages, urgency, description, status, created_at,
         updated_at, hlc, changed_by) VALUES ('r', 'c', '[]', 'local', '[]', 'low', 'x', 'new', 'x', 'x', '1767225600002-00000-v', 'v')`,
    ).run();
    expect(latestHlc(db)).toBe('1767225600002-00000-v');
    closeVaultDatabase(db);
  });
});
