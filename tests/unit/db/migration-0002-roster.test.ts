// Migration 2 on a vault that has lived at schema 1: the roster tables appear, the old audit trail stays whole, FTS follows writes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditTrail } from '../../../db/audit.repo.js';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

describe('migration 0002-roster', () => {
  it('adds the roster tables to a schema-1 vault without touching its audit trail', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(9), { create: true });
    migrate(db, 1);
    appendAuditEvent(db, 'vault_created', '2026-01-01T00:00:00.000Z');
    migrate(db, 2);
    expect(getSchemaVersion(db)).toBe(2);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['collaborators', 'collaborator_contacts', 'collaborator_facets', 'collaborators_fts', 'saved_searches', 'import_mappings']));
    expect(verifyAuditTrail(db)).toEqual({ ok: true, entries: 1, firstBrokenSeq: null });

    db.prepare(
      `INSERT INTO collaborators (id, name, kind, region, countries, levels, strategy_areas, expertise, languages, vetting_status,
        vetting_vouched_by, vetting_note, availability_status, sharing, risk_notes, notes, created_at, updated_at, hlc, changed_by)
       VALUES ('00000000-0000-7000-8000-000000000001', 'Coletivo São Francisco', 'cso', 'latin_america', '["BR"]', '[]', '[]',
        '["rios"]', '["pt"]', 'vetted', '', '', 'available', 'network', '', 'notas', 'x', 'x', 'h', 'v')`,
    ).run();
    const match = (q: string) => (db.prepare('SELECT count(*) AS n FROM collaborators_fts WHERE collaborators_fts MATCH ?').get(q) as { n: number }).n;
    expect(match('"Sao"*')).toBe(1);
    db.prepare("UPDATE collaborators SET name = 'Coletivo Rio Verde' WHERE seq = 1").run();
    expect(match('"Sao"*')).toBe(0);
    expect(match('"verde"')).toBe(1);
    db.prepare('DELETE FROM collaborators').run();
    expect(match('"verde"')).toBe(0);
    closeVaultDatabase(db);
  });
});
