// Opens the SQLCipher 4 vault database with a raw 32-byte key and applies the pragmas the security brief requires.
import { closeSync, constants, existsSync, openSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CreFailure } from '../common/contract/errors.js';
import { asWritable, type WritableDB } from './handles.js';
import { storageFailureOf } from './storage-errors.js';

export const DATA_KEY_BYTES = 32;

export interface OpenOptions {
  /** Create the file (mode 0600) if it does not exist; otherwise a missing file is an error. */
  create?: boolean;
  /** Path to a native addon built for another ABI (the Electron build), passed to better-sqlite3. */
  nativeBinding?: string | undefined;
}

/** The pragmas promised by the security brief, read back by tests. */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  secure_delete: 1,
  temp_store: 2, // MEMORY
  foreign_keys: 1,
} as const;

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/**
 * `x'…'` is SQLCipher's raw-key syntax: the bytes are the key, no PBKDF2. Built straight into a Buffer, never a string,
 * so the caller can zero it: a JavaScript string of the key could not be. Never log this: key material.
 */
export function rawKeyText(key: Uint8Array): Buffer {
  const text = Buffer.alloc(key.byteLength * 2 + 3);
  text[0] = 0x78; // x
  text[1] = 0x27; // '
  for (let i = 0; i < key.byteLength; i += 1) {
    const byte = key[i] ?? 0;
    text[2 + i * 2] = HEX_DIGITS[byte >> 4] ?? 0;
    text[3 + i * 2] = HEX_DIGITS[byte & 0x0f] ?? 0;
  }
  text[text.byteLength - 1] = 0x27;
  return text;
}

export function openVaultDatabase(file: string, key: Uint8Array, options: OpenOptions = {}): WritableDB {
  if (key.byteLength !== DATA_KEY_BYTES) throw new CreFailure('crypto', 'The data key must be 32 bytes.');
  if (!existsSync(file)) {
    if (!options.create) throw new CreFailure('vault_file_missing', 'The vault database file is missing.', { file: basename(file) });
    // Create the file ourselves so it is 0600 from its first byte; SQLite gives -wal and -shm the same mode.
    closeSync(openSync(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    const keyText = rawKeyText(key);
    try {
      db.key(keyText);
    } finally {
      keyText.fill(0);
    }
    // The first read decrypts page 1: a wrong key or a damaged header fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (error instanceof CreFailure) throw error;
    // A full disk or a read-only folder fails here too (SQLite opens the -wal and -shm files): those are not a wrong key.
    const storage = storageFailureOf(error, dirname(file));
    if (storage && storage.code !== 'corrupt') throw storage;
    throw new CreFailure('crypto', 'The vault database could not be decrypted with this key.');
  }
  try {
    applyPragmas(db);
  } catch (error) {
    db.close();
    throw storageFailureOf(error, dirname(file)) ?? error;
  }
  return asWritable(db);
}

function applyPragmas(db: Database.Database): void {
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

export function readPragmas(db: Database.Database): Record<keyof typeof REQUIRED_PRAGMAS, unknown> {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    secure_delete: db.pragma('secure_delete', { simple: true }),
    temp_store: db.pragma('temp_store', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
  };
}

/** Moves every committed page from the WAL into the main file, so the file alone is the whole database. */
export function checkpointVaultDatabase(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Checkpoints the WAL into the main file and closes; safe to call twice. */
export function closeVaultDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
