// Temp folders and cores over real vault files for tests; everything is removed after each test file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createCore, type Core } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform, type ManualPlatform } from '../../main/core/platform.node.js';

export const STRONG_PASSPHRASE = 'correct horse battery staple mangrove';
export const OTHER_STRONG_PASSPHRASE = 'quiet rivers carry stubborn pebbles';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function makeTempDir(prefix = 'cre-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface TestCore {
  core: Core;
  platform: ManualPlatform;
  vaultDir: string;
}

export async function openTestCore(vaultDir: string = join(makeTempDir(), 'vault'), platform = createManualPlatform()): Promise<TestCore> {
  const core = await createCore({ vaultDir, platform, kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  return { core, platform, vaultDir };
}

export async function createTestVault(passphrase = STRONG_PASSPHRASE, kind: { reviewer?: boolean } = {}): Promise<TestCore & { recoveryKey: string }> {
  const opened = await openTestCore();
  const { recoveryKey } = opened.core.vault.create(passphrase, kind);
  return { ...opened, recoveryKey };
}

/** SHA-256 of every file in the folder, by name: to prove that nothing on disk changed. */
export function hashFolder(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (skip.includes(name)) continue;
    out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  return out;
}
