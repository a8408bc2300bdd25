// Writes a bundle (docs/bundle-format.md, "Writing"): header with one stanza per recipient, then the frames streamed
// through the secretstream and the signature at once; a temp file beside the destination, fsynced, renamed.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { validate as isUuid } from 'uuid';
import { bundleManifestSchema, MAX_BUNDLE_RECIPIENTS, type BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure } from '../../../../common/contract/errors.js';
import type { Sodium } from '../../crypto/sodium.js';
import { ContentsTally } from './bundle-contents.js';
import { FILE_KEY_BYTES, headerHash, publicKeyText, shuffled, startSignature, type BundleSenderKeys } from './bundle-crypto.js';
import { chunkSizeAllowed, DEFAULT_CHUNK_SIZE, encodeBundleHeader } from './bundle-header.js';
import {
  encodeAttachmentPrefix,
  encodeFrameHeader,
  encodeFrame,
  encodeJson,
  FRAME_TYPE,
  MAX_ATTACHMENT_PIECE_BYTES,
  MAX_FRAME_BODY_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_ROWS_PER_FRAME,
  recordsBodySchema,
  type BundleFrame,
} from './frames.js';
import { PayloadSealer } from './payload-stream.js';
import { BlockWriter } from './file-blocks.js';
import { initPush, type SecretStream } from '../../crypto/secretstream.js';

export type { BundleFrame } from './frames.js';
export type { BundleSenderKeys } from './bundle-crypto.js';

export interface WriteBundleOptions {
  /** Destination; written as a temp file beside it, fsynced, renamed. */
  path: string;
  /** Complete, contents already counted by the caller. */
  manifest: BundleManifest;
  sender: BundleSenderKeys;
  /** X25519 public keys, one stanza each: the same set as manifest.recipients. */
  recipients: Uint8Array[];
  frames: Iterable<BundleFrame> | AsyncIterable<BundleFrame>;
  /** Plaintext bytes per chunk; default 65536. */
  chunkSize?: number;
  onProgress?: (plaintextBytesWritten: number) => void;
  /** Test vectors only: a fixed file key, and no shuffle (the order given). */
  deterministic?: { fileKey: Uint8Array };
}

function internal(why: string): CreFailure {
  return new CreFailure('internal', `The bundle could not be written: ${why}.`);
}

/** What the caller hands in must agree with itself before a byte is written. */
function checkOptions(sodium: Sodium, options: WriteBundleOptions, chunkSize: number): BundleManifest {
  const parsed = bundleManifestSchema.safeParse(options.manifest);
  if (!parsed.success) throw internal('the manifest is not valid');
  const manifest = parsed.data;
  if (!chunkSizeAllowed(chunkSize)) throw internal('the chunk size is out of range');
  if (options.sender.signingSecretKey.byteLength !== sodium.crypto_sign_SECRETKEYBYTES) throw internal('the signing key is not 64 bytes');
  const signingKey = publicKeyText(sodium, sodium.crypto_sign_ed25519_sk_to_pk(options.sender.signingSecretKey));
  if (signingKey !== manifest.sender.signingKey) throw internal("the manifest's sender is not the signing key");
  const { recipients } = options;
  if (recipients.length < 1 || recipients.length > MAX_BUNDLE_RECIPIENTS) throw internal('there must be 1 to 64 recipients');
  if (recipients.some((key) => key.byteLength !== sodium.crypto_box_PUBLICKEYBYTES)) throw internal('a recipient key is not 32 bytes');
  const given = new Set(recipients.map((key) => publicKeyText(sodium, key)));
  const listed = new Set(manifest.recipients.map((party) => party.encryptionKey));
  if (given.size !== recipients.length || given.size !== listed.size || [...given].some((key) => !listed.has(key))) {
    throw internal("the recipients are not the manifest's recipients");
  }
  if (options.deterministic && options.deterministic.fileKey.byteLength !== FILE_KEY_BYTES) throw internal('the file key is not 32 bytes');
  return manifest;
}

/** One frame's bytes after checking it against the format's limits, counted in `tally`. */
/** A frame's bytes in pieces (header, then body parts): signed and sealed in turn, never copied into one buffer. */
function encodeBundleFrame(frame: BundleFrame, tally: ContentsTally): Uint8Array[] {
  if (frame.type === 'records') {
    if (frame.rows.length > MAX_ROWS_PER_FRAME) throw internal('a records frame has more than 1,000 rows');
    const body = { table: frame.table, rows: frame.rows };
    if (!recordsBodySchema.safeParse(body).success) throw internal('a records frame is not a table name and plain rows');
    const bytes = encodeJson(body);
    if (bytes.byteLength > MAX_FRAME_BODY_BYTES) throw internal('a records frame is larger than 16 MiB');
    tally.addRows(frame.table, frame.rows);
    return [encodeFrame(FRAME_TYPE.records, bytes)];
  }
  if (!isUuid(frame.attachmentId)) throw internal('an attachment id is not a UUID');
  if (!Number.isInteger(frame.position) || frame.position < 0 || frame.position > 0xffffffff) throw internal('an attachment position is out of range');
  if (frame.bytes.byteLength < 1 || frame.bytes.byteLength > MAX_ATTACHMENT_PIECE_BYTES) throw internal('an attachment frame holds 0 bytes or more than 1 MiB');
  tally.addAttachmentPiece(frame.attachmentId.toLowerCase(), frame.bytes.byteLength);
  const prefix = encodeAttachmentPrefix(frame.attachmentId, frame.position);
  return [encodeFrameHeader(FRAME_TYPE.attachment, prefix.byteLength + frame.bytes.byteLength), prefix, frame.bytes];
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function asFailure(error: unknown): CreFailure {
  if (isCreFailure(error)) return error;
  // An errno code (ENOENT, ENOSPC, EACCES…) is the file system's; a frame source's own errors are not I/O of the bundle.
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new CreFailure('io', 'The bundle file could not be written.');
  }
  return internal('an unexpected error occurred');
}

export async function writeBundle(sodium: Sodium, options: WriteBundleOptions): Promise<{ bytes: number }> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const temp = `${options.path}.tmp-${randomBytes(6).toString('hex')}`;
  let file: FileHandle | undefined;
  let signature: ReturnType<typeof startSignature> | undefined;
  let stream: SecretStream | undefined;
  let writer: BlockWriter | undefined;
  // Never log this: key material.
  const fileKey = options.deterministic ? Uint8Array.from(options.deterministic.fileKey) : sodium.crypto_secretstream_xchacha20poly1305_keygen();
  try {
    const manifest = checkOptions(sodium, options, chunkSize);
    const manifestBytes = encodeJson(manifest);
    if (manifestBytes.byteLength > MAX_MANIFEST_BYTES) throw internal('the manifest is larger than 1 MiB');
    const sealed = options.recipients.map((key) => sodium.crypto_box_seal(fileKey, key));
    const stanzas = options.deterministic ? sealed : shuffled(sodium, sealed);
    const pushed = initPush(fileKey);
    stream = pushed.stream;
    const streamHeader = pushed.header;
    const header = encodeBundleHeader({ chunkSize, stanzas, streamHeader });
    signature = startSignature(sodium, header);
    file = await open(temp, 'wx', 0o600);
    const handle = file;
    let bytes = header.byteLength;
    const out = new BlockWriter(handle);
    writer = out;
    await out.write(header);
    const sealer = new PayloadSealer(sodium, pushed.stream, headerHash(sodium, header), chunkSize, async (ciphertext) => {
      await out.write(ciphertext);
      bytes += ciphertext.byteLength;
    });
    const signed = signature;
    const emit = async (frame: Uint8Array): Promise<void> => {
      sodium.crypto_sign_update(signed, frame);
      await sealer.write(frame);
      options.onProgress?.(sealer.written);
    };
    const tally = new ContentsTally();
    await emit(encodeFrame(FRAME_TYPE.manifest, manifestBytes));
    for await (const frame of options.frames) for (const piece of encodeBundleFrame(frame, tally)) await emit(piece);
    if (!tally.matches(manifest.contents)) throw internal("the frames do not match the manifest's contents");
    signature = undefined;
    await sealer.write(encodeFrame(FRAME_TYPE.signature, sodium.crypto_sign_final_create(signed, options.sender.signingSecretKey)));
    await sealer.finish();
    await out.flush();
    await handle.sync();
    await handle.close();
    file = undefined;
    await rename(temp, options.path);
    await fsyncDirectory(dirname(options.path));
    return { bytes };
  } catch (error) {
    await file?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw asFailure(error);
  } finally {
    // crypto_sign_final_create is what frees a signing state in libsodium's wrapper; an unfinished one is freed here.
    if (signature) {
      try {
        sodium.crypto_sign_final_create(signature, options.sender.signingSecretKey);
      } catch {
        // Nothing more to free.
      }
    }
    stream?.dispose();
    writer?.wipe();
    sodium.memzero(fileKey);
  }
}
