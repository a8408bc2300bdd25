// Real storage errors (SQLite's and the file system's) get their own codes, and the data key reaches SQLCipher as a Buffer.
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openVaultDatabase, rawKeyText } from '../../../db/connection.js';
import { storageFailureOf } from '../../../db/storage-errors.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const codeOf = (error: unknown) => storageFailureOf(error)?.code ?? null;

function caught(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

afterEach(() => vi.restoreAllMocks());

describe('storage errors', () => {
  it('a database that cannot grow is disk_full (SQLITE_FULL)', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'vault.db'), randomBytes(32), { create: true });
    db.exec('CREATE TABLE filler (blob BLOB)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const error = caught(() => {
      for (let i = 0; i < 100; i += 1) db.prepare('INSERT INTO filler VALUES (?)').run(randomBytes(4096));
    });
    db.close();
    expect((error as { code?: string }).code).toBe('SQLITE_FULL');
    expect(codeOf(error)).toBe('disk_full');
  });

  it('a write the file system refuses for space is disk_full (ENOSPC)', () => {
    if (!existsSync('/dev/full')) return;
    const fd = openSync('/dev/full', 'w');
    const error = caught(() => writeSync(fd, Buffer.alloc(16)));
    closeSync(fd);
    expect(codeOf(error)).toBe('disk_full');
  });

  it('a database opened read-only refuses writes as read_only', () => {
    const file = join(makeTempDir(), 'plain.db');
    const writable = new Database(file);
    writable.exec('CREATE TABLE t (x)');
    writable.close();
    const readonly = new Database(file, { readonly: true });
    const error = caught(() => readonly.exec('INSERT INTO t VALUES (1)'));
    readonly.close();
    expect(codeOf(error)).toBe('read_only');
  });

  it('keeps corrupt for real damage, and leaves errors that are not about storage alone', () => {
    const file = join(makeTempDir(), 'noise.db');
    writeFileSync(file, randomBytes(8192));
    const db = new Database(file);
    const error = caught(() => db.prepare('SELECT count(*) FROM sqlite_master').get());
    db.close();
    expect(codeOf(error)).toBe('corrupt');
    expect(codeOf(new TypeError('a bug'))).toBeNull();
  });
});

describe('the data key on its way to SQLCipher', () => {
  it("is spelled x'…' in a Buffer, never in a string", () => {
    const key = randomBytes(32);
    const text = rawKeyText(key);
    expect(Buffer.isBuffer(text)).toBe(true);
    expect(text.toString('latin1')).toBe(`x'${key.toString('hex')}'`);
  });

  it('is zeroed once the database has it, and the database opens', () => {
    const seen: Buffer[] = [];
    const original = Database.prototype.key;
    vi.spyOn(Database.prototype, 'key').mockImplementation(function (this: Database.Database, key: Buffer) {
      seen.push(key);
      return original.call(this, key);
    });
    const db = openVaultDatabase(join(makeTempDir(), 'vault.db'), randomBytes(32), { create: true });
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.every((byte) => byte === 0)).toBe(true);
  });
});
