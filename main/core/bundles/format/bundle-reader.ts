// Reads a bundle (docs/bundle-format.md, "Reading"): the spec's fourteen checks in its order, rows and attachment pieces
// handed to the caller as they come, and success only once the signature, the last check, verifies.
import type { FileHandle } from 'node:fs/promises';
import { bundleManifestSchema, type BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure } from '../../../../common/contract/errors.js';
import type { Sodium } from '../../crypto/sodium.js';
import { ContentsTally } from './bundle-contents.js';
import { withBundleFile } from './bundle-file.js';
import { openFileKey, publicKeyText, startSignature, type BundleRecipientKeys } from './bundle-crypto.js';
import { readBundleHeader } from './bundle-header.js';
import { decodeAttachmentBody, decodeJson, decodeRecordsBody, encodeFrameHeader, FRAME_TYPE, FrameSplitter } from './frames.js';
import { openBundlePayload } from './payload-stream.js';

export type { BundleRecipientKeys } from './bundle-crypto.js';

export interface ReadBundleOptions {
  path: string;
  me: BundleRecipientKeys;
  /** Steps 10–12 of the spec: throws CreFailure unknown_sender | unverified_sender | replayed to refuse. */
  admitSender: (manifest: BundleManifest) => void;
  /** Step 13's "rows valid for their table": may throw CreFailure('bad_payload'). Called as frames are read. */
  onRecords: (table: string, rows: Record<string, unknown>[]) => void;
  onAttachmentChunk: (attachmentId: string, position: number, bytes: Uint8Array) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

function badPayload(why: string): CreFailure {
  return new CreFailure('bad_payload', `The bundle's content is damaged (${why}).`);
}

/** A caller's callback may refuse with a CreFailure; anything else it throws is a bug on its side, reported as internal. */
function callBack<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (isCreFailure(error)) throw error;
    throw new CreFailure('internal', 'The bundle could not be applied: an unexpected error occurred.');
  }
}

/** Steps 8 and 9: the first frame is a manifest of version 1 that lists the reader's two keys as one recipient. */
export function acceptManifest(sodium: Sodium, body: Uint8Array, me: BundleRecipientKeys): BundleManifest {
  const parsed = bundleManifestSchema.safeParse(decodeJson(body, 'the manifest'));
  if (!parsed.success) throw badPayload('the manifest is not valid');
  const manifest = parsed.data;
  const encryptionKey = publicKeyText(sodium, me.encryptionPublicKey);
  const signingKey = publicKeyText(sodium, me.signingPublicKey);
  if (!manifest.recipients.some((party) => party.encryptionKey === encryptionKey && party.signingKey === signingKey)) {
    throw new CreFailure('forwarded', 'This bundle was addressed to someone else and passed on.');
  }
  return manifest;
}

function publicKeyBytes(sodium: Sodium, text: string): Uint8Array {
  try {
    return sodium.from_base64(text, sodium.base64_variants.ORIGINAL);
  } catch {
    throw badPayload("the sender's signing key is not base64");
  }
}

async function readOpenFile(sodium: Sodium, file: FileHandle, fileBytes: number, options: ReadBundleOptions): Promise<{ manifest: BundleManifest; bytes: number }> {
  const header = await readBundleHeader(file, fileBytes);
  options.onProgress?.(header.bytes.byteLength, fileBytes);
  // Never log this: key material.
  const fileKey = openFileKey(sodium, header.stanzas, options.me);
  const signature = startSignature(sodium, header.bytes);
  const tally = new ContentsTally();
  let manifest: BundleManifest | undefined;
  let signatureBytes: Uint8Array | undefined;

  const onFrame = (type: number, body: Uint8Array): void => {
    if (type === FRAME_TYPE.signature) {
      if (!manifest) throw badPayload('the first frame is not the manifest');
      // The splitter reuses its body buffer for the next frame: keep a copy.
      signatureBytes = Uint8Array.from(body);
      return;
    }
    sodium.crypto_sign_update(signature, encodeFrameHeader(type, body.byteLength));
    sodium.crypto_sign_update(signature, body);
    if (type === FRAME_TYPE.manifest) {
      if (manifest) throw badPayload('there is a second manifest');
      const accepted = acceptManifest(sodium, body, options.me);
      callBack(() => options.admitSender(accepted));
      manifest = accepted;
      return;
    }
    if (!manifest) throw badPayload('the first frame is not the manifest');
    if (type === FRAME_TYPE.records) {
      const { table, rows } = decodeRecordsBody(body);
      tally.addRows(table, rows);
      if (tally.exceeds(manifest.contents)) throw badPayload("the records exceed the manifest's counts");
      callBack(() => options.onRecords(table, rows));
      return;
    }
    const piece = decodeAttachmentBody(body);
    tally.addAttachmentPiece(piece.attachmentId, piece.bytes.byteLength);
    if (tally.exceeds(manifest.contents)) throw badPayload("the attachments exceed the manifest's counts");
    callBack(() => options.onAttachmentChunk(piece.attachmentId, piece.position, piece.bytes));
  };

  const splitter = new FrameSplitter(onFrame);
  try {
    const chunks = openBundlePayload(sodium, file, fileBytes, header, fileKey, options.onProgress);
    for await (const plaintext of chunks) splitter.push(plaintext);
  } finally {
    sodium.memzero(fileKey);
  }
  splitter.finish();
  if (!manifest || !signatureBytes) throw badPayload('the manifest or the signature is missing');
  if (!tally.matches(manifest.contents)) throw badPayload("the frames do not match the manifest's counts");
  const senderKey = publicKeyBytes(sodium, manifest.sender.signingKey);
  let verified = false;
  try {
    verified = sodium.crypto_sign_final_verify(signature, signatureBytes, senderKey);
  } catch {
    verified = false;
  }
  if (!verified) throw new CreFailure('bad_signature', "The bundle's signature does not verify with its sender's key.");
  return { manifest, bytes: fileBytes };
}

/** Resolves only when every check of the spec passed, signature last; any failure is a CreFailure with the spec's code. */
export async function readBundle(sodium: Sodium, options: ReadBundleOptions): Promise<{ manifest: BundleManifest; bytes: number }> {
  return withBundleFile(options.path, (file, fileBytes) => readOpenFile(sodium, file, fileBytes, options));
}
