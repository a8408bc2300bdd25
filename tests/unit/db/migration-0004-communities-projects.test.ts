// Migration 4 on a vault at schema 3: community, project and struggle tables appear; foreign keys hold; the roster stays.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

describe('migration 0004-communities-projects', () => {
  it('adds the tables and refuses a struggle pointing at nothing', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(4), { create: true });
    migrate(db, 3);
    db.prepare(
      `INSERT INTO collaborators (id, name, kind, region, countries, levels, strategy_areas, expertise, languages, vetting_status,
        vetting_vouched_by, vetting_note, availability_status, sharing, risk_notes, notes, created_at, updated_at, hlc, changed_by)
       VALUES ('00000000-0000-7000-8000-000000000001', 'Rede', 'cso', 'latin_america', '["BR"]', '[]', '[]', '[]', '["pt"]',
        'vetted', '', '', 'available', 'network', '', '', 'x', 'x', '1767225600000-00000-v', 'v')`,
    ).run();
    migrate(db, 4);
    expect(getSchemaVersion(db)).toBe(4);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).sort();
    expect(tables).toEqual(expect.arrayContaining(['communities', 'community_contacts', 'harmful_projects', 'struggles', 'collaborators']));
    expect(db.prepare('SELECT count(*) FROM collaborators').pluck().get()).toBe(1);

    expect(() =>
      db
        .prepare(
          `INSERT INTO struggles (id, community_id, project_id, resisting, notes, created_at, updated_at, hlc, changed_by)
           VALUES ('s', 'no-community', 'no-project', '', '', 'x', 'x', 'h', 'v')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);

    closeVaultDatabase(db);
  });
});
