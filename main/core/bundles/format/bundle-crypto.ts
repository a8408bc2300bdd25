// The keys a bundle is written and read with, and the small libsodium steps around them: stanzas, header hash, signature.
import { CreFailure } from '../../../../common/contract/errors.js';
import type { Sodium } from '../../crypto/sodium.js';

/** Never log these: key material. */
export interface BundleSenderKeys {
  /** Ed25519 secret key, 64 bytes (seed and public key). */
  signingSecretKey: Uint8Array;
}

/** Never log these: key material. */
export interface BundleRecipientKeys {
  encryptionPublicKey: Uint8Array;
  encryptionSecretKey: Uint8Array;
  signingPublicKey: Uint8Array;
}

export const FILE_KEY_BYTES = 32;
export const HEADER_HASH_BYTES = 32;
/** What the signature covers starts with this context and a zero byte, then the header, then the plaintext. */
export const SIGNATURE_CONTEXT = new TextEncoder().encode('CRE bundle signature v1\0');

type SignState = ReturnType<Sodium['crypto_sign_init']>;

/** A public key as the manifest writes it: standard base64 with padding. */
export function publicKeyText(sodium: Sodium, key: Uint8Array): string {
  return sodium.to_base64(key, sodium.base64_variants.ORIGINAL);
}

export function headerHash(sodium: Sodium, headerBytes: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(HEADER_HASH_BYTES, headerBytes, null);
}

/** An Ed25519ph state that has taken in the context and the header: the plaintext goes in next. */
export function startSignature(sodium: Sodium, headerBytes: Uint8Array): SignState {
  const state = sodium.crypto_sign_init();
  sodium.crypto_sign_update(state, SIGNATURE_CONTEXT);
  sodium.crypto_sign_update(state, headerBytes);
  return state;
}

/** Step 4: the file key from the first stanza the reader's key pair opens. */
export function openFileKey(sodium: Sodium, stanzas: readonly Uint8Array[], me: BundleRecipientKeys): Uint8Array {
  for (const stanza of stanzas) {
    try {
      const key = sodium.crypto_box_seal_open(stanza, me.encryptionPublicKey, me.encryptionSecretKey);
      if (key.byteLength === FILE_KEY_BYTES) return key;
    } catch {
      // Not ours (or not a stanza at all): try the next one.
    }
  }
  throw new CreFailure('not_for_you', 'This bundle is not addressed to this vault.');
}

/** Fisher–Yates with libsodium's uniform draw, so the stanzas' order says nothing about the recipient list. */
export function shuffled<T>(sodium: Sodium, items: readonly T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = sodium.randombytes_uniform(index + 1);
    const item = result[index] as T;
    result[index] = result[other] as T;
    result[other] = item;
  }
  return result;
}
