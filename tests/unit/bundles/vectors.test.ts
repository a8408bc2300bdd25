// Runs every bundle test vector of tests/vectors/ (see its README.md): each file, read with the keys and the team
// directory its index entry names, gives exactly its expected outcome, and the success vectors their exact contents and
// sync part; a manifest made before schema 13 reads with the defaults of the fields schema 13 added.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSyncSchema, MAX_BUNDLE_RECIPIENTS, MAX_WITHDRAWALS_PER_BUNDLE } from '../../../common/bundles/manifest.schema.js';
import { inspectBundle } from '../../../main/core/bundles/format/bundle-inspect.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { decryptBundle, readOutcome } from '../../vectors/bundle-craft.js';
import { directoryAdmitter, sha256Hex, vectorIndexSchema } from '../../vectors/vector-index.js';

const VECTORS = resolve(import.meta.dirname, '..', '..', 'vectors');
const index = vectorIndexSchema.parse(JSON.parse(readFileSync(join(VECTORS, 'index.json'), 'utf8')));

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

describe('bundle test vectors', () => {
  it('lists every vector file in the folder, and only those', () => {
    const onDisk = readdirSync(VECTORS).filter((name) => name.endsWith('.bin')).sort();
    expect(index.vectors.map((v) => v.file).sort()).toEqual(onDisk);
  });

  it('covers every outcome of the reading table', () => {
    const outcomes = new Set(index.vectors.map((v) => v.outcome));
    for (const outcome of ['success', 'not_for_you', 'bad_header', 'unsupported_version', 'bad_payload', 'truncated', 'bad_signature', 'unknown_sender', 'unverified_sender', 'forwarded', 'replayed']) {
      expect(outcomes.has(outcome as never), outcome).toBe(true);
    }
  });

  for (const vector of index.vectors) {
    it(`${vector.file} gives ${vector.outcome}`, async () => {
      const keys = index.keys[vector.reader];
      const sender = index.keys['sender'];
      if (!keys || !sender) throw new Error(`the index has no keys for ${vector.reader} or sender`);
      const me = { encryptionPublicKey: sodium.from_hex(keys.encryptionPublicKey), encryptionSecretKey: sodium.from_hex(keys.encryptionSecretKey), signingPublicKey: sodium.from_hex(keys.signingPublicKey) };
      const senderSigningKey = sodium.to_base64(sodium.from_hex(sender.signingPublicKey), sodium.base64_variants.ORIGINAL);
      const seen = await readOutcome(sodium, join(VECTORS, vector.file), me, directoryAdmitter(vector.directory, senderSigningKey));
      if (seen.untyped) throw seen.untyped;
      expect(seen.outcome).toBe(vector.outcome);
      if (vector.outcome !== 'success') return;
      const expected = vector.expected;
      if (!expected) throw new Error('a success vector must say what it holds');
      expect(seen.manifest?.bundleId).toBe(expected.bundleId);
      expect(seen.manifest?.kind === 'sync' ? seen.manifest.sync : null).toEqual(expected.sync);
      expect(seen.records).toEqual(expected.records);
      expect(seen.attachments.map((a) => ({ attachmentId: a.attachmentId, position: a.position, length: a.bytes.byteLength, sha256: sha256Hex(a.bytes) }))).toEqual(expected.attachments);
    });
  }

  it('covers a manifest with acknowledgements, withdrawals and a collaboration, and one made before schema 13', () => {
    const syncs = index.vectors.flatMap((v) => (v.expected ? [v.expected.sync] : []));
    expect(syncs.some((sync) => sync.acknowledges.length > 0 && sync.withdrawals.length > 0 && sync.collaborationId !== null)).toBe(true);
    expect(index.vectors.some((v) => v.file === 'success.schema-12.bin' && v.outcome === 'success')).toBe(true);
  });

  it('reads a manifest made before schema 13 with no acknowledgement, no withdrawal and no collaboration', async () => {
    const keys = index.keys['recipient'];
    if (!keys) throw new Error('the index has no recipient');
    const me = { encryptionPublicKey: sodium.from_hex(keys.encryptionPublicKey), encryptionSecretKey: sodium.from_hex(keys.encryptionSecretKey), signingPublicKey: sodium.from_hex(keys.signingPublicKey) };
    // success.bin was written before schema 13 and kept as it was; success.schema-12.bin keeps the case when regenerated.
    for (const file of ['success.bin', 'success.schema-12.bin']) {
      const { plaintext } = decryptBundle(sodium, readFileSync(join(VECTORS, file)), me);
      const length = new DataView(plaintext.buffer, plaintext.byteOffset).getUint32(1);
      const written = JSON.parse(new TextDecoder().decode(plaintext.subarray(5, 5 + length))) as { sync: Record<string, unknown> };
      expect(Object.keys(written.sync).sort(), file).toEqual(['everything', 'knows']);
      const seen = await readOutcome(sodium, join(VECTORS, file), me);
      expect(seen.manifest?.kind === 'sync' ? seen.manifest.sync : null, file).toEqual({ ...written.sync, acknowledges: [], withdrawals: [], collaborationId: null });
    }
  });

  it("caps the manifest's withdrawals and acknowledgements, and takes a collaboration id only as a UUID", () => {
    const base = { knows: {}, everything: false };
    const withdrawal = (i: number) => ({ table: 'communities', id: `0190d5a0-5555-7000-8000-${i.toString().padStart(12, '0')}` });
    const acknowledgement = (i: number) => ({ vaultId: `0190d5a0-6666-7000-8000-${i.toString().padStart(12, '0')}`, sequence: i });
    expect(bundleSyncSchema.safeParse({ ...base, withdrawals: Array.from({ length: MAX_WITHDRAWALS_PER_BUNDLE }, (_, i) => withdrawal(i)) }).success).toBe(true);
    expect(bundleSyncSchema.safeParse({ ...base, withdrawals: Array.from({ length: MAX_WITHDRAWALS_PER_BUNDLE + 1 }, (_, i) => withdrawal(i)) }).success).toBe(false);
    expect(bundleSyncSchema.safeParse({ ...base, acknowledges: Array.from({ length: MAX_BUNDLE_RECIPIENTS + 1 }, (_, i) => acknowledgement(i)) }).success).toBe(false);
    expect(bundleSyncSchema.safeParse({ ...base, withdrawals: [{ table: 'Communities', id: withdrawal(1).id }] }).success).toBe(false);
    expect(bundleSyncSchema.safeParse({ ...base, acknowledges: [{ ...acknowledgement(1), sequence: -1 }] }).success).toBe(false);
    expect(bundleSyncSchema.safeParse({ ...base, collaborationId: 'collaboration 1' }).success).toBe(false);
    expect(bundleSyncSchema.safeParse({ ...base, withdrawals: [{ ...withdrawal(1), reason: 'narrowed' }] }).success).toBe(false);
  });

  it('shows the header of the success vector to an outsider', async () => {
    const outline = await inspectBundle(join(VECTORS, 'success.bin'));
    expect(outline).toMatchObject({ version: 1, chunkSize: 1024, recipients: 1 });
  });
});
