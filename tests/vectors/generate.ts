// Writes the bundle test vectors and index.json into this folder (run: npx tsx tests/vectors/generate.ts). libsodium's
// sealed boxes and stream headers are random, so the files differ on every run: they are generated once and committed.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleManifest } from '../../common/bundles/manifest.schema.js';
import { writeBundle } from '../../main/core/bundles/format/bundle-writer.js';
import { encodeFrame, FRAME_TYPE } from '../../main/core/bundles/format/frames.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import {
  chunkRanges,
  craftBundle,
  decryptBundle,
  FIXED_FILE_KEY_HEX,
  frameBytes,
  manifestFrame,
  recipientKeys,
  sampleFrames,
  signedPlaintext,
  testManifest,
  testParties,
  type TestParty,
} from './bundle-craft.js';
import { sha256Hex, vectorIndexSchema, type Vector, type VectorDirectory, type VectorIndex } from './vector-index.js';

const HERE = import.meta.dirname;
const CHUNK_SIZE = 1024;
const sodium = await loadSodium();
const parties = testParties(sodium);
const fileKey = sodium.from_hex(FIXED_FILE_KEY_HEX);
const sample = sampleFrames();
const admitAll: VectorDirectory = { senderKnown: true, senderVerified: true, alreadyImported: [], lastSequence: 0 };

let idCounter = 0;
function nextBundleId(): string {
  idCounter += 1;
  return `0190d5a0-1111-7000-8000-${idCounter.toString().padStart(12, '0')}`;
}

function manifestFor(recipients: TestParty[], overrides: Partial<BundleManifest> = {}): BundleManifest {
  return { ...testManifest(sodium, { sender: parties.sender, recipients, contents: sample.contents, bundleId: nextBundleId() }), ...overrides };
}

/** A valid bundle from the real writer, deterministic but for the stanzas' sealed boxes and the stream header. */
async function written(manifest: BundleManifest, recipients: TestParty[]): Promise<Uint8Array> {
  const path = join(HERE, 'generating.tmp');
  await writeBundle(sodium, {
    path,
    manifest,
    sender: { signingSecretKey: parties.sender.signing.privateKey },
    recipients: recipients.map((party) => party.encryption.publicKey),
    frames: sample.frames,
    chunkSize: CHUNK_SIZE,
    deterministic: { fileKey },
  });
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}

/** A bundle built by hand for the recipient: a plaintext the writer would refuse to make. */
function crafted(frames: Uint8Array[], options: { signer?: Uint8Array; alterSignature?: (s: Uint8Array) => Uint8Array; trailing?: Uint8Array; version?: number; allMessageTags?: boolean } = {}): Uint8Array {
  return craftBundle(sodium, {
    recipients: [parties.recipient.encryption.publicKey],
    fileKey,
    chunkSize: CHUNK_SIZE,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.allMessageTags ? { tag: () => sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE } : {}),
    plaintext: (header) =>
      signedPlaintext(sodium, header, frames, options.signer ?? parties.sender.signing.privateKey, {
        ...(options.alterSignature ? { alterSignature: options.alterSignature } : {}),
        ...(options.trailing ? { trailing: options.trailing } : {}),
      }),
  });
}

function sampleFrameBytes(manifest: unknown): Uint8Array[] {
  return [manifestFrame(manifest), ...sample.frames.map(frameBytes)];
}

function expectedOf(manifest: BundleManifest): NonNullable<Vector['expected']> {
  if (manifest.kind !== 'sync') throw new Error('the vectors of this folder are sync bundles');
  return {
    bundleId: manifest.bundleId,
    sync: manifest.sync,
    records: sample.frames.flatMap((f) => (f.type === 'records' ? [{ table: f.table, rows: f.rows }] : [])),
    attachments: sample.frames.flatMap((f) => (f.type === 'attachment' ? [{ attachmentId: f.attachmentId, position: f.position, length: f.bytes.byteLength, sha256: sha256Hex(f.bytes) }] : [])),
  };
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x04;
  return copy;
}

const files = new Map<string, Uint8Array>();
const vectors: Vector[] = [];
function add(file: string, bytes: Uint8Array, vector: Omit<Vector, 'file' | 'directory' | 'reader'> & { reader?: string; directory?: VectorDirectory }): void {
  files.set(file, bytes);
  vectors.push({ file, reader: vector.reader ?? 'recipient', directory: vector.directory ?? admitAll, outcome: vector.outcome, description: vector.description, ...(vector.expected ? { expected: vector.expected } : {}) });
}

const one = [parties.recipient];
const successManifest = manifestFor(one);
const success = await written(successManifest, one);
add('success.bin', success, { outcome: 'success', description: 'Records of two tables (one tombstone) and one attachment in two pieces, 1 KiB chunks.', expected: expectedOf(successManifest) });

const threeManifest = manifestFor([parties.recipient, parties.third, parties.fourth]);
add('success.three-recipients.bin', await written(threeManifest, [parties.recipient, parties.third, parties.fourth]), {
  outcome: 'success',
  reader: 'fourth',
  description: 'Three recipients; read by the third stanza’s owner.',
  expected: expectedOf(threeManifest),
});

add('not_for_you.bin', await written(manifestFor(one), one), { outcome: 'not_for_you', reader: 'third', description: 'Addressed to recipient only; read by third.' });

const magic = Uint8Array.from(success);
magic.set(new TextEncoder().encode('CREBUNDX'), 0);
add('bad_header.magic.bin', magic, { outcome: 'bad_header', description: 'The success vector with magic "CREBUNDX".' });
const smallChunk = Uint8Array.from(success);
new DataView(smallChunk.buffer).setUint32(10, 512);
add('bad_header.chunk-size.bin', smallChunk, { outcome: 'bad_header', description: 'The success vector with chunk size 512 (below 1024).' });
const twoManifest = manifestFor([parties.third, parties.recipient]);
add('bad_header.first-chunk.bin', flipped(await written(twoManifest, [parties.third, parties.recipient]), 16 + 40), {
  outcome: 'bad_header',
  description: 'Two stanzas (third, recipient); a bit of the first stanza flipped: the recipient still opens its own, but the header hash changed, so the first chunk does not open.',
});

add('unsupported_version.bin', crafted(sampleFrameBytes(manifestFor(one)), { version: 2 }), { outcome: 'unsupported_version', description: 'Format version 2 in the header.' });

const middle = chunkRanges(success)[2];
add('bad_payload.flipped-chunk.bin', flipped(success, (middle?.start ?? 0) + 200), { outcome: 'bad_payload', description: 'The success vector with a bit flipped in its third chunk.' });
const overcounted = manifestFor(one, { contents: { ...sample.contents, records: { communities: 4, collaborations: 1 } } });
add('bad_payload.counts.bin', crafted(sampleFrameBytes(overcounted)), { outcome: 'bad_payload', description: 'Signed and well formed, but the manifest counts 4 communities and the frames hold 3.' });
add('bad_payload.after-signature.bin', crafted(sampleFrameBytes(manifestFor(one)), { trailing: frameBytes({ type: 'records', table: 'communities', rows: [] }) }), {
  outcome: 'bad_payload',
  description: 'A records frame after the signature frame.',
});
add('bad_payload.unknown-frame.bin', crafted([...sampleFrameBytes(manifestFor(one)), encodeFrame(0x04, new Uint8Array([1, 2, 3]))]), {
  outcome: 'bad_payload',
  description: 'A frame of type 0x04, signed like the others.',
});
add('bad_payload.second-manifest.bin', (() => { const m = manifestFor(one); return crafted([...sampleFrameBytes(m), encodeFrame(FRAME_TYPE.manifest, manifestFrame(m).subarray(5))]); })(), {
  outcome: 'bad_payload',
  description: 'The manifest frame twice.',
});

const last = chunkRanges(success).at(-1);
add('truncated.bin', success.subarray(0, last?.start ?? 0), { outcome: 'truncated', description: 'The success vector cut at the start of its last chunk.' });
add('truncated.no-final.bin', crafted(sampleFrameBytes(manifestFor(one)), { allMessageTags: true }), { outcome: 'truncated', description: 'Every chunk opens, none has TAG_FINAL.' });

add('bad_signature.bin', crafted(sampleFrameBytes(manifestFor(one)), { alterSignature: (s) => flipped(s, 7) }), { outcome: 'bad_signature', description: 'A bit of the signature flipped before encryption.' });
add('bad_signature.wrong-key.bin', crafted(sampleFrameBytes(manifestFor(one)), { signer: parties.third.signing.privateKey }), { outcome: 'bad_signature', description: "Signed with third's key; the manifest names sender." });

add('unknown_sender.bin', await written(manifestFor(one), one), { outcome: 'unknown_sender', directory: { ...admitAll, senderKnown: false, senderVerified: false }, description: 'Valid; the sender is not in the directory.' });
add('unverified_sender.bin', await written(manifestFor(one), one), { outcome: 'unverified_sender', directory: { ...admitAll, senderVerified: false }, description: 'Valid; the sender is a contact not yet verified.' });
const replayedManifest = manifestFor(one);
add('replayed.bin', await written(replayedManifest, one), { outcome: 'replayed', directory: { ...admitAll, alreadyImported: [replayedManifest.bundleId] }, description: 'Valid; its bundle id was imported before.' });
add('replayed.sequence.bin', await written(manifestFor(one, { sequence: 5 }), one), { outcome: 'replayed', directory: { ...admitAll, lastSequence: 7 }, description: 'Valid, sequence 5; sequence 7 from this sender was imported before.' });

const forwardedPlaintext = decryptBundle(sodium, await written(manifestFor(one), one), recipientKeys(parties.recipient)).plaintext;
add('forwarded.bin', craftBundle(sodium, { recipients: [parties.third.encryption.publicKey], fileKey, chunkSize: CHUNK_SIZE, plaintext: () => forwardedPlaintext }), {
  outcome: 'forwarded',
  reader: 'third',
  description: 'A bundle for recipient, decrypted by recipient and re-encrypted, plaintext unchanged, to third.',
});

// Schema 13: a bundle that acknowledges the recipient's bundles, withdraws two records and is limited to one
// collaboration; and one whose manifest was made before schema 13 (none of the three fields: the reader's defaults).
const hlcOf = (ms: number, counter: number, party: TestParty) => `${ms}-${counter.toString().padStart(5, '0')}-${party.vaultId}`;
const acknowledgedManifest = manifestFor(one, {
  sequence: 12,
  sync: {
    knows: { [parties.sender.vaultId]: hlcOf(1796032800000, 4, parties.sender), [parties.recipient.vaultId]: hlcOf(1796029200000, 2, parties.recipient) },
    everything: false,
    acknowledges: [{ vaultId: parties.recipient.vaultId, sequence: 7 }],
    withdrawals: [
      { table: 'communities', id: '0190d5a0-3333-7000-8000-000000000009' },
      { table: 'attachments', id: '0190d5a0-2222-7000-8000-000000000009' },
    ],
    collaborationId: '0190d5a0-4444-7000-8000-000000000001',
  },
});
add('success.acknowledged.bin', await written(acknowledgedManifest, one), {
  outcome: 'success',
  description: 'Sequence 12; acknowledges sequence 7 of recipient, withdraws a community and an attachment, and is limited to one collaboration.',
  expected: expectedOf(acknowledgedManifest),
});
const olderManifest = manifestFor(one, { sync: { knows: { [parties.sender.vaultId]: hlcOf(1796032800000, 1, parties.sender) }, everything: false, acknowledges: [], withdrawals: [], collaborationId: null } });
const olderShape = olderManifest.kind === 'sync' ? { ...olderManifest, sync: { knows: olderManifest.sync.knows, everything: olderManifest.sync.everything } } : olderManifest;
add('success.schema-12.bin', crafted(sampleFrameBytes(olderShape)), {
  outcome: 'success',
  description: 'A manifest as written before schema 13: its sync part has only knows and everything; it reads with no acknowledgement, no withdrawal and no collaboration.',
  expected: expectedOf(olderManifest),
});

const hexOf = (bytes: Uint8Array) => sodium.to_hex(bytes);
const keyEntry = (party: TestParty) => ({
  signingPublicKey: hexOf(party.signing.publicKey),
  signingSecretKey: hexOf(party.signing.privateKey),
  encryptionPublicKey: hexOf(party.encryption.publicKey),
  encryptionSecretKey: hexOf(party.encryption.privateKey),
});
const index: VectorIndex = vectorIndexSchema.parse({
  format: 'cre-bundle',
  version: 1,
  keys: { sender: keyEntry(parties.sender), recipient: keyEntry(parties.recipient), third: keyEntry(parties.third), fourth: keyEntry(parties.fourth) },
  fileKey: FIXED_FILE_KEY_HEX,
  vectors,
});

for (const old of readdirSync(HERE).filter((name) => name.endsWith('.bin'))) rmSync(join(HERE, old));
for (const [name, bytes] of files) writeFileSync(join(HERE, name), bytes);
writeFileSync(join(HERE, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`${files.size} vectors written`);
