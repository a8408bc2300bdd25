// Bundles written by writeBundle and read back by readBundle: records and attachments across chunk boundaries, several
// recipients, the writer's refusals (nothing left on disk), and what inspect shows without keys.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { isCreFailure } from '../../../../common/contract/errors.js';
import { inspectBundle } from '../../../../main/core/bundles/format/bundle-inspect.js';
import { writeBundle, type BundleFrame } from '../../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium, type Sodium } from '../../../../main/core/crypto/sodium.js';
import {
  FIXED_FILE_KEY_HEX,
  patternBytes,
  readOutcome,
  recipientKeys,
  sampleFrames,
  splitBundle,
  testManifest,
  testParties,
  type TestParty,
} from '../../../vectors/bundle-craft.js';

let sodium: Sodium;
let dir: string;
let parties: ReturnType<typeof testParties>;

beforeAll(async () => {
  sodium = await loadSodium();
  parties = testParties(sodium);
  dir = mkdtempSync(join(tmpdir(), 'cre-bundle-rt-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function bundlePath(): string {
  fileCount += 1;
  return join(dir, `b${fileCount}.crebundle`);
}

async function write(options: {
  recipients: TestParty[];
  frames?: Iterable<BundleFrame> | AsyncIterable<BundleFrame>;
  manifest?: BundleManifest;
  chunkSize?: number;
  deterministic?: boolean;
  path?: string;
}): Promise<{ path: string; bytes: number; manifest: BundleManifest }> {
  const sample = sampleFrames();
  const manifest = options.manifest ?? testManifest(sodium, { sender: parties.sender, recipients: options.recipients, contents: sample.contents });
  const path = options.path ?? bundlePath();
  const { bytes } = await writeBundle(sodium, {
    path,
    manifest,
    sender: { signingSecretKey: parties.sender.signing.privateKey },
    recipients: options.recipients.map((party) => party.encryption.publicKey),
    frames: options.frames ?? sample.frames,
    chunkSize: options.chunkSize ?? 1024,
    ...(options.deterministic ? { deterministic: { fileKey: sodium.from_hex(FIXED_FILE_KEY_HEX) } } : {}),
  });
  return { path, bytes, manifest };
}

describe('bundle round trip', () => {
  it('reads back the manifest, every row and every attachment piece, in order, across 1 KiB chunks', async () => {
    const { path, bytes, manifest } = await write({ recipients: [parties.recipient] });
    expect(readFileSync(path).byteLength).toBe(bytes);
    // Several chunks, and a 2,500-byte attachment frame that spans at least three of them.
    expect(bytes).toBeGreaterThan(4 * 1041);
    const seen = await readOutcome(sodium, path, recipientKeys(parties.recipient));
    expect(seen.outcome).toBe('success');
    expect(seen.manifest).toEqual(manifest);
    const sample = sampleFrames();
    expect(seen.records).toEqual(sample.frames.filter((f) => f.type === 'records').map((f) => ({ table: f.table, rows: f.rows })));
    expect(seen.attachments).toEqual(sample.frames.filter((f) => f.type === 'attachment').map((f) => ({ attachmentId: f.attachmentId, position: f.position, bytes: f.bytes })));
  });

  it('splits frame headers across chunk boundaries at every offset and still reads them', async () => {
    for (let size = 1000; size <= 1030; size += 1) {
      const frames: BundleFrame[] = [0, 1, 2].map((position) => ({ type: 'attachment', attachmentId: '0190d5a0-2222-7000-8000-0000000000aa', position, bytes: patternBytes(size, position) }));
      const contents = { records: {}, tombstones: 0, attachments: { count: 1, bytes: 3 * size } };
      const manifest = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents });
      const { path } = await write({ recipients: [parties.recipient], frames, manifest });
      const seen = await readOutcome(sodium, path, recipientKeys(parties.recipient));
      expect(seen.outcome).toBe('success');
      expect(seen.attachments.map((a) => a.bytes)).toEqual(frames.map((f) => (f.type === 'attachment' ? f.bytes : undefined)));
    }
  });

  it('takes frames from an async iterable and uses 64 KiB chunks by default', async () => {
    const sample = sampleFrames();
    async function* frames(): AsyncGenerator<BundleFrame> {
      for (const frame of sample.frames) yield frame;
    }
    const manifest = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents: sample.contents });
    const path = bundlePath();
    const progress: number[] = [];
    await writeBundle(sodium, {
      path,
      manifest,
      sender: { signingSecretKey: parties.sender.signing.privateKey },
      recipients: [parties.recipient.encryption.publicKey],
      frames: frames(),
      onProgress: (done) => progress.push(done),
    });
    expect((await inspectBundle(path)).chunkSize).toBe(65536);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const readProgress: number[] = [];
    const { readBundle } = await import('../../../../main/core/bundles/format/bundle-reader.js');
    const result = await readBundle(sodium, {
      path,
      me: recipientKeys(parties.recipient),
      admitSender: () => undefined,
      onRecords: () => undefined,
      onAttachmentChunk: () => undefined,
      onProgress: (done, total) => readProgress.push(done / total),
    });
    expect(result.manifest.bundleId).toBe(manifest.bundleId);
    expect(readProgress.at(-1)).toBe(1);
  });

  it('lets each of several recipients read it, and not the sender, who is not one of them', async () => {
    const recipients = [parties.recipient, parties.third, parties.fourth];
    const { path } = await write({ recipients });
    for (const party of recipients) expect((await readOutcome(sodium, path, recipientKeys(party))).outcome).toBe('success');
    const sender = await readOutcome(sodium, path, recipientKeys(parties.sender));
    expect(sender.outcome).toBe('not_for_you');
    expect(sender.records).toEqual([]);
  });

  it('shows an outsider the size, version, chunk size and number of recipients, nothing more', async () => {
    const { path, bytes } = await write({ recipients: [parties.recipient, parties.third] });
    expect(await inspectBundle(path)).toEqual({ bytes, version: 1, chunkSize: 1024, recipients: 2 });
  });

  it('keeps the stanzas in the given order only in deterministic mode, and shuffles them otherwise', async () => {
    const recipients = [parties.recipient, parties.third, parties.fourth];
    const firstOpener = (bytes: Uint8Array): string | undefined => {
      const stanza = splitBundle(bytes).stanzas[0] as Uint8Array;
      return recipients.find((party) => {
        try {
          sodium.crypto_box_seal_open(stanza, party.encryption.publicKey, party.encryption.privateKey);
          return true;
        } catch {
          return false;
        }
      })?.name;
    };
    const deterministic = await write({ recipients, deterministic: true });
    expect(firstOpener(readFileSync(deterministic.path))).toBe('recipient');
    const firsts = new Set<string | undefined>();
    for (let i = 0; i < 20; i += 1) firsts.add(firstOpener(readFileSync((await write({ recipients })).path)));
    expect(firsts.size).toBeGreaterThan(1);
  });
});

describe('the writer refuses what does not add up, and leaves no file', () => {
  const sample = sampleFrames();
  interface Refusal {
    name: string;
    alter: (m: BundleManifest) => BundleManifest;
    frames?: () => Iterable<BundleFrame>;
    chunkSize?: number;
  }
  const cases: Refusal[] = [
    { name: 'a table count differs', alter: (m) => ({ ...m, contents: { ...m.contents, records: { communities: 2, collaborations: 1 } } }) },
    { name: 'a table is missing from the manifest', alter: (m) => ({ ...m, contents: { ...m.contents, records: { communities: 3 } } }) },
    { name: 'the tombstones differ', alter: (m) => ({ ...m, contents: { ...m.contents, tombstones: 0 } }) },
    { name: 'the attachment count differs', alter: (m) => ({ ...m, contents: { ...m.contents, attachments: { count: 2, bytes: 3200 } } }) },
    { name: 'the attachment bytes differ', alter: (m) => ({ ...m, contents: { ...m.contents, attachments: { count: 1, bytes: 3199 } } }) },
    { name: 'the manifest is not valid', alter: (m) => ({ ...m, extra: true }) as unknown as BundleManifest },
    { name: 'the sender is not the signing key', alter: (m) => ({ ...m, sender: { ...m.sender, signingKey: m.recipients[0]?.signingKey ?? '' } }) },
    {
      name: 'a frame has more than 1,000 rows',
      alter: (m) => ({ ...m, contents: { records: { communities: 1001 }, tombstones: 0, attachments: { count: 0, bytes: 0 } } }),
      frames: () => [{ type: 'records', table: 'communities', rows: Array.from({ length: 1001 }, (_, i) => ({ id: i, deleted_at: null })) }],
    },
    {
      name: 'the frames throw',
      alter: (m) => m,
      frames: function* () {
        yield sample.frames[0] as BundleFrame;
        throw new Error('the database went away');
      },
    },
    { name: 'the chunk size is out of range', alter: (m) => m, chunkSize: 512 },
  ];
  for (const { name, alter, frames, chunkSize } of cases) {
    it(`when ${name}`, async () => {
      const sub = mkdtempSync(join(dir, 'refuse-'));
      const base = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents: sample.contents });
      const error = await write({
        recipients: [parties.recipient],
        manifest: alter(base),
        path: join(sub, 'out.crebundle'),
        ...(frames ? { frames: frames() } : {}),
        ...(chunkSize ? { chunkSize } : {}),
      }).catch((e: unknown) => e);
      expect(isCreFailure(error) && error.code).toBe('internal');
      expect(readdirSync(sub)).toEqual([]);
    });
  }

  it('when the recipients are not the manifest recipients', async () => {
    const sub = mkdtempSync(join(dir, 'refuse-'));
    const manifest = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents: sample.contents });
    const error = await writeBundle(sodium, {
      path: join(sub, 'out.crebundle'),
      manifest,
      sender: { signingSecretKey: parties.sender.signing.privateKey },
      recipients: [parties.third.encryption.publicKey],
      frames: sample.frames,
    }).catch((e: unknown) => e);
    expect(isCreFailure(error) && error.code).toBe('internal');
    expect(readdirSync(sub)).toEqual([]);
  });

  it('answers io, and leaves nothing, when the folder does not exist', async () => {
    const error = await write({ recipients: [parties.recipient], path: join(dir, 'missing', 'out.crebundle') }).catch((e: unknown) => e);
    expect(isCreFailure(error) && error.code).toBe('io');
  });
});
