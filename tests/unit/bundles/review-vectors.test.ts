// Runs every review packet and return vector of tests/vectors/review/ (see tests/vectors/README.md): each file, read with
// the keys, the expected kind and the directory its index entry names, gives exactly its outcome, and the success vectors
// decode to exactly their labelled rows and files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCreFailure } from '../../../common/contract/errors.js';
import { inspectBundle } from '../../../main/core/bundles/format/bundle-inspect.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { readReviewBundle } from '../../../main/core/review/review-bundle.js';
import { reviewAdmitter, reviewVectorIndexSchema } from '../../vectors/review-vector-index.js';
import { sha256Hex } from '../../vectors/vector-index.js';

const VECTORS = resolve(import.meta.dirname, '..', '..', 'vectors', 'review');
const index = reviewVectorIndexSchema.parse(JSON.parse(readFileSync(join(VECTORS, 'index.json'), 'utf8')));

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

describe('review packet and return test vectors', () => {
  it('lists every vector file in the folder, and only those', () => {
    const onDisk = readdirSync(VECTORS).filter((name) => name.endsWith('.bin')).sort();
    expect(index.vectors.map((v) => v.file).sort()).toEqual(onDisk);
  });

  it('has a packet and a return that open, and the refusals particular to them', () => {
    const outcomes = index.vectors.map((v) => `${v.expect}:${v.outcome}`);
    for (const outcome of ['review_packet:success', 'review_return:success', 'review_packet:wrong_kind', 'review_return:wrong_kind', 'review_packet:bad_payload', 'review_packet:too_large']) {
      expect(outcomes, outcome).toContain(outcome);
    }
  });

  for (const vector of index.vectors) {
    it(`${vector.file} gives ${vector.outcome}`, async () => {
      const keys = index.keys[vector.reader];
      const author = index.keys[vector.from];
      if (!keys || !author) throw new Error(`the index has no keys for ${vector.reader} or ${vector.from}`);
      const me = { encryptionPublicKey: sodium.from_hex(keys.encryptionPublicKey), encryptionSecretKey: sodium.from_hex(keys.encryptionSecretKey), signingPublicKey: sodium.from_hex(keys.signingPublicKey) };
      const authorKey = sodium.to_base64(sodium.from_hex(author.signingPublicKey), sodium.base64_variants.ORIGINAL);
      let outcome = 'success';
      let read: Awaited<ReturnType<typeof readReviewBundle>> | undefined;
      try {
        read = await readReviewBundle(sodium, vector.expect, { path: join(VECTORS, vector.file), me, admit: reviewAdmitter(vector.directory, authorKey) });
      } catch (error) {
        if (!isCreFailure(error)) throw error;
        outcome = error.code;
      }
      expect(outcome).toBe(vector.outcome);
      if (vector.outcome !== 'success') return;
      const expected = vector.expected;
      if (!expected || !read) throw new Error('a success vector must say what it holds');
      expect(read.manifest.bundleId).toBe(expected.bundleId);
      if (read.manifest.kind === 'review_packet') expect(read.manifest.packet).toEqual(expected.packet);
      else expect(read.manifest.review).toEqual(expected.review);
      expect(read.tables).toEqual(expected.tables);
      expect([...read.files].map(([id, bytes]) => ({ id, length: bytes.byteLength, sha256: sha256Hex(bytes) }))).toEqual(expected.files);
    });
  }

  it('keeps community names out of the blind packet, and shows an outsider only the header', async () => {
    const blind = index.vectors.find((v) => v.file === 'review_packet.blind.bin');
    for (const row of blind?.expected?.tables['packet_applications'] ?? []) expect(row).toMatchObject({ communityName: null, country: null });
    const outline = await inspectBundle(join(VECTORS, 'review_packet.success.bin'));
    expect(outline).toMatchObject({ version: 1, chunkSize: 1024, recipients: 1 });
  });
});
