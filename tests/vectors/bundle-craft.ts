// Builds bundles byte by byte for the tests and the vector generator: fixed key pairs, manifests, well-formed and damaged
// files (any header field, any plaintext, any chunk tags), and a decryption that a test with the keys can do.
import { BUNDLE_ERROR_CODES, CreFailure, isCreFailure, type ErrorCode } from '../../common/contract/errors.js';
import type { BundleContents, BundleManifest } from '../../common/bundles/manifest.schema.js';
import { headerHash, publicKeyText, startSignature, type BundleRecipientKeys } from '../../main/core/bundles/format/bundle-crypto.js';
import { CHUNK_OVERHEAD_BYTES, encodeBundleHeader, HEADER_FIXED_BYTES, headerLength, STANZA_BYTES } from '../../main/core/bundles/format/bundle-header.js';
import { encodeAttachmentBody, encodeFrame, encodeJson, FRAME_TYPE, type BundleFrame } from '../../main/core/bundles/format/frames.js';
import { readBundle } from '../../main/core/bundles/format/bundle-reader.js';
import type { Sodium } from '../../main/core/crypto/sodium.js';

export const BUNDLE_CODES: readonly ErrorCode[] = BUNDLE_ERROR_CODES;

/** A vault's identity for tests: both key pairs from fixed seeds, so every run (and every vector) has the same keys. */
export interface TestParty {
  name: string;
  vaultId: string;
  signing: { publicKey: Uint8Array; privateKey: Uint8Array };
  encryption: { publicKey: Uint8Array; privateKey: Uint8Array };
}

function seed(sodium: Sodium, label: string): Uint8Array {
  return sodium.crypto_generichash(32, `cre bundle test key: ${label}`, null);
}

export function testParty(sodium: Sodium, name: string, vaultId: string): TestParty {
  const signing = sodium.crypto_sign_seed_keypair(seed(sodium, `${name} signing`));
  const encryption = sodium.crypto_box_seed_keypair(seed(sodium, `${name} encryption`));
  return { name, vaultId, signing: { publicKey: signing.publicKey, privateKey: signing.privateKey }, encryption: { publicKey: encryption.publicKey, privateKey: encryption.privateKey } };
}

/** The three parties of the vectors and most tests, plus a fourth for multi-recipient bundles. */
export function testParties(sodium: Sodium): { sender: TestParty; recipient: TestParty; third: TestParty; fourth: TestParty } {
  return {
    sender: testParty(sodium, 'sender', '0190d5a0-0000-7000-8000-00000000000a'),
    recipient: testParty(sodium, 'recipient', '0190d5a0-0000-7000-8000-00000000000b'),
    third: testParty(sodium, 'third', '0190d5a0-0000-7000-8000-00000000000c'),
    fourth: testParty(sodium, 'fourth', '0190d5a0-0000-7000-8000-00000000000d'),
  };
}

export function recipientKeys(party: TestParty): BundleRecipientKeys {
  return { encryptionPublicKey: party.encryption.publicKey, encryptionSecretKey: party.encryption.privateKey, signingPublicKey: party.signing.publicKey };
}

export const FIXED_FILE_KEY_HEX = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
export const FIXED_CREATED_AT = '2026-11-29T18:00:00.000Z';

export function testManifest(
  sodium: Sodium,
  options: { sender: TestParty; recipients: TestParty[]; contents: BundleContents; bundleId?: string; sequence?: number },
): BundleManifest {
  const party = (p: TestParty) => ({ signingKey: publicKeyText(sodium, p.signing.publicKey), encryptionKey: publicKeyText(sodium, p.encryption.publicKey) });
  return {
    format: 'cre-bundle',
    version: 1,
    bundleId: options.bundleId ?? '0190d5a0-1111-7000-8000-000000000001',
    kind: 'sync',
    createdAt: FIXED_CREATED_AT,
    sequence: options.sequence ?? 1,
    sender: { vaultId: options.sender.vaultId, ...party(options.sender) },
    recipients: options.recipients.map(party),
    contents: options.contents,
    sync: { knows: {}, everything: false, acknowledges: [], withdrawals: [], collaborationId: null },
  };
}

/** Frame bytes for a plaintext built by hand. */
export function frameBytes(frame: BundleFrame): Uint8Array {
  return frame.type === 'records'
    ? encodeFrame(FRAME_TYPE.records, encodeJson({ table: frame.table, rows: frame.rows }))
    : encodeFrame(FRAME_TYPE.attachment, encodeAttachmentBody(frame.attachmentId, frame.position, frame.bytes));
}

export function manifestFrame(manifest: unknown): Uint8Array {
  return encodeFrame(FRAME_TYPE.manifest, encodeJson(manifest));
}

export function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.byteLength;
  }
  return out;
}

/** The plaintext of a bundle with this header: the frames, then the signature frame over context, header and frames. */
export function signedPlaintext(
  sodium: Sodium,
  header: Uint8Array,
  frames: readonly Uint8Array[],
  signingSecretKey: Uint8Array,
  options: { alterSignature?: (signature: Uint8Array) => Uint8Array; trailing?: Uint8Array } = {},
): Uint8Array {
  const state = startSignature(sodium, header);
  for (const frame of frames) sodium.crypto_sign_update(state, frame);
  const signature = sodium.crypto_sign_final_create(state, signingSecretKey);
  const sigFrame = encodeFrame(FRAME_TYPE.signature, options.alterSignature ? options.alterSignature(signature) : signature);
  return concat([...frames, sigFrame, options.trailing ?? new Uint8Array(0)]);
}

export interface CraftOptions {
  /** X25519 public keys sealed into the stanzas, in this order. */
  recipients: Uint8Array[];
  fileKey?: Uint8Array;
  chunkSize?: number;
  version?: number;
  magic?: Uint8Array;
  /** The whole plaintext, made once the header is known (the signature covers it). */
  plaintext: (header: Uint8Array) => Uint8Array;
  /** Each chunk's tag; by default TAG_FINAL on the last only. */
  tag?: (index: number, count: number) => number;
}

/** A whole bundle in memory, built with the format's own pieces but none of the writer's checks. */
export function craftBundle(sodium: Sodium, options: CraftOptions): Uint8Array {
  const fileKey = options.fileKey ?? sodium.from_hex(FIXED_FILE_KEY_HEX);
  const chunkSize = options.chunkSize ?? 1024;
  const stanzas = options.recipients.map((key) => sodium.crypto_box_seal(fileKey, key));
  const { state, header: streamHeader } = sodium.crypto_secretstream_xchacha20poly1305_init_push(fileKey);
  const header = encodeBundleHeader({
    chunkSize,
    stanzas,
    streamHeader,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.magic === undefined ? {} : { magic: options.magic }),
  });
  const plaintext = options.plaintext(header);
  const hash = headerHash(sodium, header);
  const count = Math.max(1, Math.ceil(plaintext.byteLength / chunkSize));
  const tag = options.tag ?? ((index, total) => (index === total - 1 ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE));
  const chunks: Uint8Array[] = [header];
  for (let index = 0; index < count; index += 1) {
    const piece = plaintext.subarray(index * chunkSize, Math.min(plaintext.byteLength, (index + 1) * chunkSize));
    chunks.push(sodium.crypto_secretstream_xchacha20poly1305_push(state, piece, index === 0 ? hash : null, tag(index, count)));
  }
  return concat(chunks);
}

/** Parses a bundle held in memory (a test's own file): header fields, stanzas, where the payload starts. */
export function splitBundle(bytes: Uint8Array): { chunkSize: number; stanzas: Uint8Array[]; header: Uint8Array; payloadStart: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkSize = view.getUint32(10);
  const count = view.getUint16(14);
  const stanzas = Array.from({ length: count }, (_, i) => bytes.subarray(HEADER_FIXED_BYTES + i * STANZA_BYTES, HEADER_FIXED_BYTES + (i + 1) * STANZA_BYTES));
  const payloadStart = headerLength(count);
  return { chunkSize, stanzas, header: bytes.subarray(0, payloadStart), payloadStart };
}

/** Where each payload chunk of a bundle starts and ends. */
export function chunkRanges(bytes: Uint8Array): { start: number; end: number }[] {
  const { chunkSize, payloadStart } = splitBundle(bytes);
  const ranges: { start: number; end: number }[] = [];
  for (let start = payloadStart; start < bytes.byteLength; start += chunkSize + CHUNK_OVERHEAD_BYTES) {
    ranges.push({ start, end: Math.min(bytes.byteLength, start + chunkSize + CHUNK_OVERHEAD_BYTES) });
  }
  return ranges;
}

/** What a recipient with the keys can do: open the stanza and every chunk, and get the plaintext and the file key. */
export function decryptBundle(sodium: Sodium, bytes: Uint8Array, me: BundleRecipientKeys): { plaintext: Uint8Array; fileKey: Uint8Array } {
  const { stanzas, header } = splitBundle(bytes);
  let fileKey: Uint8Array | undefined;
  for (const stanza of stanzas) {
    try {
      fileKey = sodium.crypto_box_seal_open(stanza, me.encryptionPublicKey, me.encryptionSecretKey);
      break;
    } catch {
      // The next stanza may be ours.
    }
  }
  if (!fileKey) throw new Error('no stanza opens');
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header.subarray(header.byteLength - 24), fileKey);
  const pieces = chunkRanges(bytes).map(({ start, end }, index) => {
    const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(state, bytes.subarray(start, end), index === 0 ? headerHash(sodium, header) : null);
    if (!opened) throw new Error(`chunk ${index} does not open`);
    return opened.message;
  });
  return { plaintext: concat(pieces), fileKey };
}

export interface ReadOutcome {
  /** 'success' or the CreFailure's code. */
  outcome: string;
  manifest?: BundleManifest;
  records: { table: string; rows: Record<string, unknown>[] }[];
  attachments: { attachmentId: string; position: number; bytes: Uint8Array }[];
  /** Set when readBundle threw something other than a CreFailure: always a bug. */
  untyped?: unknown;
}

/** Reads with readBundle, collecting what the callbacks saw and the outcome, never throwing. */
export async function readOutcome(
  sodium: Sodium,
  path: string,
  me: BundleRecipientKeys,
  admitSender: (manifest: BundleManifest) => void = () => undefined,
): Promise<ReadOutcome> {
  const seen: ReadOutcome = { outcome: 'pending', records: [], attachments: [] };
  try {
    const result = await readBundle(sodium, {
      path,
      me,
      admitSender,
      onRecords: (table, rows) => seen.records.push({ table, rows }),
      onAttachmentChunk: (attachmentId, position, bytes) => seen.attachments.push({ attachmentId, position, bytes: Uint8Array.from(bytes) }),
    });
    seen.outcome = 'success';
    seen.manifest = result.manifest;
  } catch (error) {
    seen.outcome = isCreFailure(error) ? error.code : 'untyped';
    if (!isCreFailure(error)) seen.untyped = error;
  }
  return seen;
}

/** An admitSender that refuses with `code`, for the steps 10–12 of the spec. */
export function refuseWith(code: ErrorCode): (manifest: BundleManifest) => void {
  return () => {
    throw new CreFailure(code, `refused by the test directory (${code})`);
  };
}

/** Bytes that differ from piece to piece and position to position, so a moved or repeated piece shows. */
export function patternBytes(length: number, salt: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 31 + salt * 17 + (i >> 8)) & 0xff;
  return bytes;
}

export const SAMPLE_ATTACHMENT_ID = '0190d5a0-2222-7000-8000-000000000001';

/** A small bundle's frames: rows of two tables (one a tombstone) and one attachment in two pieces that span chunks. */
export function sampleFrames(): { frames: BundleFrame[]; contents: BundleContents } {
  const communities = [
    { id: '0190d5a0-3333-7000-8000-000000000001', name: 'Río Blanco', deleted_at: null },
    { id: '0190d5a0-3333-7000-8000-000000000002', name: 'Kampong Speu', deleted_at: null },
    { id: '0190d5a0-3333-7000-8000-000000000003', name: 'Lamu', deleted_at: '2026-11-20T10:00:00.000Z' },
  ];
  const collaborations = [{ id: '0190d5a0-4444-7000-8000-000000000001', status: 'active', deleted_at: null }];
  const frames: BundleFrame[] = [
    { type: 'records', table: 'communities', rows: communities },
    { type: 'records', table: 'collaborations', rows: collaborations },
    { type: 'attachment', attachmentId: SAMPLE_ATTACHMENT_ID, position: 0, bytes: patternBytes(2500, 1) },
    { type: 'attachment', attachmentId: SAMPLE_ATTACHMENT_ID, position: 1, bytes: patternBytes(700, 2) },
  ];
  return { frames, contents: { records: { communities: 3, collaborations: 1 }, tombstones: 1, attachments: { count: 1, bytes: 3200 } } };
}
