// The audit trail: append-only, hash-chained, and its verification names the first broken link.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditTrail } from '../../../db/audit.repo.js';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { migrate } from '../../../db/migrate.js';
import { createTestVault, makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

function freshDb() {
  const db = openVaultDatabase(join(makeTempDir(), 'a.db'), new Uint8Array(32).fill(3), { create: true });
  migrate(db);
  return db;
}

describe('audit trail', () => {
  it('records the vault’s life: created, locked, failed unlock, unlocked, passphrase changed', async () => {
    const { core } = await createTestVault();
    core.vault.lock('user');
    expect(() => core.vault.unlock('not it, not it, not it')).toThrow();
    core.vault.unlock(STRONG_PASSPHRASE);
    core.vault.changePassphrase(STRONG_PASSPHRASE, 'quiet rivers carry stubborn pebbles');
    expect(core.vault.auditTrail(10).map((e) => e.kind).reverse()).toEqual([
      'vault_created',
      'vault_locked',
      'unlock_failed',
      'vault_unlocked',
      'passphrase_changed',
    ]);
    expect(core.vault.verify().audit).toEqual({ ok: true, entries: 5, firstBrokenSeq: null });
  });

  it('refuses updates and deletes', () => {
    const db = freshDb();
    appendAuditEvent(db, 'vault_created', '2026-01-01T00:00:00.000Z');
    expect(() => db.prepare("UPDATE audit_events SET kind = 'vault_locked'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
    closeVaultDatabase(db);
  });

  it('reports the first broken link after a row is edited or removed behind the triggers’ back', () => {
    const db = freshDb();
    for (let i = 0; i < 6; i += 1) appendAuditEvent(db, 'vault_unlocked', `2026-01-0${i + 1}T00:00:00.000Z`, { n: i });
    expect(verifyAuditTrail(db)).toEqual({ ok: true, entries: 6, firstBrokenSeq: null });
    db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
    db.prepare(`UPDATE audit_events SET detail = '{"n":99}' WHERE seq = 4`).run();
    expect(verifyAuditTrail(db)).toEqual({ ok: false, entries: 6, firstBrokenSeq: 4 });
    db.prepare(`UPDATE audit_events SET detail = '{"n":3}' WHERE seq = 4`).run();
    expect(verifyAuditTrail(db).ok).toBe(true);
    db.prepare('DELETE FROM audit_events WHERE seq = 2').run();
    expect(verifyAuditTrail(db)).toEqual({ ok: false, entries: 5, firstBrokenSeq: 3 });
    closeVaultDatabase(db);
  });
});
