// SQLCipher 4's cipher_integrity_check, done in JavaScript: the driver's cipher library lacks that pragma (docs/decisions/0003).
// Every page of the file carries an HMAC-SHA512 over its ciphertext, IV and page number; a page whose HMAC fails was altered.
import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** SQLCipher 4 defaults (cipher_compatibility = 4). */
export const SQLCIPHER4 = {
  pageSize: 4096,
  saltBytes: 16,
  ivBytes: 16,
  hmacBytes: 64,
  reserveBytes: 80,
  hmacSaltMask: 0x3a,
  fastKdfIterations: 2,
} as const;

/** The HMAC key SQLCipher derives from a raw key: PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations). Never log this. */
function hmacKeyFor(key: Uint8Array, salt: Uint8Array): Buffer {
  const hmacSalt = Buffer.from(salt.map((byte) => byte ^ SQLCIPHER4.hmacSaltMask));
  return pbkdf2Sync(key, hmacSalt, SQLCIPHER4.fastKdfIterations, key.byteLength, 'sha512');
}

function pageIsAuthentic(page: Buffer, pageNumber: number, hmacKey: Buffer): boolean {
  // Page 1 starts with the file's salt, which is outside the encrypted and authenticated part.
  const body = pageNumber === 1 ? page.subarray(SQLCIPHER4.saltBytes) : page;
  const authenticatedLength = body.byteLength - SQLCIPHER4.reserveBytes + SQLCIPHER4.ivBytes;
  const stored = body.subarray(authenticatedLength, authenticatedLength + SQLCIPHER4.hmacBytes);
  const pgno = Buffer.alloc(4);
  pgno.writeUInt32LE(pageNumber);
  const expected = createHmac('sha512', hmacKey).update(body.subarray(0, authenticatedLength)).update(pgno).digest();
  return timingSafeEqual(expected, stored);
}

/**
 * Checks every page of a SQLCipher 4 file encrypted with a raw key. Call after a WAL checkpoint so the file is whole.
 * Returns one message per problem, in the words SQLCipher uses; an empty list means every page is intact.
 */
export function checkPageIntegrity(file: string, key: Uint8Array): string[] {
  const problems: string[] = [];
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size % SQLCIPHER4.pageSize !== 0) {
      problems.push(`page ${Math.floor(size / SQLCIPHER4.pageSize) + 1} has an invalid size of ${size % SQLCIPHER4.pageSize} bytes`);
    }
    const page = Buffer.alloc(SQLCIPHER4.pageSize);
    readSync(fd, page, 0, SQLCIPHER4.pageSize, 0);
    const hmacKey = hmacKeyFor(key, page.subarray(0, SQLCIPHER4.saltBytes));
    try {
      const pages = Math.floor(size / SQLCIPHER4.pageSize);
      for (let pageNumber = 1; pageNumber <= pages; pageNumber += 1) {
        readSync(fd, page, 0, SQLCIPHER4.pageSize, (pageNumber - 1) * SQLCIPHER4.pageSize);
        if (!pageIsAuthentic(page, pageNumber, hmacKey)) problems.push(`HMAC verification failed for page ${pageNumber}`);
      }
    } finally {
      hmacKey.fill(0);
    }
  } finally {
    closeSync(fd);
  }
  return problems;
}
