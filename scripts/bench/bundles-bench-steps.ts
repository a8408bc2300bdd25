// The steps of the bundle benchmark: building the two vaults, and each measured step run alone in its own process
// (`node --import tsx bundles-bench-steps.ts <step> <dir> [json]`), which prints one JSON line with its figures.
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BundleManifest } from '../../common/bundles/manifest.schema.js';
import { openVaultDatabase } from '../../db/connection.js';
import { readBundle } from '../../main/core/bundles/format/bundle-reader.js';
import { writeBundle, type BundleFrame } from '../../main/core/bundles/format/bundle-writer.js';
import { createCore, type Core } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { createManualPlatform } from '../../main/core/platform.node.js';

export const PASSPHRASE = 'correct horse battery staple mangrove';
export const FACILITATOR = 'Asia facilitator';
const PIECE_BYTES = 1024 * 1024;
const TOKEN = '0190d5a0-0000-7000-8000-0000000000bb';
const ASIAN_COUNTRIES = ['ID', 'PH', 'TH', 'VN', 'KH', 'MY', 'NP', 'BD'];

export const paths = (dir: string) => ({
  coordinator: join(dir, 'coordinator'),
  facilitator: join(dir, 'facilitator'),
  bundle: join(dir, 'sync.crebundle'),
  formatBundle: join(dir, 'format-only.crebundle'),
  formatKeys: join(dir, 'format-only-keys.json'),
});

/** What every measured step prints: its duration, the bytes it moved, and the process's memory. */
export interface StepFigures {
  ms: number;
  bytes: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
  contents?: BundleManifest['contents'];
  applied?: Record<string, number>;
}

/** The process's peak resident memory: VmHWM on Linux, else maxRSS. */
function peakRss(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Number(hwm[1]) * 1024;
  } catch {
    // Not Linux: fall back on the resource usage.
  }
  return process.resourceUsage().maxRSS * 1024;
}

const openCore = (vaultDir: string) => createCore({ vaultDir, platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });

/** A file of `bytes` random bytes, written a piece at a time: never whole in memory. */
function generateFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    for (let written = 0; written < bytes; written += PIECE_BYTES) writeSync(fd, randomBytes(Math.min(PIECE_BYTES, bytes - written)));
  } finally {
    closeSync(fd);
  }
}

async function exchangeCards(a: Core, b: Core): Promise<void> {
  const { member } = a.team.importCardText((await b.team.myCard()).text);
  a.team.setVerified(member.id, true);
}

/**
 * The coordinator's vault with `records` communities and collaborators of Asian countries, shared regionally or with the
 * network, and `attachmentBytes` in `files` attachments on network resources; the facilitator's vault, empty. Cards are
 * exchanged and verified both ways.
 */
export async function buildVaults(dir: string, records: number, attachmentBytes: number, files: number): Promise<void> {
  const coordinator = await openCore(paths(dir).coordinator);
  const facilitator = await openCore(paths(dir).facilitator);
  try {
    coordinator.vault.create(PASSPHRASE);
    facilitator.vault.create(PASSPHRASE);
    coordinator.team.updateMe({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    facilitator.team.updateMe({ displayName: FACILITATOR, role: 'facilitator', region: 'asia' });
    await exchangeCards(coordinator, facilitator);
    await exchangeCards(facilitator, coordinator);
    for (let i = 0; i < records; i += 1) {
      const country = ASIAN_COUNTRIES[i % ASIAN_COUNTRIES.length] ?? 'ID';
      const sharing = i % 2 === 0 ? 'regional' : 'network';
      const notes = `Benchmark record ${i}: fictional, generated for the bundle benchmark.`;
      if (i % 5 < 3) {
        coordinator.communities.create({
          name: `Benchmark community ${i}`, country, area: `District ${i % 97}`, coordinates: null, languages: ['en'], contacts: [], sharing, notes,
        });
      } else {
        coordinator.roster.create({
          name: `Benchmark collaborator ${i}`, kind: 'cso', countries: [country], levels: ['national'], strategyAreas: ['advocacy'],
          expertise: ['benchmarks'], languages: ['en'], contacts: [], vetting: { status: 'vetted' }, availability: { status: 'available' }, sharing, notes,
        });
      }
    }
    const input = join(dir, 'attachment-input.bin');
    const sizes = Array.from({ length: files }, (_, i) => Math.floor(attachmentBytes / files) + (i < attachmentBytes % files ? 1 : 0));
    let generated = -1;
    for (const [i, size] of sizes.entries()) {
      // Files of one size share their input; each attach still stores its own copy in the vault.
      if (size !== generated) generateFile(input, size);
      generated = size;
      const { id } = coordinator.resources.create({ title: `Benchmark file ${i}`, type: 'other', strategyAreas: [], languages: [], sharing: 'network' });
      coordinator.resources.attachFile(id, input, TOKEN);
    }
  } finally {
    coordinator.dispose();
    facilitator.dispose();
  }
}

async function measure(run: () => Promise<Omit<StepFigures, 'ms' | 'rssBeforeBytes' | 'peakRssBytes'>>): Promise<StepFigures> {
  const rssBeforeBytes = process.memoryUsage().rss;
  const start = performance.now();
  const result = await run();
  return { ...result, ms: performance.now() - start, rssBeforeBytes, peakRssBytes: peakRss() };
}

/** Vault → bundle file, as the app and `cre bundle export` do it. */
async function exportStep(dir: string): Promise<StepFigures> {
  const core = await openCore(paths(dir).coordinator);
  try {
    core.vault.unlock(PASSPHRASE);
    const member = core.team.list().find((m) => m.displayName === FACILITATOR);
    if (!member) throw new Error('The coordinator does not know the facilitator.');
    return await measure(async () => {
      const result = await core.bundles.exportTo(paths(dir).bundle, { recipientIds: [member.id], everything: false }, randomUUID());
      return { bytes: result.bytes, ...(result.contents ? { contents: result.contents } : {}) };
    });
  } finally {
    core.dispose();
  }
}

/** Bundle file → vault, every check of the format, one transaction. */
async function importStep(dir: string): Promise<StepFigures> {
  const core = await openCore(paths(dir).facilitator);
  try {
    core.vault.unlock(PASSPHRASE);
    return await measure(async () => {
      const report = await core.bundles.importFrom(paths(dir).bundle, randomUUID());
      return { bytes: report.bytes, contents: report.contents, applied: report.applied };
    });
  } finally {
    core.dispose();
  }
}

/** In-memory frames shaped like the export's: rows padded to `rowBytes` of JSON, 1 MiB attachment pieces of one buffer. */
function* syntheticFrames(contents: BundleManifest['contents'], rowBytes: number, attachmentIds: readonly string[]): Generator<BundleFrame> {
  const pad = 'x'.repeat(Math.max(0, rowBytes - 60));
  for (const [table, count] of Object.entries(contents.records)) {
    for (let first = 0; first < count; first += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - first) }, (_, i) => ({ id: first + i, pad }));
      yield { type: 'records', table, rows };
    }
  }
  const piece = randomBytes(PIECE_BYTES);
  const per = Math.floor(contents.attachments.bytes / attachmentIds.length);
  for (const [index, attachmentId] of attachmentIds.entries()) {
    const size = index === attachmentIds.length - 1 ? contents.attachments.bytes - per * index : per;
    for (let position = 0, done = 0; done < size; position += 1, done += PIECE_BYTES) {
      yield { type: 'attachment', attachmentId, position, bytes: piece.subarray(0, Math.min(PIECE_BYTES, size - done)) };
    }
  }
}

/** The format alone: writeBundle from in-memory frames of the export's sizes; no SQLCipher on either side. */
async function formatWriteStep(dir: string, shape: { contents: BundleManifest['contents']; rowBytes: number }): Promise<StepFigures> {
  const sodium = await loadSodium();
  const sender = sodium.crypto_sign_keypair();
  const senderBox = sodium.crypto_box_keypair();
  const recipient = { box: sodium.crypto_box_keypair(), sign: sodium.crypto_sign_keypair() };
  const text = (key: Uint8Array) => sodium.to_base64(key, sodium.base64_variants.ORIGINAL);
  // Throwaway keys of a benchmark, kept in its temp folder for the read step.
  writeFileSync(paths(dir).formatKeys, JSON.stringify({ box: [text(recipient.box.publicKey), text(recipient.box.privateKey)], sign: text(recipient.sign.publicKey) }));
  const { records, tombstones: _tombstones, attachments } = shape.contents;
  const contents = { records, tombstones: 0, attachments };
  const attachmentIds = Array.from({ length: attachments.count }, () => randomUUID());
  const manifest: BundleManifest = {
    format: 'cre-bundle', version: 1, bundleId: randomUUID(), kind: 'sync', createdAt: new Date().toISOString(), sequence: 1,
    sender: { vaultId: randomUUID(), signingKey: text(sender.publicKey), encryptionKey: text(senderBox.publicKey) },
    recipients: [{ signingKey: text(recipient.sign.publicKey), encryptionKey: text(recipient.box.publicKey) }],
    contents, sync: { knows: {}, everything: false, acknowledges: [], withdrawals: [], collaborationId: null },
  };
  return measure(async () => {
    const written = await writeBundle(sodium, {
      path: paths(dir).formatBundle, manifest, sender: { signingSecretKey: sender.privateKey }, recipients: [recipient.box.publicKey],
      frames: syntheticFrames(contents, shape.rowBytes, attachmentIds),
    });
    return { bytes: written.bytes };
  });
}

/** The format alone: readBundle with every check, frames discarded. */
async function formatReadStep(dir: string): Promise<StepFigures> {
  const sodium = await loadSodium();
  const keys = JSON.parse(readFileSync(paths(dir).formatKeys, 'utf8')) as { box: [string, string]; sign: string };
  const bytes = (key: string) => sodium.from_base64(key, sodium.base64_variants.ORIGINAL);
  const me = { encryptionPublicKey: bytes(keys.box[0]), encryptionSecretKey: bytes(keys.box[1]), signingPublicKey: bytes(keys.sign) };
  return measure(async () => {
    const read = await readBundle(sodium, { path: paths(dir).formatBundle, me, admitSender: () => undefined, onRecords: () => undefined, onAttachmentChunk: () => undefined });
    return { bytes: read.bytes };
  });
}

/**
 * What the vault's storage allows at best: 1 MiB blobs written in one transaction and read back, in a SQLCipher 4
 * database opened as the vault opens it, and in a plain SQLite file with the same journal, for the cipher's share.
 */
async function storageCeilingStep(dir: string, encrypted: boolean): Promise<StepFigures & { readMs: number }> {
  const file = join(dir, encrypted ? 'ceiling-sqlcipher.db' : 'ceiling-plain.db');
  const db = encrypted ? openVaultDatabase(file, randomBytes(32), { create: true }) : new Database(file);
  if (!encrypted) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  const blob = randomBytes(1024 * 1024);
  const count = 256;
  db.exec('CREATE TABLE blobs (position INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO blobs (position, data) VALUES (?, ?)');
  const written = await measure(async () => {
    db.transaction(() => {
      for (let position = 0; position < count; position += 1) insert.run(position, blob);
    })();
    return { bytes: count * blob.byteLength };
  });
  const start = performance.now();
  let read = 0;
  for (const row of db.prepare('SELECT data FROM blobs ORDER BY position').iterate() as Iterable<{ data: Buffer }>) read += row.data.byteLength;
  const readMs = performance.now() - start;
  db.close();
  if (read !== written.bytes) throw new Error('the ceiling read back a different size');
  return { ...written, readMs };
}

async function runStep(step: string | undefined, dir: string | undefined, json: string | undefined): Promise<StepFigures> {
  if (!dir) throw new Error('usage: bundles-bench-steps.ts <step> <dir> [json]');
  switch (step) {
    case 'export':
      return exportStep(dir);
    case 'import':
      return importStep(dir);
    case 'format-write':
      return formatWriteStep(dir, JSON.parse(json ?? '{}') as { contents: BundleManifest['contents']; rowBytes: number });
    case 'format-read':
      return formatReadStep(dir);
    case 'ceiling-sqlcipher':
      return storageCeilingStep(dir, true);
    case 'ceiling-plain':
      return storageCeilingStep(dir, false);
    default:
      throw new Error(`unknown step ${step ?? ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [step, dir, json] = process.argv.slice(2);
  console.log(JSON.stringify(await runStep(step, dir, json)));
}
