// The bundle header (docs/bundle-format.md, "Layout"): its constants, how it is encoded, and checks 1–3 of reading it.
import type { FileHandle } from 'node:fs/promises';
import { CreFailure } from '../../../../common/contract/errors.js';
import { BUNDLE_FORMAT_VERSION, MAX_BUNDLE_RECIPIENTS } from '../../../../common/bundles/manifest.schema.js';

export const BUNDLE_MAGIC = new TextEncoder().encode('CREBUNDL');
/** Magic (8), version (2), chunk size (4), stanza count (2). */
export const HEADER_FIXED_BYTES = 16;
/** crypto_box_seal of a 32-byte file key: 32 + 48. */
export const STANZA_BYTES = 80;
export const STREAM_HEADER_BYTES = 24;
/** Poly1305 tag (16) and the encrypted tag byte (1) each secretstream chunk adds. */
export const CHUNK_OVERHEAD_BYTES = 17;
export const MIN_CHUNK_SIZE = 1024;
export const MAX_CHUNK_SIZE = 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 65536;
export const MIN_STANZAS = 1;
export const MAX_STANZAS = MAX_BUNDLE_RECIPIENTS;
/** The shortest file that can hold a header: one with a single stanza. */
export const MIN_HEADER_BYTES = HEADER_FIXED_BYTES + STANZA_BYTES + STREAM_HEADER_BYTES;

export interface BundleHeader {
  version: number;
  chunkSize: number;
  stanzas: Uint8Array[];
  streamHeader: Uint8Array;
  /** Every header byte, magic to stream header: what the header hash and the signature cover. */
  bytes: Uint8Array;
}

export function headerLength(stanzaCount: number): number {
  return HEADER_FIXED_BYTES + stanzaCount * STANZA_BYTES + STREAM_HEADER_BYTES;
}

export function chunkSizeAllowed(chunkSize: number): boolean {
  return Number.isInteger(chunkSize) && chunkSize >= MIN_CHUNK_SIZE && chunkSize <= MAX_CHUNK_SIZE;
}

/** The header's bytes. `version` and `magic` differ from the real ones only when tests build damaged files. */
export function encodeBundleHeader(parts: {
  chunkSize: number;
  stanzas: Uint8Array[];
  streamHeader: Uint8Array;
  version?: number;
  magic?: Uint8Array;
}): Uint8Array {
  const bytes = new Uint8Array(headerLength(parts.stanzas.length));
  const view = new DataView(bytes.buffer);
  bytes.set(parts.magic ?? BUNDLE_MAGIC, 0);
  view.setUint16(8, parts.version ?? BUNDLE_FORMAT_VERSION);
  view.setUint32(10, parts.chunkSize);
  view.setUint16(14, parts.stanzas.length);
  parts.stanzas.forEach((stanza, index) => bytes.set(stanza, HEADER_FIXED_BYTES + index * STANZA_BYTES));
  bytes.set(parts.streamHeader, HEADER_FIXED_BYTES + parts.stanzas.length * STANZA_BYTES);
  return bytes;
}

function badHeader(why: string): CreFailure {
  return new CreFailure('bad_header', `This is not a CRE bundle, or its header is damaged (${why}).`);
}

/** Fills `buffer` from `position`; an error of the file system becomes `io`. */
export async function readExactly(file: FileHandle, buffer: Uint8Array, position: number): Promise<void> {
  let filled = 0;
  try {
    while (filled < buffer.byteLength) {
      const { bytesRead } = await file.read(buffer, filled, buffer.byteLength - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
  } catch {
    throw new CreFailure('io', 'The bundle file could not be read.');
  }
  if (filled < buffer.byteLength) throw new CreFailure('io', 'The bundle file changed size while it was read.');
}

/** Reads and checks the header (steps 1–3 of the spec, in its order) from a file of `fileBytes` bytes. */
export async function readBundleHeader(file: FileHandle, fileBytes: number): Promise<BundleHeader> {
  if (fileBytes < MIN_HEADER_BYTES) throw badHeader('the file is shorter than a header');
  const fixed = new Uint8Array(HEADER_FIXED_BYTES);
  await readExactly(file, fixed, 0);
  if (!BUNDLE_MAGIC.every((byte, index) => fixed[index] === byte)) throw badHeader('wrong magic');
  const view = new DataView(fixed.buffer);
  const version = view.getUint16(8);
  // Versions count up from 1: a 0 is no format at all, not one made by a newer app.
  if (version === 0) throw badHeader('format version 0 does not exist');
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new CreFailure('unsupported_version', `This bundle has format version ${version}, which this app cannot read.`, { version });
  }
  const chunkSize = view.getUint32(10);
  const stanzaCount = view.getUint16(14);
  if (!chunkSizeAllowed(chunkSize)) throw badHeader('chunk size out of range');
  if (stanzaCount < MIN_STANZAS || stanzaCount > MAX_STANZAS) throw badHeader('stanza count out of range');
  const length = headerLength(stanzaCount);
  if (fileBytes < length) throw badHeader('the header is incomplete');
  const bytes = new Uint8Array(length);
  bytes.set(fixed, 0);
  await readExactly(file, bytes.subarray(HEADER_FIXED_BYTES), HEADER_FIXED_BYTES);
  const stanzas: Uint8Array[] = [];
  for (let index = 0; index < stanzaCount; index += 1) {
    const start = HEADER_FIXED_BYTES + index * STANZA_BYTES;
    stanzas.push(bytes.subarray(start, start + STANZA_BYTES));
  }
  return { version, chunkSize, stanzas, streamHeader: bytes.subarray(length - STREAM_HEADER_BYTES), bytes };
}
