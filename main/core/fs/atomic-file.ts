// Writes small files so a crash leaves the old version or the new one, never half of either: temp name, fsync, rename, fsync folder.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** The suffix of the temp files below: a stray one left by a kill is removed at the next open (vault-files.ts). */
export const TEMP_SUFFIX_PATTERN = /\.tmp-[0-9a-f]{12}$/;

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

/** Makes a rename or a new file in `dir` durable. */
export function fsyncDirectory(dir: string): void {
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
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  } catch (error) {
    // Node's recursive mkdir reports a read-only file system as ENOENT: where the parent exists, ask again for the reason.
    if ((error as { code?: unknown }).code === 'ENOENT' && existsSync(dirname(dir))) mkdirSync(dir, { mode: PRIVATE_DIR_MODE });
    throw error;
  }
  if (process.platform !== 'win32') chmodSync(dir, PRIVATE_DIR_MODE);
}
