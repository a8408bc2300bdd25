// A full disk or a read-only vault folder is named as such, never as damage, and loses nothing (on a real small tmpfs).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../../main/core/platform.node.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from '../../helpers/small-disk.js';
import { STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

let disk: SmallDisk | null = null;
afterEach(() => {
  disk?.unmount();
  disk = null;
});

type TestCore = Awaited<ReturnType<typeof createCore>>;

async function rosterTotal(core: TestCore): Promise<number> {
  const result = await core.handlers.roster.search({ query: { text: '', filters: {}, sort: 'name' }, offset: 0, limit: 10 });
  return result.total;
}

async function coreIn(vaultDir: string) {
  return createCore({ vaultDir, platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
}

/** A vault on a 16 MiB disk with `count` collaborators, locked. */
async function vaultOnSmallDisk(count: number): Promise<{ disk: SmallDisk; vaultDir: string }> {
  disk = mountSmallDisk(16);
  const vaultDir = join(disk.dir, 'vault');
  const core = await coreIn(vaultDir);
  core.vault.create(STRONG_PASSPHRASE);
  for (let i = 0; i < count; i += 1) core.roster.create({ ...ANA, name: `Collaborator ${i}` });
  core.vault.lock('user');
  return { disk, vaultDir };
}

const failureCode = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe.skipIf(smallDiskUnavailable !== null)(`storage failures on a real small disk (${smallDiskUnavailable ?? 'tmpfs'})`, () => {
  it('a full disk at unlock says disk_full, counts no failed attempt, and the vault opens once space is free', async () => {
    const { disk: small, vaultDir } = await vaultOnSmallDisk(20);
    small.fill();
    const core = await coreIn(vaultDir);
    expect(failureCode(() => core.vault.unlock(STRONG_PASSPHRASE))).toBe('disk_full');
    expect(core.vault.status().backoff.failures).toBe(0);
    small.free();
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(await rosterTotal(core)).toBe(20);
    expect(core.vault.verify().integrity.ok).toBe(true);
  });

  it('a disk that fills while the vault is open: verify and lock say disk_full, the key is dropped, nothing committed is lost', async () => {
    const { disk: small, vaultDir } = await vaultOnSmallDisk(0);
    const core = await coreIn(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    for (let i = 0; i < 300; i += 1) core.roster.create({ ...ANA, name: `Collaborator ${i}`, notes: 'n'.repeat(1500) });
    let lockedEvents = 0;
    core.vault.onLocked(() => (lockedEvents += 1));
    small.fill();
    expect(failureCode(() => core.vault.verify())).toBe('disk_full');
    expect(failureCode(() => core.vault.lock('user'))).toBe('disk_full');
    expect(core.vault.isUnlocked()).toBe(false);
    expect(lockedEvents).toBe(1);

    small.free();
    const again = await coreIn(vaultDir);
    again.vault.unlock(STRONG_PASSPHRASE);
    expect(await rosterTotal(again)).toBe(300);
    expect(again.vault.verify()).toMatchObject({ integrity: { ok: true }, audit: { ok: true } });
  });

  it('a read-only vault folder says read_only, not damaged', async () => {
    const { disk: small, vaultDir } = await vaultOnSmallDisk(5);
    small.readOnly();
    const core = await coreIn(vaultDir);
    expect(core.vault.status().state).toBe('locked');
    expect(failureCode(() => core.vault.unlock(STRONG_PASSPHRASE))).toBe('read_only');
    small.writable();
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.verify().integrity.ok).toBe(true);
  });

  it('a create on a full disk leaves nothing behind, so the retry after freeing space succeeds', async () => {
    disk = mountSmallDisk(16);
    const vaultDir = join(disk.dir, 'vault');
    disk.fill();
    const core = await coreIn(vaultDir);
    expect(failureCode(() => core.vault.create(STRONG_PASSPHRASE))).toBe('disk_full');
    expect(existsSync(join(vaultDir, 'vault.db'))).toBe(false);
    expect(readdirSync(vaultDir)).toEqual([]);
    expect(core.vault.status().state).toBe('none');
    expect(failureCode(() => core.vault.create(STRONG_PASSPHRASE))).toBe('disk_full');
    disk.free();
    core.vault.create(STRONG_PASSPHRASE);
    expect(core.vault.isUnlocked()).toBe(true);
    core.vault.lock('user');
    expect(readdirSync(vaultDir).sort()).toEqual(['vault.db', 'vault.keys.json']);
  });

  it('a create in a read-only folder says read_only', async () => {
    disk = mountSmallDisk(4);
    disk.readOnly();
    const core = await coreIn(join(disk.dir, 'vault'));
    expect(failureCode(() => core.vault.create(STRONG_PASSPHRASE))).toBe('read_only');
  });
});
