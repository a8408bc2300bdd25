// Security 1 and docs/vault-format.md: the vault opens in stock SQLCipher 4 by following the document alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWithStockSqlcipher, rawKeyLiteral } from '../../helpers/stock-sqlcipher.js';
import { createTestVault, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

// Everything below uses only libsodium and the steps written in docs/vault-format.md, never the app's code.
interface DocumentedKeyFile {
  vaultId: string;
  passphrase: { nonce: string; ciphertext: string; kdf: { memlimitBytes: number; opslimit: number; salt: string } };
  recovery: { nonce: string; ciphertext: string };
}

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const utf8 = (s: string) => new TextEncoder().encode(s);

function dataKeyFromPassphrase(keys: DocumentedKeyFile, passphrase: string): Uint8Array {
  const wrappingKey = sodium.crypto_pwhash(
    32,
    utf8(passphrase.normalize('NFC')),
    b64(keys.passphrase.kdf.salt),
    keys.passphrase.kdf.opslimit,
    keys.passphrase.kdf.memlimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    b64(keys.passphrase.ciphertext),
    utf8(`cre-vault-key-wrap/v1/${keys.vaultId}/passphrase`),
    b64(keys.passphrase.nonce),
    wrappingKey,
  );
}

function dataKeyFromRecoveryKey(keys: DocumentedKeyFile, printed: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const text = printed.replace(/[\s-]/g, '').toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  const bytes: number[] = [];
  let value = 0;
  let bits = 0;
  for (const ch of text) {
    value = ((value << 5) | alphabet.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const secret = new Uint8Array(bytes.slice(0, 24));
  expect(bytes[24]).toBe(sodium.crypto_generichash(32, secret, null)[0]);
  const wrappingKey = sodium.crypto_generichash(32, secret, utf8('cre-recovery-key-v1'));
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    b64(keys.recovery.ciphertext),
    utf8(`cre-vault-key-wrap/v1/${keys.vaultId}/recovery`),
    b64(keys.recovery.nonce),
    wrappingKey,
  );
}

describe('a vault opened with stock SQLCipher 4 from the documented steps', () => {
  let vaultDir: string;
  let recoveryKey: string;
  let keys: DocumentedKeyFile;

  beforeAll(async () => {
    await sodium.ready;
    const made = await createTestVault();
    made.core.vault.lock('user');
    vaultDir = made.vaultDir;
    recoveryKey = made.recoveryKey;
    keys = JSON.parse(readFileSync(join(vaultDir, 'vault.keys.json'), 'utf8')) as DocumentedKeyFile;
  });

  it('is not a plaintext SQLite file', () => {
    const header = readFileSync(join(vaultDir, 'vault.db')).subarray(0, 16);
    expect(header.equals(Buffer.from('SQLite format 3\0', 'latin1'))).toBe(false);
  });

  it('opens with the data key unwrapped from the passphrase', async () => {
    const key = dataKeyFromPassphrase(keys, STRONG_PASSPHRASE);
    const db = await openWithStockSqlcipher(join(vaultDir, 'vault.db'), rawKeyLiteral(key));
    const row = await db.get<{ value: string }>("SELECT value FROM vault_meta WHERE key = 'vault_id'");
    const version = await db.get<{ user_version: number }>('PRAGMA user_version');
    await db.close();
    expect(row?.value).toBe(keys.vaultId);
    expect(version?.user_version).toBeGreaterThanOrEqual(1);
  });

  it('opens with the data key unwrapped from the printed recovery key', async () => {
    const key = dataKeyFromRecoveryKey(keys, recoveryKey.toLowerCase().replace(/-/g, ' '));
    const db = await openWithStockSqlcipher(join(vaultDir, 'vault.db'), rawKeyLiteral(key));
    const row = await db.get<{ value: string }>("SELECT value FROM vault_meta WHERE key = 'vault_id'");
    await db.close();
    expect(row?.value).toBe(keys.vaultId);
  });

  it('does not open with any other key', async () => {
    const db = await openWithStockSqlcipher(join(vaultDir, 'vault.db'), rawKeyLiteral(sodium.randombytes_buf(32)));
    await expect(db.get('SELECT count(*) FROM sqlite_master')).rejects.toThrow(/not a database|encrypted/i);
    await db.close();
  });

  it('does not open when the passphrase itself is given to SQLCipher as the key', async () => {
    const db = await openWithStockSqlcipher(join(vaultDir, 'vault.db'), `'${STRONG_PASSPHRASE}'`);
    await expect(db.get('SELECT count(*) FROM sqlite_master')).rejects.toThrow();
    await db.close();
  });
});
