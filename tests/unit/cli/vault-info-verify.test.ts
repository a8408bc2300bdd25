// `cre vault info` (no passphrase needed, no key material in its JSON) and `cre vault verify` on good and damaged vaults.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { cre, createdVault, removeTempDirs, secretFile, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

describe('cre vault info', () => {
  it('describes the vault without the passphrase', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'info', '--vault-dir', dir]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/^Vault folder: +.+$/m);
    expect(run.out).toMatch(/^Key file: +cre-vault-keys, version 1$/m);
    expect(run.out).toMatch(/^Database cipher: +SQLCipher 4$/m);
    expect(run.out).toMatch(/^Key derivation: +Argon2id, 64 MiB of memory, 3 passes$/m);
    expect(run.out).toMatch(/^Schema version: +unknown while the vault is locked/m);
  });

  it('prints JSON that parses and holds no key material', async () => {
    const { dir, recoveryKey } = await createdVault();
    const run = await cre(['vault', 'info', '--json', '--vault-dir', dir]);

    expect(run.code).toBe(EXIT_CODES.ok);
    const info = JSON.parse(run.out) as Record<string, unknown>;
    expect(info).toMatchObject({
      vaultDir: dir,
      keyFileFormat: 'cre-vault-keys',
      keyFileVersion: 1,
      cipher: { name: 'sqlcipher', version: 4 },
      kdf: { algorithm: 'argon2id13', memlimitBytes: 64 * 1024 * 1024, opslimit: 3 },
      schemaVersion: null,
    });
    expect(typeof info['vaultId']).toBe('string');
    for (const secretField of ['ciphertext', 'salt', 'nonce', 'dataKey', 'recovery']) expect(run.out).not.toContain(secretField);
    expect(run.out).not.toContain(recoveryKey);
  });

  it('reads the schema version when given the passphrase', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'info', '--json', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect((JSON.parse(run.out) as { schemaVersion: unknown }).schemaVersion).toEqual(expect.any(Number));
  });

  it('says there is no vault, on one line, with exit code 6', async () => {
    const dir = tempDir();
    const run = await cre(['vault', 'info', '--vault-dir', dir]);

    expect(run.code).toBe(EXIT_CODES.vaultState);
    expect(run.out).toBe('');
    expect(run.err).toBe(`cre: There is no vault here yet. Folder: ${dir}. Create one with: cre vault create --vault-dir ${dir}\n`);
  });

  it('finds the vault through CRE_VAULT_DIR when --vault-dir is not given', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'info', '--json'], { env: { CRE_VAULT_DIR: dir } });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect((JSON.parse(run.out) as { vaultDir: string }).vaultDir).toBe(dir);
  });
});

describe('cre vault verify', () => {
  it('passes on a good vault and locks it afterwards', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toContain('Database integrity: ok');
    expect(run.out).toMatch(/Audit trail: ok, entries: \d+/);
    expect(run.out).toContain('The vault passed verification.');

    const json = await cre(['vault', 'verify', '--json', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);
    expect(json.code).toBe(EXIT_CODES.ok);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, integrity: { ok: true, problems: [] }, audit: { ok: true } });
    // Each run unlocked and locked: both show in the audit trail the next run checks.
    const entries = (JSON.parse(json.out) as { audit: { entries: number } }).audit.entries;
    expect(entries).toBeGreaterThanOrEqual(5);
  });

  it('fails with exit code 5 after a byte in the middle of the locked database is flipped', async () => {
    const { dir } = await createdVault();
    const database = join(dir, 'vault.db');
    const bytes = readFileSync(database);
    const middle = Math.floor(bytes.byteLength / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    writeFileSync(database, bytes);

    const run = await cre(['vault', 'verify', '--json', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.verificationFailed);
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, integrity: { ok: false } });
  });

  it('fails with exit code 5 when the damaged page is one unlocking has to read', async () => {
    const { dir } = await createdVault();
    const database = join(dir, 'vault.db');
    const bytes = readFileSync(database);
    const inLastPage = bytes.byteLength - 2048;
    bytes[inLastPage] = (bytes[inLastPage] ?? 0) ^ 0x01;
    writeFileSync(database, bytes);

    const run = await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.verificationFailed);
    expect(run.out).toContain('Database integrity: FAILED');
    expect(run.out).toContain('The vault FAILED verification.');
    expect(run.err).toBe('');
  });

  it('answers exit code 3 to a wrong passphrase, and changes nothing', async () => {
    const { dir } = await createdVault();
    const before = readFileSync(join(dir, 'vault.db'));
    const run = await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', secretFile('not the passphrase at all 7')]);

    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(run.out).toBe('');
    expect(run.err).toBe('cre: That passphrase does not open this vault.\n');
    expect(readFileSync(join(dir, 'vault.db')).equals(before)).toBe(true);
  });

  it('refuses at once while backing off after repeated failures (exit 4, with the seconds to wait)', async () => {
    const { dir } = await createdVault();
    const wrong = secretFile('not the passphrase at all 7');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', wrong])).code).toBe(EXIT_CODES.wrongSecret);
    }
    const fifth = await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', wrong]);
    expect(fifth.code).toBe(EXIT_CODES.wrongSecret);
    expect(fifth.err).toMatch(/Wait \d+ s before the next attempt\.\n$/);

    const run = await cre(['vault', 'verify', '--vault-dir', dir], { isTTY: true });
    expect(run.code).toBe(EXIT_CODES.rateLimited);
    expect(run.err).toMatch(/^cre: Too many failed attempts\. Try again in \d+ s\.\n$/);
    expect(run.io.prompts).toEqual([]);
  });
});
