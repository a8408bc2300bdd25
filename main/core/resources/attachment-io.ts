// Files into and out of the vault in fixed-size chunks, hashed as they stream, so memory stays flat whatever the file's size.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { CreFailure } from '../../../common/contract/errors.js';
import { ATTACHMENT_CHUNK_BYTES, MAX_ATTACHMENT_BYTES } from '../../../common/resources/resource.schema.js';
import { chunkWriter, insertAttachment, iterateChunks, type StoredAttachment } from '../../../db/attachments.repo.js';
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { writeFileAtomicFrom } from '../fs/atomic-file.js';
import { mediaTypeOf } from './media-types.js';

/** Bytes handled so far out of `total`. */
export type ByteProgress = (done: number, total: number) => void;

export interface AttachmentLimits {
  chunkBytes: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: AttachmentLimits = { chunkBytes: ATTACHMENT_CHUNK_BYTES, maxBytes: MAX_ATTACHMENT_BYTES };

/** Progress is reported every this many chunks (and at the end): often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_CHUNKS = 8;

function tooLarge(limits: AttachmentLimits): CreFailure {
  return new CreFailure('too_large', `The file is larger than the attachment limit of ${limits.maxBytes} bytes.`, { limitBytes: limits.maxBytes });
}

/** Where an attachment's bytes come from: read piece by piece, so a large file never sits whole in memory. */
interface ChunkSource {
  fileName: string;
  /** The size measured before reading; the read may still find more. */
  size: number;
  /** Fills `buffer` as far as the source allows; 0 at its end. */
  fill(buffer: Buffer): number;
  close(): void;
}

/** A file on disk: the chosen file of an attach. */
function fileSource(path: string): ChunkSource {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new CreFailure('io', 'The chosen file could not be opened.');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CreFailure('io', 'The chosen path is not a regular file.');
    return {
      fileName: basename(path),
      size: stat.size,
      fill(buffer) {
        let filled = 0;
        try {
          while (filled < buffer.byteLength) {
            const read = readSync(fd, buffer, filled, buffer.byteLength - filled, null);
            if (read === 0) break;
            filled += read;
          }
        } catch {
          throw new CreFailure('io', 'The chosen file could not be read to the end.');
        }
        return filled;
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Bytes main already holds (the sample vault's small files), so they need no temporary file in the clear. */
function bytesSource(fileName: string, bytes: Uint8Array): ChunkSource {
  let offset = 0;
  return {
    fileName,
    size: bytes.byteLength,
    fill(buffer) {
      const piece = bytes.subarray(offset, offset + buffer.byteLength);
      buffer.set(piece);
      offset += piece.byteLength;
      return piece.byteLength;
    },
    close: () => undefined,
  };
}

/** Streams `source` into the vault as attachment `id` of `resourceId`, hashing as it goes. */
function storeFrom(
  db: WritableDB,
  input: { id: string; resourceId: string },
  source: ChunkSource,
  stamp: SyncStamp,
  onProgress: ByteProgress,
  limits: AttachmentLimits,
): StoredAttachment {
  try {
    if (source.size > limits.maxBytes) throw tooLarge(limits);
    const write = chunkWriter(db, input.id);
    const hash = createHash('sha256');
    // One buffer for the whole file: each chunk is copied into SQLite before the next read overwrites it.
    const buffer = Buffer.allocUnsafe(limits.chunkBytes);
    let size = 0;
    let position = 0;
    for (;;) {
      const filled = source.fill(buffer);
      if (filled === 0) break;
      size += filled;
      // The file may have grown since it was measured.
      if (size > limits.maxBytes) throw tooLarge(limits);
      const chunk = buffer.subarray(0, filled);
      hash.update(chunk);
      write(position, chunk);
      position += 1;
      if (position % PROGRESS_EVERY_CHUNKS === 0) onProgress(size, Math.max(size, source.size));
    }
    onProgress(size, size);
    const attachment = {
      id: input.id,
      resourceId: input.resourceId,
      fileName: source.fileName,
      mediaType: mediaTypeOf(source.fileName),
      size,
      sha256: hash.digest('hex'),
      chunkSize: limits.chunkBytes,
    };
    insertAttachment(db, attachment, stamp);
    return { ...attachment, createdAt: stamp.at, deletedAt: null };
  } finally {
    source.close();
  }
}

/**
 * Streams the file at `path` into the vault as attachment `id` of `resourceId`. Run it inside the caller's transaction:
 * a read error, a file over the limit or a throw from anywhere else leaves no chunk behind.
 */
export function storeAttachment(
  db: WritableDB,
  input: { id: string; resourceId: string; path: string },
  stamp: SyncStamp,
  onProgress: ByteProgress,
  limits: AttachmentLimits = DEFAULT_LIMITS,
): StoredAttachment {
  return storeFrom(db, input, fileSource(input.path), stamp, onProgress, limits);
}

/** The same from bytes in memory, named `fileName`; for small files main made itself, never for a user's file. */
export function storeAttachmentBytes(
  db: WritableDB,
  input: { id: string; resourceId: string; fileName: string; bytes: Uint8Array },
  stamp: SyncStamp,
  limits: AttachmentLimits = DEFAULT_LIMITS,
): StoredAttachment {
  return storeFrom(db, input, bytesSource(input.fileName, input.bytes), stamp, () => undefined, limits);
}

function damaged(): CreFailure {
  return new CreFailure('attachment_damaged', 'The stored attachment does not match its recorded size and hash.');
}

/** The attachment's chunks in order, checked as they pass: a gap, a surplus, a wrong size or hash throws after the last one. */
function* verifiedChunks(db: ReadableDB, attachment: StoredAttachment, onProgress: ByteProgress): Generator<Uint8Array> {
  const hash = createHash('sha256');
  let size = 0;
  let expected = 0;
  for (const { position, data } of iterateChunks(db, attachment.id)) {
    if (position !== expected || size + data.byteLength > attachment.size) throw damaged();
    hash.update(data);
    size += data.byteLength;
    expected += 1;
    yield data;
    if (expected % PROGRESS_EVERY_CHUNKS === 0) onProgress(size, attachment.size);
  }
  if (size !== attachment.size || hash.digest('hex') !== attachment.sha256) throw damaged();
  onProgress(size, attachment.size);
}

/**
 * Writes a plaintext copy of the attachment to `destination`: a temp file beside it, fsync, rename. When a chunk was
 * tampered with or lost, the temp file is removed and nothing appears at `destination`.
 */
export function copyAttachmentOut(db: ReadableDB, attachment: StoredAttachment, destination: string, onProgress: ByteProgress): void {
  try {
    writeFileAtomicFrom(destination, verifiedChunks(db, attachment, onProgress));
  } catch (error) {
    if (error instanceof CreFailure) throw error;
    throw new CreFailure('io', 'The copy could not be written.');
  }
}
