// Names what went wrong with the storage under a vault, so a full disk or a read-only folder is never reported as damage.
import { statfsSync } from 'node:fs';
import { CreFailure } from '../common/contract/errors.js';

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

export function diskFull(): CreFailure {
  return new CreFailure('disk_full', 'The disk is full: free some space and try again. The vault was not damaged.');
}

export function readOnly(): CreFailure {
  return new CreFailure('read_only', 'The vault folder cannot be written (read-only or no permission). The vault was not changed.');
}

/** SQLite reports a page that fails its HMAC, or a file that is not a database, with these codes. */
export function isDatabaseCorruption(error: unknown): boolean {
  if (error instanceof CreFailure) return error.code === 'corrupt';
  const code = codeOf(error);
  return code !== undefined && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** SQLite reports some writes a full disk refused (growing the -shm file, say) only as an I/O error: look at the disk. */
function hasNoSpaceLeft(dir: string | undefined): boolean {
  if (dir === undefined) return false;
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/**
 * The typed failure a storage error stands for: `disk_full`, `read_only`, `corrupt` (real damage only) or `io`; null
 * for anything that is not a storage error. SQLite's CANTOPEN is a folder SQLite could not write its -wal or -shm in.
 * `dir`, the folder written to, lets an I/O error on a disk with no space left be named for what it is.
 */
export function storageFailureOf(error: unknown, dir?: string): CreFailure | null {
  if (error instanceof CreFailure) return error;
  const code = codeOf(error);
  if (code === undefined) return null;
  if (DISK_FULL_CODES.has(code)) return diskFull();
  if (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return readOnly();
  if (isDatabaseCorruption(error)) return new CreFailure('corrupt', 'The vault database is damaged: SQLite could not read it.');
  if (code.startsWith('SQLITE_IOERR') || (/^E[A-Z]+$/.test(code) && error instanceof Error && 'syscall' in error)) {
    return hasNoSpaceLeft(dir) ? diskFull() : new CreFailure('io', 'A vault file could not be read or written.');
  }
  return null;
}

/** Storage errors typed; anything else (a bug) passed through unchanged for the caller's own fallback. */
export function rethrowAsStorageFailure(error: unknown): never {
  throw storageFailureOf(error) ?? error;
}
