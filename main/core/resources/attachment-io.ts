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

/** Fills `buffer` from `fd` as far as the file allows; 0 at the end of the file. */
function readChunk(fd: number, buffer: Buffer): number {
  let filled = 0;
  while (filled < buffer.byteLength) {
    const read = readSync(fd, buffer, filled, buffer.byteLength - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled;
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
  let fd: number;
  try {
    fd = openSync(input.path, 'r');
  } catch {
    throw new CreFailure('io', 'The chosen file could not be opened.');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new CreFailure('io', 'The chosen path is not a regular file.');
    if (stat.size > limits.maxBytes) throw tooLarge(limits);
    const write = chunkWriter(db, input.id);
    const hash = createHash('sha256');
    // One buffer for the whole file: each chunk is copied into SQLite before the next read overwrites it.
    const buffer = Buffer.allocUnsafe(limits.chunkBytes);
    let size = 0;
    let position = 0;
    for (;;) {
      let filled: number;
      try {
        filled = readChunk(fd, buffer);
      } catch {
        throw new CreFailure('io', 'The chosen file could not be read to the end.');
      }
      if (filled === 0) break;
      size += filled;
      // The file may have grown since it was measured.
      if (size > limits.maxBytes) throw tooLarge(limits);
      const chunk = buffer.subarray(0, filled);
      hash.update(chunk);
      write(position, chunk);
      position += 1;
      if (position % PROGRESS_EVERY_CHUNKS === 0) onProgress(size, Math.max(size, stat.size));
    }
    onProgress(size, size);
    const fileName = basename(input.path);
    const attachment = {
      id: input.id,
      resourceId: input.resourceId,
      fileName,
      mediaType: mediaTypeOf(fileName),
      size,
      sha256: hash.digest('hex'),
      chunkSize: limits.chunkBytes,
    };
    insertAttachment(db, attachment, stamp);
    return { ...attachment, createdAt: stamp.at, deletedAt: null };
  } finally {
    closeSync(fd);
  }
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
