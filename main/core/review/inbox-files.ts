// A packet's file copied out of the reviewer's vault: its chunks checked against the recorded size and SHA-256 as they
// pass, written to a temp file beside the destination, fsynced, renamed; a damaged file leaves nothing behind.
import { createHash } from 'node:crypto';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB } from '../../../db/handles.js';
import { iterateInboxFileChunks, type StoredInboxFile } from '../../../db/inbox.repo.js';
import { writeFileAtomicFrom } from '../fs/atomic-file.js';

function damaged(): CreFailure {
  return new CreFailure('attachment_damaged', 'The stored file does not match its recorded size and hash.');
}

function* verifiedChunks(db: ReadableDB, file: StoredInboxFile): Generator<Uint8Array> {
  const hash = createHash('sha256');
  let size = 0;
  let expected = 0;
  for (const { position, data } of iterateInboxFileChunks(db, file.seq)) {
    if (position !== expected || size + data.byteLength > file.size) throw damaged();
    hash.update(data);
    size += data.byteLength;
    expected += 1;
    yield data;
  }
  if (size !== file.size || hash.digest('hex') !== file.sha256) throw damaged();
}

export function copyInboxFileOut(db: ReadableDB, file: StoredInboxFile, destination: string): void {
  try {
    writeFileAtomicFrom(destination, verifiedChunks(db, file));
  } catch (error) {
    if (error instanceof CreFailure) throw error;
    throw new CreFailure('io', 'The copy could not be written.');
  }
}
