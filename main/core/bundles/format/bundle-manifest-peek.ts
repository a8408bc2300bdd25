// Reads only a bundle's manifest (docs/bundle-format.md, "Reading", steps 1–9): header, stanza, then the first chunks
// until the manifest frame is complete. Nothing is applied or written; the signature (step 14) is checked only on import.
import type { FileHandle } from 'node:fs/promises';
import type { BundleManifest } from '../../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../../common/contract/errors.js';
import type { Sodium } from '../../crypto/sodium.js';
import { openFileKey, type BundleRecipientKeys } from './bundle-crypto.js';
import { withBundleFile } from './bundle-file.js';
import { readBundleHeader } from './bundle-header.js';
import type { BundleOutline } from './bundle-inspect.js';
import { acceptManifest } from './bundle-reader.js';
import { bodyLimits, FRAME_HEADER_BYTES, FRAME_TYPE } from './frames.js';
import { openBundlePayload } from './payload-stream.js';

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

async function peekOpenFile(sodium: Sodium, file: FileHandle, fileBytes: number, me: BundleRecipientKeys): Promise<ManifestPeek> {
  const header = await readBundleHeader(file, fileBytes);
  const outline: BundleOutline = { bytes: fileBytes, version: header.version, chunkSize: header.chunkSize, recipients: header.stanzas.length };
  // Never log this: key material.
  const fileKey = openFileKey(sodium, header.stanzas, me);
  try {
    const collector = new ManifestCollector();
    const chunks = openBundlePayload(sodium, file, fileBytes, header, fileKey);
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
  return withBundleFile(path, (file, fileBytes) => peekOpenFile(sodium, file, fileBytes, me));
}
