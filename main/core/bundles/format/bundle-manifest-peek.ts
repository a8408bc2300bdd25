// Reads only a bundle's manifest (docs/bundle-format.md, "Reading", steps 1–9): header, stanza, then the first chunks
// until the manifest frame is complete. Nothing is applied or written; the signature (step 14) is checked only on import.
import { open, type FileHandle } from 'node:fs/promises';
import { bundleManifestSchema, type BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure } from '../../../../common/contract/errors.js';
import type { Sodium } from '../../crypto/sodium.js';
import { headerHash, openFileKey, publicKeyText, type BundleRecipientKeys } from './bundle-crypto.js';
import { readBundleHeader } from './bundle-header.js';
import type { BundleOutline } from './bundle-inspect.js';
import { bodyLimits, decodeJson, FRAME_HEADER_BYTES, FRAME_TYPE } from './frames.js';
import { openPayloadChunks } from './payload-stream.js';

export interface ManifestPeek {
  outline: BundleOutline;
  /** Decrypted with this vault's key and addressed to it, but not yet authenticated by the sender's signature. */
  manifest: BundleManifest;
}

function badPayload(why: string): CreFailure {
  return new CreFailure('bad_payload', `The bundle's content is damaged (${why}).`);
}

/** Collects the first frame's bytes from plaintext pieces; holds at most one manifest (1 MiB). */
class ManifestCollector {
  private readonly header = new Uint8Array(FRAME_HEADER_BYTES);
  private headerFill = 0;
  private body: Uint8Array | undefined;
  private bodyFill = 0;

  /** Takes a piece of plaintext; the manifest's body once it is complete, else undefined. */
  push(piece: Uint8Array): Uint8Array | undefined {
    let offset = 0;
    if (this.body === undefined) {
      const take = Math.min(FRAME_HEADER_BYTES - this.headerFill, piece.byteLength);
      this.header.set(piece.subarray(0, take), this.headerFill);
      this.headerFill += take;
      offset = take;
      if (this.headerFill < FRAME_HEADER_BYTES) return undefined;
      if (this.header[0] !== FRAME_TYPE.manifest) throw badPayload('the first frame is not the manifest');
      const length = new DataView(this.header.buffer).getUint32(1);
      const limits = bodyLimits(FRAME_TYPE.manifest);
      if (!limits || length < limits.min || length > limits.max) throw badPayload('the manifest has a length out of its limits');
      this.body = new Uint8Array(length);
    }
    const take = Math.min(this.body.byteLength - this.bodyFill, piece.byteLength - offset);
    this.body.set(piece.subarray(offset, offset + take), this.bodyFill);
    this.bodyFill += take;
    return this.bodyFill === this.body.byteLength ? this.body : undefined;
  }
}

/** Steps 8 and 9, as the reader makes them: a valid manifest of version 1 that lists the reader's two keys. */
function acceptManifest(sodium: Sodium, body: Uint8Array, me: BundleRecipientKeys): BundleManifest {
  const parsed = bundleManifestSchema.safeParse(decodeJson(body, 'the manifest'));
  if (!parsed.success) throw badPayload('the manifest is not valid');
  const encryptionKey = publicKeyText(sodium, me.encryptionPublicKey);
  const signingKey = publicKeyText(sodium, me.signingPublicKey);
  if (!parsed.data.recipients.some((party) => party.encryptionKey === encryptionKey && party.signingKey === signingKey)) {
    throw new CreFailure('forwarded', 'This bundle was addressed to someone else and passed on.');
  }
  return parsed.data;
}

async function peekOpenFile(sodium: Sodium, file: FileHandle, me: BundleRecipientKeys): Promise<ManifestPeek> {
  let fileBytes: number;
  try {
    fileBytes = (await file.stat()).size;
  } catch {
    throw new CreFailure('io', 'The bundle file could not be read.');
  }
  const header = await readBundleHeader(file, fileBytes);
  const outline: BundleOutline = { bytes: fileBytes, version: header.version, chunkSize: header.chunkSize, recipients: header.stanzas.length };
  // Never log this: key material.
  const fileKey = openFileKey(sodium, header.stanzas, me);
  try {
    const collector = new ManifestCollector();
    const chunks = openPayloadChunks(sodium, {
      file,
      fileBytes,
      start: header.bytes.byteLength,
      chunkSize: header.chunkSize,
      fileKey,
      streamHeader: header.streamHeader,
      headerHash: headerHash(sodium, header.bytes),
    });
    for await (const plaintext of chunks) {
      const body = collector.push(plaintext);
      // Leaving the loop closes the generator: the rest of the file is not read.
      if (body) return { outline, manifest: acceptManifest(sodium, body, me) };
    }
    throw badPayload('the manifest is cut short');
  } finally {
    sodium.memzero(fileKey);
  }
}

/** The outline and the manifest of a bundle addressed to `me`; any failure is a CreFailure with the reader's code. */
export async function peekBundleManifest(sodium: Sodium, path: string, me: BundleRecipientKeys): Promise<ManifestPeek> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    throw new CreFailure('io', 'The bundle file could not be opened.');
  }
  try {
    return await peekOpenFile(sodium, file, me);
  } catch (error) {
    if (isCreFailure(error)) throw error;
    throw new CreFailure('internal', 'The bundle could not be read: an unexpected error occurred.');
  } finally {
    await file.close().catch(() => undefined);
  }
}
