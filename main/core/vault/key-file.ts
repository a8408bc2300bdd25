// The key file (docs/vault-format.md): the data key wrapped under the passphrase and under the recovery key.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CreFailure } from '../../../common/contract/errors.js';
import { kdfParamsSchema, type KdfParams } from '../../../common/contract/vault.contract.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import { assertKdfWithinLimits, deriveKey, KDF_SALT_BYTES } from '../crypto/kdf.js';
import type { Sodium } from '../crypto/sodium.js';

export const KEY_FILE_FORMAT = 'cre-vault-keys';
export const KEY_FILE_VERSION = 1;
const NONCE_BYTES = 24;
const DATA_KEY_BYTES = 32;
const WRAPPED_BYTES = DATA_KEY_BYTES + 16;

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+=*$/)
    .refine((s) => Buffer.from(s, 'base64').byteLength === bytes, `must decode to ${bytes} bytes`);

const wrapSchema = z.object({
  aead: z.literal('xchacha20poly1305-ietf'),
  nonce: base64(NONCE_BYTES),
  ciphertext: base64(WRAPPED_BYTES),
});

export const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.number().int(),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  database: z.object({ file: z.literal('vault.db'), cipher: z.literal('sqlcipher'), cipherVersion: z.literal(4) }),
  passphrase: wrapSchema.extend({ kdf: kdfParamsSchema.extend({ salt: base64(KDF_SALT_BYTES) }) }),
  recovery: wrapSchema.extend({ kdf: z.literal('blake2b-256-keyed') }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
type Wrap = z.infer<typeof wrapSchema>;

export const RECOVERY_KDF_KEY = 'cre-recovery-key-v1';

/** Associated data binding a wrap to its vault and its purpose, so wraps cannot be swapped between vaults or slots. */
export function wrapAssociatedData(vaultId: string, slot: 'passphrase' | 'recovery'): Uint8Array {
  return new TextEncoder().encode(`cre-vault-key-wrap/v1/${vaultId}/${slot}`);
}

export function readKeyFile(file: string): KeyFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CreFailure('no_vault', 'There is no vault in this folder.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CreFailure('corrupt', 'The key file is not valid JSON.');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > KEY_FILE_VERSION) {
    throw new CreFailure('vault_too_new', `The key file is version ${version}; this app reads version ${KEY_FILE_VERSION}. Update the app.`);
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new CreFailure('corrupt', 'The key file is damaged or is not a CRE Desktop key file.');
  assertKdfWithinLimits(parsed.data.passphrase.kdf);
  return parsed.data;
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomic(file, `${JSON.stringify(keyFileSchema.parse(keyFile), null, 2)}\n`);
}

function seal(sodium: Sodium, dataKey: Uint8Array, wrappingKey: Uint8Array, ad: Uint8Array): Wrap {
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, ad, null, nonce, wrappingKey);
  return {
    aead: 'xchacha20poly1305-ietf',
    nonce: Buffer.from(nonce).toString('base64'),
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
}

/** Returns the data key, or null when the wrapping key is wrong. The caller must memzero the result. */
function open(sodium: Sodium, wrap: Wrap, wrappingKey: Uint8Array, ad: Uint8Array): Uint8Array | null {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      Buffer.from(wrap.ciphertext, 'base64'),
      ad,
      Buffer.from(wrap.nonce, 'base64'),
      wrappingKey,
    );
  } catch {
    return null;
  }
}

/** The recovery wrapping key: keyed BLAKE2b-256 of the 24 secret bytes. Never log this: key material. */
export function recoveryWrappingKey(sodium: Sodium, recoverySecret: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, recoverySecret, new TextEncoder().encode(RECOVERY_KDF_KEY));
}

export function wrapWithPassphrase(
  sodium: Sodium,
  vaultId: string,
  dataKey: Uint8Array,
  passphrase: string,
  params: KdfParams,
): KeyFile['passphrase'] {
  const salt = sodium.randombytes_buf(KDF_SALT_BYTES);
  const wrappingKey = deriveKey(passphrase, salt, params);
  try {
    const wrap = seal(sodium, dataKey, wrappingKey, wrapAssociatedData(vaultId, 'passphrase'));
    return { ...wrap, kdf: { ...params, salt: Buffer.from(salt).toString('base64') } };
  } finally {
    sodium.memzero(wrappingKey);
  }
}

export function unwrapWithPassphrase(sodium: Sodium, keyFile: KeyFile, passphrase: string): Uint8Array | null {
  const { salt, ...params } = keyFile.passphrase.kdf;
  const wrappingKey = deriveKey(passphrase, Buffer.from(salt, 'base64'), params);
  try {
    return open(sodium, keyFile.passphrase, wrappingKey, wrapAssociatedData(keyFile.vaultId, 'passphrase'));
  } finally {
    sodium.memzero(wrappingKey);
  }
}

export function wrapWithRecoverySecret(sodium: Sodium, vaultId: string, dataKey: Uint8Array, secret: Uint8Array): KeyFile['recovery'] {
  const wrappingKey = recoveryWrappingKey(sodium, secret);
  try {
    return { ...seal(sodium, dataKey, wrappingKey, wrapAssociatedData(vaultId, 'recovery')), kdf: 'blake2b-256-keyed' };
  } finally {
    sodium.memzero(wrappingKey);
  }
}

export function unwrapWithRecoverySecret(sodium: Sodium, keyFile: KeyFile, secret: Uint8Array): Uint8Array | null {
  const wrappingKey = recoveryWrappingKey(sodium, secret);
  try {
    return open(sodium, keyFile.recovery, wrappingKey, wrapAssociatedData(keyFile.vaultId, 'recovery'));
  } finally {
    sodium.memzero(wrappingKey);
  }
}
