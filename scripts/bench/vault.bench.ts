// `npm run bench`: key-derivation time, unlock time beyond key derivation (goal ≤ 50 ms), and lock time, on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAuditEvent } from '../../db/audit.repo.js';
import { closeVaultDatabase, openVaultDatabase } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import { getVaultMeta } from '../../db/settings.repo.js';
import { createCore } from '../../main/core/create-core.js';
import { calibrateKdf, deriveKey, KDF_SALT_BYTES } from '../../main/core/crypto/kdf.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { createManualPlatform } from '../../main/core/platform.node.js';
import { readKeyFile, unwrapWithPassphrase } from '../../main/core/vault/key-file.js';
import { vaultFiles } from '../../main/core/vault/vault-files.js';

const RUNS = Number(process.env['CRE_BENCH_RUNS'] ?? 7);
const PASSPHRASE = 'benchmark passphrase of reasonable length';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const sodium = await loadSodium();
let params = calibrateKdf(sodium);
const calibrationMs = time(() => {
  params = calibrateKdf(sodium);
});
const salt = sodium.randombytes_buf(KDF_SALT_BYTES);
const kdfTimes = Array.from({ length: RUNS }, () => time(() => sodium.memzero(deriveKey(PASSPHRASE, salt, params))));

const dir = mkdtempSync(join(tmpdir(), 'cre-bench-'));
try {
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(), kdf: { mode: 'fixed', params } });
  core.vault.create(PASSPHRASE);
  core.vault.lock('user');
  const unlockTimes: number[] = [];
  const beyondKdf: number[] = [];
  const lockTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    // Interleaved, so machine noise hits the derivation and the unlock alike.
    const kdfMs = time(() => sodium.memzero(deriveKey(PASSPHRASE, salt, params)));
    const unlockMs = time(() => core.vault.unlock(PASSPHRASE));
    unlockTimes.push(unlockMs);
    beyondKdf.push(unlockMs - kdfMs);
    lockTimes.push(time(() => core.vault.lock('user')));
  }
  // The same steps unlock takes once it holds the data key, timed alone: no subtraction, so no KDF noise in the figure.
  const files = vaultFiles(join(dir, 'vault'));
  const dataKey = unwrapWithPassphrase(sodium, readKeyFile(files.keyFile), PASSPHRASE);
  if (!dataKey) throw new Error('benchmark vault did not open');
  const afterKdf = Array.from({ length: RUNS }, () => {
    let opened: ReturnType<typeof openVaultDatabase> | undefined;
    const ms = time(() => {
      opened = openVaultDatabase(files.database, dataKey);
      migrate(opened);
      getVaultMeta(opened, 'vault_id');
      appendAuditEvent(opened, 'vault_unlocked', new Date().toISOString());
    });
    if (opened) closeVaultDatabase(opened);
    return ms;
  });
  sodium.memzero(dataKey);
  console.log(`Argon2id parameters chosen by calibration: ${params.memlimitBytes / 1024 / 1024} MiB, ${params.opslimit} passes`);
  console.log(`calibration (one run):             ${fmt(calibrationMs)}`);
  console.log(`key derivation (median of ${RUNS}):     ${fmt(median(kdfTimes))}   (target about 1000 ms)`);
  console.log(`unlock, total (median):            ${fmt(median(unlockTimes))}`);
  console.log(`unlock after key derivation, timed alone (median): ${fmt(median(afterKdf))}   (goal ≤ 50 ms)`);
  console.log(`unlock minus key derivation (paired runs, noisier): ${fmt(median(beyondKdf))}`);
  console.log(`lock (median):                     ${fmt(median(lockTimes))}`);
  core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
