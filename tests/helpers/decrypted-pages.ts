// Every page of a vault database decrypted with its data key, outside SQLite, as SQLCipher 4 stores them with a raw key
// (docs/vault-format.md): pages of 4096 bytes, each ending in 80 reserved bytes (a 16-byte IV, then a 64-byte HMAC),
// encrypted with AES-256-CBC under the raw key; page 1 begins with the 16-byte salt, its encrypted part after it.
// For tests that look for what a deletion must have left nowhere, free pages and free space in pages included.
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SQLCIPHER_PAGE_SIZE = 4096;
export const SQLCIPHER_RESERVE = 80;
const IV_BYTES = 16;
const SALT_BYTES = 16;

/** Never log `key`: key material (of a throwaway test vault). */
export function decryptedPages(databaseFile: string, key: Uint8Array): Buffer[] {
  const file = readFileSync(databaseFile);
  if (file.byteLength % SQLCIPHER_PAGE_SIZE !== 0) throw new Error('The database is not a whole number of pages.');
  const pages: Buffer[] = [];
  for (let offset = 0; offset < file.byteLength; offset += SQLCIPHER_PAGE_SIZE) {
    const page = file.subarray(offset, offset + SQLCIPHER_PAGE_SIZE);
    const end = SQLCIPHER_PAGE_SIZE - SQLCIPHER_RESERVE;
    const iv = page.subarray(end, end + IV_BYTES);
    const encrypted = page.subarray(offset === 0 ? SALT_BYTES : 0, end);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    pages.push(Buffer.concat([decipher.update(encrypted), decipher.final()]));
  }
  const first = pages[0];
  // The decrypted header must state the page size (offset 16, big-endian) and the reserve (offset 20): a wrong key or
  // layout would make these read as noise, and every search below would wrongly find nothing.
  if (!first || first.readUInt16BE(16 - SALT_BYTES) !== SQLCIPHER_PAGE_SIZE || first[20 - SALT_BYTES] !== SQLCIPHER_RESERVE) {
    throw new Error('The pages did not decrypt to a SQLite database with this key.');
  }
  return pages;
}

/** The pages (numbered from 1, as SQLite does) whose plaintext holds `needle`. */
export function pagesHolding(databaseFile: string, key: Uint8Array, needle: string | Uint8Array): number[] {
  const wanted = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : Buffer.from(needle);
  const found: number[] = [];
  decryptedPages(databaseFile, key).forEach((page, index) => {
    if (page.includes(wanted)) found.push(index + 1);
  });
  return found;
}
