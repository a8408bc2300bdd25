// Migration 11 on a vault at schema 10 that holds records: the seven grants tables appear, empty, STRICT and syncable,
// linked to the communities and to each other by foreign keys, and every row of schema 10 stays exactly as it was;
// a vault made at schema 10 upgrades on unlock with its audit trail whole.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import type { WritableDB } from '../../../db/handles.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { latestHlc, SYNCABLE_TABLES } from '../../../db/syncable.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

const GRANT_TABLES = ['grant_calls', 'grant_applications', 'grant_reviews', 'grant_meetings', 'grant_awards', 'grant_reports', 'grant_payments'];
const VAULT = '0190d5a0-0000-7000-8000-00000000000a';
const sync = (at: string, counter: number) => `'${at}', '${at}', '${Date.parse(at)}-${String(counter).padStart(5, '0')}-${VAULT}', '${VAULT}'`;

function vaultAt10(): WritableDB {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(11), { create: true });
  migrate(db, 10);
  return db;
}

/** Records of every kind schema 10 knows, written as its repositories store them. */
function fillSchema10(db: WritableDB): void {
  db.exec(`
    INSERT INTO communities (id, name, country, area, latitude, longitude, region, languages, sharing, notes, created_at, updated_at, hlc, changed_by)
      VALUES ('c-1', 'Rio Verde', 'BR', 'Pará', -3.2, -52.1, 'latin_america', '["pt"]', 'regional', 'Riverside villages', ${sync('2026-02-01T10:00:00.000Z', 1)});
    INSERT INTO community_contacts (id, community_id, position, type, value, note, sensitive)
      VALUES ('cc-1', 'c-1', 0, 'phone', '+55 91 0000 0000', '', 1);
    INSERT INTO harmful_projects (id, name, country, location, region, sectors, financiers, companies, stage, risk_category,
        investment_amount, investment_currency, board_date, public_references, notes, created_at, updated_at, hlc, changed_by)
      VALUES ('p-1', 'Dam', 'BR', 'Xingu', 'latin_america', '["hydropower"]', '[]', '[]', 'approved', 'A', 1000000.5, 'USD', NULL, '[]', '',
        ${sync('2026-02-01T10:00:00.000Z', 2)});
    INSERT INTO struggles (id, community_id, project_id, resisting, since, notes, created_at, updated_at, hlc, changed_by)
      VALUES ('s-1', 'c-1', 'p-1', 'Flooding', '2025-06-01', '', ${sync('2026-02-01T10:00:00.000Z', 3)});
    INSERT INTO support_requests (id, community_id, struggle_id, strategy_areas, level, languages, urgency, deadline, description, status,
        created_at, updated_at, hlc, changed_by)
      VALUES ('r-1', 'c-1', 's-1', '["advocacy"]', 'national', '["pt"]', 'high', NULL, 'Legal aid', 'new', ${sync('2026-02-02T10:00:00.000Z', 1)});
    INSERT INTO resources (id, title, type, strategy_areas, languages, summary, sharing, created_at, updated_at, hlc, changed_by, deleted_at)
      VALUES ('res-1', 'Guide', 'guide', '[]', '["en"]', '', 'network', ${sync('2026-02-03T10:00:00.000Z', 1)}, '2026-02-04T10:00:00.000Z');
  `);
}

/** Every row of every table but the grants tables, in a stable order: the vault's content to compare. */
function contentOf(db: WritableDB): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grant_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
}

describe('migration 0011-grants', () => {
  it('adds the seven grants tables, empty, STRICT, each with the columns every syncable table has', () => {
    const db = vaultAt10();
    const tableNames = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'grant_%'").pluck().all();
    expect(tableNames()).toEqual([]);
    migrate(db, 11);
    expect(getSchemaVersion(db)).toBe(11);
    expect(tableNames()).toEqual(GRANT_TABLES);
    // They travel together, in this order, after the tables of schema 10 (later schemas add theirs after them).
    const first = SYNCABLE_TABLES.indexOf('grant_calls');
    expect(SYNCABLE_TABLES.slice(first, first + GRANT_TABLES.length)).toEqual(GRANT_TABLES);
    for (const table of GRANT_TABLES) {
      expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table), table).toMatch(/\) STRICT$/);
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table);
      expect(columns, table).toEqual(expect.arrayContaining(['seq', 'id', 'created_at', 'updated_at', 'hlc', 'changed_by', 'deleted_at']));
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    closeVaultDatabase(db);
  });

  it('keeps every row of schema 10 exactly as it was', () => {
    const db = vaultAt10();
    fillSchema10(db);
    const before = contentOf(db);
    expect(before['communities']).toHaveLength(1);
    const newest = Object.values(before).flat().map((row) => (row as { hlc?: string }).hlc ?? '').sort().at(-1);
    migrate(db, 11);
    expect(contentOf(db)).toEqual(before);
    // The vault clock still starts after the newest change of schema 10: the new tables are empty (the clock reads every
    // syncable table, so the vault goes on to the current schema first, as every unlock does).
    migrate(db);
    expect(latestHlc(db)).toBe(newest);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    closeVaultDatabase(db);
  });

  it('links applications to their call and community, and the rest to their application or award', () => {
    const db = vaultAt10();
    fillSchema10(db);
    migrate(db, 11);
    const at = sync('2026-03-01T10:00:00.000Z', 1);
    db.exec(`INSERT INTO grant_calls (id, kind, targets, regions, strategy_areas, texts, eligibility, opens_at, closes_at, time_zone, currency,
        ceiling, envelope, required_documents, rubric, working_group, quorum, blind, state, history, created_at, updated_at, hlc, changed_by)
      VALUES ('call-1', 'open', '[]', '["latin_america"]', '[]', '[]', '[]', '2026-03-01T09:00', '2026-03-31T17:00', 'America/Bogota', 'USD',
        5000, 20000, '[]', '[]', '[]', 1, 0, 'draft', '[]', ${at})`);
    const application = (id: string, call: string, community: string) =>
      db.exec(`INSERT INTO grant_applications (id, call_id, community_id, title, entered_by, received_at, channel, original_language,
          original_text, translation, budget, eligibility, documents, late_reason, recipient, intermediary_name, letter_language,
          amount_requested, decision_rationale, state, history, created_at, updated_at, hlc, changed_by)
        VALUES ('${id}', '${call}', '${community}', 'Boats', 'Ana', '2026-03-02T10:00:00.000Z', 'phone', 'pt', 'Texto', '', '[]', '[]', '[]',
          '', 'community', '', 'pt', 1200, '', 'received', '[]', ${at})`);
    application('app-1', 'call-1', 'c-1');
    expect(() => application('app-2', 'call-1', 'no-such-community')).toThrow(/FOREIGN KEY/);
    expect(() => application('app-3', 'no-such-call', 'c-1')).toThrow(/FOREIGN KEY/);
    // Applicant contacts start as an empty list when not given (a row from a bundle never carries them).
    expect(db.prepare("SELECT contacts FROM grant_applications WHERE id = 'app-1'").pluck().get()).toBe('[]');

    const review = (application_: string) =>
      db.exec(`INSERT INTO grant_reviews (id, application_id, kind, reviewer_vault_id, reviewer_name, declaration, conflict_reason, scores, advice,
          created_at, updated_at, hlc, changed_by) VALUES ('rev-${application_}', '${application_}', 'working_group', 'v', 'Ana', 'pending', '', '[]', '', ${at})`);
    review('app-1');
    expect(() => review('ghost')).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(`INSERT INTO grant_meetings (id, call_id, date, attendees, decisions, notes, recusals, quorum, created_at, updated_at, hlc, changed_by)
        VALUES ('m-1', 'ghost', '2026-04-01', '[]', '[]', '', '[]', '[]', ${at})`),
    ).toThrow(/FOREIGN KEY/);
    db.exec(`INSERT INTO grant_awards (id, application_id, amount, awarded_on, tranches, reports, created_at, updated_at, hlc, changed_by)
      VALUES ('aw-1', 'app-1', 1200, '2026-04-02', '[]', '[]', ${at})`);
    expect(() =>
      db.exec(`INSERT INTO grant_payments (id, award_id, tranche_id, date, amount, currency, method, reference, override_reason, created_at, updated_at, hlc, changed_by)
        VALUES ('pay-1', 'ghost', 't1', '2026-04-03', 600, 'USD', 'cash', '', '', ${at})`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(`INSERT INTO grant_reports (id, award_id, number, kind, due_date, state, text, review_note, created_at, updated_at, hlc, changed_by)
        VALUES ('rep-1', 'aw-1', 1, 'narrative', '2026-07-01', 'due', '', '', ${at})`),
    ).not.toThrow();
    expect(() => db.exec(`INSERT INTO grant_awards (id, application_id, amount, awarded_on, tranches, reports, created_at, updated_at, hlc, changed_by)
      VALUES ('aw-2', 'app-1', 'much', '2026-04-02', '[]', '[]', ${at})`)).toThrow(/cannot store/i);
    closeVaultDatabase(db);
  });

  it('upgrades a vault made at schema 10 on unlock, with its audit trail whole', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, 10, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.info().schemaVersion).toBeGreaterThanOrEqual(11);
    const { db } = core.vault.openVault();
    for (const table of GRANT_TABLES) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });
});
