// What a kill, a lost file or a tampered key file leaves in a vault folder is named precisely and repaired where it is safe.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF_PARAMS } from '../../../main/core/crypto/kdf.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { readKeyFile, wrapWithPassphrase, writeKeyFile } from '../../../main/core/vault/key-file.js';
import { STAGING_PREFIX, vaultFiles } from '../../../main/core/vault/vault-files.js';
import { createTestVault, OTHER_STRONG_PASSPHRASE, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { readDataKey } from '../../helpers/data-key.js';

const failureOf = (work: () => unknown) => {
  try {
    work();
    return undefined;
  } catch (error) {
    const { code, details } = error as { code?: string; details?: unknown };
    return { code, details };
  }
};

const longAgo = (path: string) => utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

describe('a vault folder missing one of its files', () => {
  it('names a deleted vault.db as missing, not as "no vault here"', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    rmSync(join(vaultDir, 'vault.db'));
    const again = await openTestCore(vaultDir);
    expect(again.core.vault.status().state).toBe('locked');
    expect(failureOf(() => again.core.vault.unlock(STRONG_PASSPHRASE))).toEqual({ code: 'vault_file_missing', details: { file: 'vault.db' } });
    expect(again.core.vault.status().backoff.failures).toBe(0);
  });

  it('names a deleted key file as missing, and refuses to create over the database left', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    rmSync(join(vaultDir, 'vault.keys.json'));
    const again = await openTestCore(vaultDir);
    expect(again.core.vault.status().state).toBe('locked');
    expect(failureOf(() => again.core.vault.unlock(STRONG_PASSPHRASE))).toEqual({ code: 'vault_file_missing', details: { file: 'vault.keys.json' } });
    expect(failureOf(() => again.core.vault.create(STRONG_PASSPHRASE))?.code).toBe('vault_exists');
    expect(existsSync(join(vaultDir, 'vault.db'))).toBe(true);
  });
});

describe('leftovers of a kill', () => {
  it('removes stray temp files of the key file at the next open, but not a fresh one another process may be writing', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const stray = join(vaultDir, 'vault.keys.json.tmp-0123456789ab');
    const fresh = join(vaultDir, 'preferences.json.tmp-ba9876543210');
    writeFileSync(stray, '{"half": ');
    writeFileSync(fresh, '{"half": ');
    longAgo(stray);
    await openTestCore(vaultDir);
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('finishes a create killed between moving the database and the key file into place', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    const staging = join(vaultDir, `${STAGING_PREFIX}abc123`);
    mkdirSync(staging, { mode: 0o700 });
    renameSync(join(vaultDir, 'vault.keys.json'), join(staging, 'vault.keys.json'));
    longAgo(staging);
    const again = await openTestCore(vaultDir);
    again.core.vault.unlock(STRONG_PASSPHRASE);
    expect(readdirSync(vaultDir).filter((name) => name.startsWith(STAGING_PREFIX))).toEqual([]);
  });

  it('removes the staging folder of a create killed before its files moved', async () => {
    const { vaultDir } = await openTestCore();
    const staging = join(vaultDir, `${STAGING_PREFIX}def456`);
    mkdirSync(staging, { recursive: true, mode: 0o700 });
    writeFileSync(join(staging, 'vault.db'), 'encrypted pages');
    longAgo(staging);
    const again = await openTestCore(vaultDir);
    expect(existsSync(staging)).toBe(false);
    expect(again.core.vault.status().state).toBe('none');
  });

  it('records a passphrase change whose audit entry a kill lost, at the next unlock, once', async () => {
    const { core, vaultDir } = await createTestVault();
    core.vault.lock('user');
    // What a kill right after the key file's rename leaves: the new wrap on disk, no audit entry in the vault.
    const sodium = await loadSodium();
    const files = vaultFiles(vaultDir);
    const keyFile = readKeyFile(files.keyFile);
    const again = await openTestCore(vaultDir);
    const dataKey = await readDataKey(vaultDir, STRONG_PASSPHRASE);
    writeKeyFile(files.keyFile, { ...keyFile, passphrase: wrapWithPassphrase(sodium, keyFile.vaultId, dataKey, OTHER_STRONG_PASSPHRASE, FLOOR_KDF_PARAMS) });
    dataKey.fill(0);

    again.core.vault.unlock(OTHER_STRONG_PASSPHRASE);
    const changes = () => again.core.vault.auditTrail(100).filter((entry) => entry.kind === 'passphrase_changed');
    expect(changes().map((entry) => entry.detail)).toEqual([{ noticedAtUnlock: true }]);
    again.core.vault.lock('user');
    again.core.vault.unlock(OTHER_STRONG_PASSPHRASE);
    again.core.vault.changePassphrase(OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE);
    again.core.vault.lock('user');
    again.core.vault.unlock(STRONG_PASSPHRASE);
    expect(changes().map((entry) => entry.detail)).toEqual([{}, { noticedAtUnlock: true }]);
  });
});

describe('a key file asking for absurd key-derivation work', () => {
  for (const opslimit of [300, 2 ** 31 - 1, 2 ** 32 - 1]) {
    it(`refuses ${opslimit} passes at once, typed, and counts no failed attempt`, async () => {
      const { core, vaultDir } = await createTestVault();
      core.vault.lock('user');
      const files = vaultFiles(vaultDir);
      const keyFile = readKeyFile(files.keyFile);
      writeFileSync(files.keyFile, JSON.stringify({ ...keyFile, passphrase: { ...keyFile.passphrase, kdf: { ...keyFile.passphrase.kdf, opslimit } } }));
      const again = await openTestCore(vaultDir);
      const started = performance.now();
      expect(failureOf(() => again.core.vault.unlock(STRONG_PASSPHRASE))?.code).toBe('kdf_too_costly');
      // Refused before deriving: 300 passes took 21–78 s when they were derived.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(again.core.vault.status().backoff.failures).toBe(0);
    });
  }
});
