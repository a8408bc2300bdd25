// Runs every bundle test vector of tests/vectors/ (see its README.md): each file, read with the keys and the team
// directory its index entry names, gives exactly its expected outcome, and the success vectors their exact contents.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectBundle } from '../../../main/core/bundles/format/bundle-inspect.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { readOutcome } from '../../vectors/bundle-craft.js';
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
      expect(seen.records).toEqual(expected.records);
      expect(seen.attachments.map((a) => ({ attachmentId: a.attachmentId, position: a.position, length: a.bytes.byteLength, sha256: sha256Hex(a.bytes) }))).toEqual(expected.attachments);
    });
  }

  it('shows the header of the success vector to an outsider', async () => {
    const outline = await inspectBundle(join(VECTORS, 'success.bin'));
    expect(outline).toMatchObject({ version: 1, chunkSize: 1024, recipients: 1 });
  });
});
