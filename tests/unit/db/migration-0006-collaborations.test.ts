// Migration 6 on a vault at schema 5: collaborations and their activities appear as syncable tables with foreign keys.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { SYNCABLE_TABLES } from '../../../db/syncable.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

describe('migration 0006-collaborations', () => {
  it('adds collaborations and activities, each refusing a row that points at nothing', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(6), { create: true });
    migrate(db, 5);
    migrate(db, 6);
    expect(getSchemaVersion(db)).toBe(6);
    expect(SYNCABLE_TABLES).toEqual(expect.arrayContaining(['collaborations', 'collaboration_activities']));
    expect(() =>
      db
        .prepare(
          `INSERT INTO collaborations (id, community_id, members, owner, state, history, outcomes, learnings, created_at, updated_at, hlc, changed_by)
           VALUES ('k', 'nobody', '[]', 'o', 'proposed', '[]', '', '[]', 'x', 'x', 'h', 'v')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO collaboration_activities (id, collaboration_id, kind, date, text, created_at, updated_at, hlc, changed_by)
           VALUES ('a', 'nothing', 'note', '2026-01-01', 't', 'x', 'x', 'h', 'v')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    closeVaultDatabase(db);
  });
});
