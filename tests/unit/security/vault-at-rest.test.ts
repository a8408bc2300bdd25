// Security items 2, 3, 5, 6 and 9: key-file floor, re-wrapping, pragmas, file modes, cipher integrity.
import { readFileSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { closeVaultDatabase, openVaultDatabase, readPragmas, REQUIRED_PRAGMAS } from '../../../db/connection.js';
import { openWithStockSqlcipher } from '../../helpers/stock-sqlcipher.js';
import { createTestVault, openTestCore, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { readDataKey } from '../../helpers/data-key.js';

const posix = process.platform !== 'win32';

describe('the key file', () => {
  it('is refused when its Argon2id parameters were edited below the floor (8 MiB)', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const file = join(vaultDir, 'vault.keys.json');
    const keys = JSON.parse(readFileSync(file, 'utf8')) as { passphrase: { kdf: { memlimitBytes: number } } };
    keys.passphrase.kdf.memlimitBytes = 8 * 1024 * 1024;
    writeFileSync(file, JSON.stringify(keys));
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
    expect(() => core.vault.info()).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
  });

  it('is refused when edited to fewer than 3 passes', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const file = join(vaultDir, 'vault.keys.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"opslimit": 3', '"opslimit": 1'));
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
  });

  it('reports a damaged key file as corrupt and a newer one as too new', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const file = join(vaultDir, 'vault.keys.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, '{"format":');
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'corrupt' }));
    writeFileSync(file, original.replace('"version": 1', '"version": 2'));
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'vault_too_new' }));
  });
});

describe('changing the passphrase', () => {
  it('re-wraps: the old passphrase fails, the new one and the recovery key open it, the database is not rewritten', async () => {
    const { core, recoveryKey, vaultDir, platform } = await createTestVault();
    const saltBefore = JSON.parse(readFileSync(join(vaultDir, 'vault.keys.json'), 'utf8')).passphrase.kdf.salt as string;
    core.vault.changePassphrase(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE);
    core.vault.lock('user');
    const keysAfter = JSON.parse(readFileSync(join(vaultDir, 'vault.keys.json'), 'utf8'));
    expect(keysAfter.passphrase.kdf.salt).not.toBe(saltBefore);
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'wrong_passphrase' }));
    core.vault.unlock(OTHER_STRONG_PASSPHRASE);
    core.vault.lock('user');
    platform.advance(60_000);
    core.vault.recover(recoveryKey, 'yet another stubborn mangrove river');
    expect(core.vault.isUnlocked()).toBe(true);
    core.vault.lock('user');
    core.vault.unlock('yet another stubborn mangrove river');
    expect(core.vault.auditTrail(50).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['passphrase_changed', 'vault_recovered', 'unlock_failed']),
    );
  });

  it('refuses a wrong current passphrase and a weak new one, changing nothing', async () => {
    const { core, vaultDir } = await createTestVault();
    const before = readFileSync(join(vaultDir, 'vault.keys.json'));
    expect(() => core.vault.changePassphrase('not the passphrase at all', OTHER_STRONG_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'wrong_passphrase' }),
    );
    expect(() => core.vault.changePassphrase(STRONG_PASSPHRASE, 'password1')).toThrow(
      expect.objectContaining({ code: 'weak_passphrase' }),
    );
    expect(readFileSync(join(vaultDir, 'vault.keys.json')).equals(before)).toBe(true);
  });

  it('needs an unlocked vault', async () => {
    const { core } = await createTestVault();
    core.vault.lock('user');
    expect(() => core.vault.changePassphrase(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'locked' }),
    );
  });
});

describe('an unlocked vault', () => {
  it('reads back the required pragmas', async () => {
    const { core } = await createTestVault();
    core.vault.lock('user');
    core.vault.unlock(STRONG_PASSPHRASE);
    const pragmas = readPragmas(core.vault.openVault().db);
    expect(pragmas).toEqual(REQUIRED_PRAGMAS);
  });
});

describe.skipIf(!posix)('file modes', () => {
  it('creates the folder 0700 and every vault file 0600, WAL and SHM included', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.setAutoLockMinutes(10);
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
    for (const name of ['vault.db', 'vault.db-wal', 'vault.db-shm', 'vault.keys.json']) {
      expect({ name, mode: statSync(join(vaultDir, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
    }
    core.vault.lock('user');
    expect(() => core.vault.unlock('definitely wrong words here')).toThrow();
    expect(statSync(join(vaultDir, 'unlock-attempts.json')).mode & 0o777).toBe(0o600);
  });
});

describe('cipher integrity check', () => {
  it('is clean on a good vault and flags a flipped byte on the same page as stock SQLCipher does', async () => {
    const { core, vaultDir } = await createTestVault();
    const dataKey = await readDataKey(vaultDir, STRONG_PASSPHRASE);
    const hexKey = dataKey.toString('hex');
    core.vault.lock('user');
    const file = join(vaultDir, 'vault.db');
    fillAuditTrail(file, dataKey, 3000);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.verify().integrity).toEqual({ ok: true, problems: [] });
    core.vault.lock('user');
    const stockBefore = await stockIntegrityCheck(file, hexKey);
    expect(stockBefore).toEqual([]);
    // Flip one byte in a middle page: most pages now hold the audit trail's older rows, which unlocking does not read.
    const size = statSync(file).size;
    const damagedPage = Math.floor((size / 4096) * 0.6) + 1;
    const offset = (damagedPage - 1) * 4096 + 100;
    const bytes = readFileSync(file);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from([(bytes[offset] ?? 0) ^ 0xff]), 0, 1, offset);
    closeSync(fd);
    const reopened = await openTestCore(vaultDir);
    reopened.core.vault.unlock(STRONG_PASSPHRASE);
    const report = reopened.core.vault.verify();
    reopened.core.dispose();
    expect(report.integrity).toEqual({ ok: false, problems: [`HMAC verification failed for page ${damagedPage}`] });
    expect((await stockIntegrityCheck(file, hexKey)).join('\n')).toContain(`HMAC verification failed for page ${damagedPage}`);
  });
});

/** Appends many audit rows in one transaction, so most pages of the file belong to the trail. */
function fillAuditTrail(file: string, dataKey: Uint8Array, rows: number): void {
  const db = openVaultDatabase(file, dataKey);
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) appendAuditEvent(db, 'auto_lock_changed', new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), { minutes: (i % 60) + 1 });
  })();
  closeVaultDatabase(db);
}

async function stockIntegrityCheck(file: string, hexKey: string): Promise<string[]> {
  const db = await openWithStockSqlcipher(file, `"x'${hexKey}'"`);
  const rows = await db.all<Record<string, string>>('PRAGMA cipher_integrity_check');
  await db.close();
  return rows.map((row) => String(Object.values(row)[0]));
}

it('reports a vault whose first pages are damaged as corrupt, not as a crash', async () => {
  const { core, vaultDir } = await createTestVault();
  core.vault.lock('user');
  const file = join(vaultDir, 'vault.db');
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64, 0x55), 0, 64, 4096 + 64);
  closeSync(fd);
  const reopened = await openTestCore(vaultDir);
  expect(() => reopened.core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  expect(reopened.core.vault.isUnlocked()).toBe(false);
  expect(() => closeVaultDatabase({ open: false } as never)).not.toThrow();
});

it('stays locked, with the key zeroed, when the audit trail cannot be written at unlock', async () => {
  const { core, vaultDir } = await createTestVault();
  const dataKey = await readDataKey(vaultDir, STRONG_PASSPHRASE);
  core.vault.lock('user');
  const file = join(vaultDir, 'vault.db');
  fillAuditTrail(file, dataKey, 3000);
  const lastPage = Math.floor(statSync(file).size / 4096);
  // Damage the last page, where the newest audit rows are and where unlocking appends.
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(32, 0x55), 0, 32, (lastPage - 1) * 4096 + 200);
  closeSync(fd);
  const reopened = await openTestCore(vaultDir);
  expect(() => reopened.core.vault.unlock(STRONG_PASSPHRASE)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  expect(reopened.core.vault.isUnlocked()).toBe(false);
  expect(() => reopened.core.vault.openVault()).toThrow(expect.objectContaining({ code: 'locked' }));
});
