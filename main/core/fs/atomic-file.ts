// Writes small files so a crash leaves the old version or the new one, never half of either: temp name, fsync, rename, fsync folder.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

export function writeFileAtomic(file: string, data: string | Uint8Array, mode: number = PRIVATE_FILE_MODE): void {
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'wx', mode);
  try {
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  fsyncDirectory(dirname(file));
}

/** Like writeFileAtomic for data too big to hold, written piece by piece: if `pieces` throws, the temp file goes and nothing is renamed. */
export function writeFileAtomicFrom(file: string, pieces: Iterable<Uint8Array>, mode: number = PRIVATE_FILE_MODE): void {
  const temp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  const fd = openSync(temp, 'wx', mode);
  try {
    for (const piece of pieces) {
      let offset = 0;
      while (offset < piece.byteLength) offset += writeSync(fd, piece, offset, piece.byteLength - offset);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  fsyncDirectory(dirname(file));
}

function fsyncDirectory(dir: string): void {
  // Windows cannot open a folder for fsync; there the rename is already durable enough.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates the folder (and parents) and makes sure the folder itself is 0700. */
export function ensurePrivateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform !== 'win32') chmodSync(dir, PRIVATE_DIR_MODE);
}
