// Writes the review packet and return test vectors into tests/vectors/review/ with their index.json (see README.md):
// npx tsx tests/vectors/generate-review.ts. Valid files come from the real writer with a fixed file key; refused ones
// are crafted with the format's own pieces.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleContents, BundleManifest, PacketManifest, ReturnManifest } from '../../common/bundles/manifest.schema.js';
import { PACKET_ROW_SCHEMAS, RETURN_ROW_SCHEMAS } from '../../common/review/packet-frames.schema.js';
import { publicKeyText } from '../../main/core/bundles/format/bundle-crypto.js';
import { writeBundle } from '../../main/core/bundles/format/bundle-writer.js';
import type { BundleFrame } from '../../main/core/bundles/format/frames.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { reviewContents } from '../../main/core/review/review-bundle.js';
import {
  chunkRanges,
  craftBundle,
  FIXED_CREATED_AT,
  FIXED_FILE_KEY_HEX,
  frameBytes,
  manifestFrame,
  sampleFrames,
  signedPlaintext,
  testManifest,
  testParties,
  type TestParty,
} from './bundle-craft.js';
import { SAMPLE_EXPIRES_AT, SAMPLE_FILES, SAMPLE_PACKET_ID, samplePacketTables, sampleReturnTables } from './review-samples.js';
import { reviewVectorIndexSchema, type ReviewDirectory, type ReviewVector, type ReviewVectorIndex } from './review-vector-index.js';
import { sha256Hex } from './vector-index.js';

const OUT = join(import.meta.dirname, 'review');
const CHUNK_SIZE = 1024;
const sodium = await loadSodium();
const parties = testParties(sodium);
const fileKey = sodium.from_hex(FIXED_FILE_KEY_HEX);
const known: ReviewDirectory = { authorKnown: true, authorVerified: true };
/** The bundle id of the packet the sample return answers. */
const PACKET_BUNDLE_ID = '0190d5a0-6666-7000-8000-000000000001';

let idCounter = 1;
function nextBundleId(): string {
  idCounter += 1;
  return `0190d5a0-6666-7000-8000-${idCounter.toString().padStart(12, '0')}`;
}

type Tables = Record<string, Record<string, unknown>[]>;

/** Every row checked against its table's schema, as the real writer does: a vector must hold only valid rows. */
function checked(tables: Tables, schemas: Readonly<Record<string, { parse: (v: unknown) => unknown }>>): Tables {
  for (const [table, rows] of Object.entries(tables)) for (const row of rows) schemas[table]?.parse(row);
  return tables;
}

const packetFiles = SAMPLE_FILES.map((file) => ({ id: file.id, size: file.bytes.byteLength, pieces: () => [file.bytes] }));

function party(p: TestParty) {
  return { signingKey: publicKeyText(sodium, p.signing.publicKey), encryptionKey: publicKeyText(sodium, p.encryption.publicKey) };
}

function base(from: TestParty, to: TestParty, contents: BundleContents) {
  return { format: 'cre-bundle', version: 1, bundleId: nextBundleId(), createdAt: FIXED_CREATED_AT, sequence: 1, sender: { vaultId: from.vaultId, ...party(from) }, recipients: [party(to)], contents } as const;
}

function packetManifest(contents: BundleContents, from = parties.sender, to = parties.recipient): PacketManifest {
  return { ...base(from, to, contents), kind: 'review_packet', packet: { packetId: SAMPLE_PACKET_ID, expiresAt: SAMPLE_EXPIRES_AT } };
}

function returnManifest(contents: BundleContents, from = parties.recipient, to = parties.sender): ReturnManifest {
  return { ...base(from, to, contents), kind: 'review_return', review: { packetId: SAMPLE_PACKET_ID, packetBundleId: PACKET_BUNDLE_ID } };
}

function framesOf(tables: Tables, withFiles: boolean): BundleFrame[] {
  const records: BundleFrame[] = Object.entries(tables).map(([table, rows]) => ({ type: 'records', table, rows }));
  const files: BundleFrame[] = withFiles ? SAMPLE_FILES.map((file) => ({ type: 'attachment', attachmentId: file.id, position: 0, bytes: file.bytes })) : [];
  return [...records, ...files];
}

/** A valid file from the real writer, deterministic but for the stanza's sealed box and the stream header. */
async function written(manifest: BundleManifest, author: TestParty, frames: BundleFrame[]): Promise<Uint8Array> {
  const path = join(OUT, 'generating.tmp');
  await writeBundle(sodium, {
    path,
    manifest,
    sender: { signingSecretKey: author.signing.privateKey },
    recipients: manifest.recipients.map((r) => sodium.from_base64(r.encryptionKey, sodium.base64_variants.ORIGINAL)),
    frames,
    chunkSize: CHUNK_SIZE,
    deterministic: { fileKey },
  });
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}

/** A file built by hand for `to`: what the writer refuses to make (rows it would not write, counts it would not state). */
function crafted(manifest: unknown, frames: BundleFrame[], to: TestParty, signer: TestParty): Uint8Array {
  return craftBundle(sodium, {
    recipients: [to.encryption.publicKey],
    fileKey,
    chunkSize: CHUNK_SIZE,
    plaintext: (header) => signedPlaintext(sodium, header, [manifestFrame(manifest), ...frames.map(frameBytes)], signer.signing.privateKey),
  });
}

function expectedOf(manifest: PacketManifest | ReturnManifest, tables: Tables, withFiles: boolean): NonNullable<ReviewVector['expected']> {
  return {
    bundleId: manifest.bundleId,
    ...(manifest.kind === 'review_packet' ? { packet: manifest.packet } : { review: manifest.review }),
    tables,
    files: withFiles ? SAMPLE_FILES.map((file) => ({ id: file.id, length: file.bytes.byteLength, sha256: sha256Hex(file.bytes) })) : [],
  };
}

const files = new Map<string, Uint8Array>();
const vectors: ReviewVector[] = [];
function add(file: string, bytes: Uint8Array, vector: Omit<ReviewVector, 'file' | 'directory'> & { directory?: ReviewDirectory }): void {
  files.set(file, bytes);
  vectors.push({ file, ...vector, directory: vector.directory ?? known });
}
const packetFrom = { from: 'sender', reader: 'recipient', expect: 'review_packet' } as const;
const returnFrom = { from: 'recipient', reader: 'sender', expect: 'review_return' } as const;

mkdirSync(OUT, { recursive: true });

const packetTables = checked(samplePacketTables(false), PACKET_ROW_SCHEMAS);
const packetM = packetManifest(reviewContents(packetTables, packetFiles));
const packet = await written(packetM, parties.sender, framesOf(packetTables, true));
add('review_packet.success.bin', packet, {
  ...packetFrom,
  outcome: 'success',
  description: 'A packet for one member: cover, one call with its rubric, two applications, the monitoring report, one consultation, two questions (text, rating) and two files, the second spanning several 1 KiB chunks.',
  expected: expectedOf(packetM, packetTables, true),
});

const blindTables = checked(samplePacketTables(true), PACKET_ROW_SCHEMAS);
const blindM = packetManifest(reviewContents(blindTables, []));
add('review_packet.blind.bin', await written(blindM, parties.sender, framesOf(blindTables, false)), {
  ...packetFrom,
  outcome: 'success',
  description: 'The same packet with the blind option and no files: every application and collaboration has communityName and country null.',
  expected: expectedOf(blindM, blindTables, false),
});

const returnTables = checked(sampleReturnTables(), RETURN_ROW_SCHEMAS);
const returnM = returnManifest(reviewContents(returnTables, []));
add('review_return.success.bin', await written(returnM, parties.recipient, framesOf(returnTables, false)), {
  ...returnFrom,
  outcome: 'success',
  description: 'The member’s return for the sample packet: a conflict declared on the first application, no conflict and scores on the second, both questions answered, advice.',
  expected: expectedOf(returnM, returnTables, false),
});

const sync = sampleFrames();
const syncManifest = testManifest(sodium, { sender: parties.sender, recipients: [parties.recipient], contents: sync.contents, bundleId: nextBundleId() });
add('wrong_kind.sync-as-packet.bin', await written(syncManifest, parties.sender, sync.frames), {
  ...packetFrom,
  outcome: 'wrong_kind',
  description: 'A valid sync bundle, opened where a review packet is expected.',
});
add('wrong_kind.packet-as-return.bin', await written(packetManifest(packetM.contents), parties.sender, framesOf(packetTables, true)), {
  ...packetFrom,
  expect: 'review_return',
  outcome: 'wrong_kind',
  description: 'A valid packet, opened where a return is expected.',
});

const withCommunities: Tables = { ...packetTables, communities: [{ id: '0190d5a0-5555-7000-8000-0000000000e1', name: 'Rio Verde', deleted_at: null }] };
add('bad_payload.unknown-table.bin', crafted(packetManifest(reviewContents(withCommunities, packetFiles)), framesOf(withCommunities, true), parties.recipient, parties.sender), {
  ...packetFrom,
  outcome: 'bad_payload',
  description: 'A packet, signed and counted right, whose frames also carry a communities row: a packet holds only the packet tables.',
});
const [firstApplication, ...otherApplications] = packetTables['packet_applications'] ?? [];
const withContacts: Tables = { ...packetTables, packet_applications: [{ ...firstApplication, contacts: 'CANARY +55 11 5555 0100' }, ...otherApplications] };
add('bad_payload.contacts-column.bin', crafted(packetManifest(reviewContents(withContacts, packetFiles)), framesOf(withContacts, true), parties.recipient, parties.sender), {
  ...packetFrom,
  outcome: 'bad_payload',
  description: 'A packet, signed and counted right, whose first application row has a contacts field: rows are checked against their table’s strict schema.',
});
const oversized = packetManifest({ ...packetM.contents, attachments: { count: 2, bytes: 600 * 1024 * 1024 } });
add('too_large.bin', crafted(oversized, framesOf(packetTables, true), parties.recipient, parties.sender), {
  ...packetFrom,
  outcome: 'too_large',
  description: 'A packet whose manifest states 600 MiB of files (more than the 512 MiB a reviewer’s vault takes in): refused before any frame is read.',
});

add('bad_signature.return.bin', crafted(returnManifest(returnM.contents), framesOf(returnTables, false), parties.sender, parties.third), {
  ...returnFrom,
  outcome: 'bad_signature',
  description: 'A return whose manifest names the member as its sender, signed with third’s key.',
});
const last = chunkRanges(packet).at(-1);
add('truncated.packet.bin', packet.subarray(0, last?.start ?? 0), { ...packetFrom, outcome: 'truncated', description: 'The success packet cut at the start of its last chunk.' });
add('unknown_sender.packet.bin', await written(packetManifest(packetM.contents), parties.sender, framesOf(packetTables, true)), {
  ...packetFrom,
  outcome: 'unknown_sender',
  directory: { authorKnown: false, authorVerified: false },
  description: 'A valid packet; the member’s directory does not hold the secretariat’s card.',
});
add('unverified_sender.return.bin', await written(returnManifest(returnM.contents), parties.recipient, framesOf(returnTables, false)), {
  ...returnFrom,
  outcome: 'unverified_sender',
  directory: { authorKnown: true, authorVerified: false },
  description: 'A valid return; the secretariat holds the member’s card but has not verified it.',
});

const hexOf = (bytes: Uint8Array) => sodium.to_hex(bytes);
const keyEntry = (p: TestParty) => ({
  signingPublicKey: hexOf(p.signing.publicKey),
  signingSecretKey: hexOf(p.signing.privateKey),
  encryptionPublicKey: hexOf(p.encryption.publicKey),
  encryptionSecretKey: hexOf(p.encryption.privateKey),
});
const index: ReviewVectorIndex = reviewVectorIndexSchema.parse({
  format: 'cre-bundle',
  version: 1,
  keys: { sender: keyEntry(parties.sender), recipient: keyEntry(parties.recipient), third: keyEntry(parties.third) },
  fileKey: FIXED_FILE_KEY_HEX,
  vectors,
});

for (const old of readdirSync(OUT).filter((name) => name.endsWith('.bin'))) rmSync(join(OUT, old));
for (const [name, bytes] of files) writeFileSync(join(OUT, name), bytes);
writeFileSync(join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`${files.size} review vectors written`);
