// Migration 3 on a vault with roster rows written at schema 2: facet rows go, the text index is rebuilt and keeps finding
// every row, new rows are indexed by the repository, edits and deletes still follow by trigger.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertCollaborator } from '../../../db/collaborators.repo.js';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const STAMP = { at: '2026-05-01T00:00:00.000Z', hlc: '0000000001:0000:v', changedBy: 'v' };

describe('migration 0003-roster-lean-writes', () => {
  it('drops facet rows, keeps every collaborator findable, and indexes new rows without an insert trigger', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(3), { create: true });
    migrate(db, 2);
    db.prepare(
      `INSERT INTO collaborators (id, name, kind, region, countries, levels, strategy_areas, expertise, languages, vetting_status,
        vetting_vouched_by, vetting_note, availability_status, sharing, risk_notes, notes, created_at, updated_at, hlc, changed_by)
       VALUES ('00000000-0000-7000-8000-000000000001', 'Coletivo São Francisco', 'cso', 'latin_america', '["BR"]', '[]', '[]',
        '["rios"]', '["pt"]', 'vetted', '', '', 'available', 'network', '', 'notas', 'x', 'x', 'h', 'v')`,
    ).run();
    db.prepare("INSERT INTO collaborator_facets (facet, value, collaborator_seq) VALUES ('country', 'BR', 1)").run();

    migrate(db, 3);
    expect(getSchemaVersion(db)).toBe(3);
    const names = (type: string) =>
      (db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]).map((r) => r.name);
    expect(names('table')).not.toContain('collaborator_facets');
    expect(names('trigger').filter((name) => name.startsWith('collaborators_'))).toEqual(['collaborators_fts_delete', 'collaborators_fts_update']);
    const ftsSql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'collaborators_fts'").get() as { sql: string }).sql;
    expect(ftsSql).toContain("prefix = '2'");

    const match = (q: string) => (db.prepare('SELECT count(*) AS n FROM collaborators_fts WHERE collaborators_fts MATCH ?').get(q) as { n: number }).n;
    expect(match('"Sao"*')).toBe(1);
    expect(match('"s"*')).toBe(1);

    insertCollaborator(
      db,
      {
        id: '00000000-0000-7000-8000-000000000002',
        fields: {
          name: 'Rede Rio Verde', kind: 'network', countries: ['BR'], levels: ['local'], strategyAreas: ['advocacy'],
          expertise: ['água'], languages: ['pt'], vetting: { status: 'proposed', vouchedBy: '', date: null, note: '' },
          availability: { status: 'available', until: null }, sharing: 'network', riskNotes: '', notes: 'bacia do São Francisco',
        },
        contacts: [],
        region: 'latin_america',
      },
      STAMP,
    );
    expect(match('"agua"')).toBe(1);
    expect(match('"francisco"')).toBe(2);
    db.prepare("UPDATE collaborators SET notes = 'outra bacia' WHERE seq = 2").run();
    expect(match('"francisco"')).toBe(1);
    db.prepare('DELETE FROM collaborators WHERE seq = 1').run();
    expect(match('"francisco"')).toBe(0);
    expect(db.prepare("INSERT INTO collaborators_fts (collaborators_fts, rank) VALUES ('integrity-check', 1)").run().changes).toBeGreaterThanOrEqual(0);
    closeVaultDatabase(db);
  });
});
