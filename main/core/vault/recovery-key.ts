// Recovery keys: 24 random bytes plus one check byte, written as 40 base32 characters in 8 groups.
import { CreFailure } from '../../../common/contract/errors.js';
import {
  BASE32_ALPHABET,
  formatRecoveryKey,
  normalizeRecoveryKey,
  RECOVERY_KEY_LENGTH,
} from '../../../common/recovery-key-format.js';
import type { Sodium } from '../crypto/sodium.js';

export const RECOVERY_SECRET_BYTES = 24;

function checkByte(sodium: Sodium, secret: Uint8Array): number {
  return sodium.crypto_generichash(32, secret, null)[0] ?? 0;
}

function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function base32Decode(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const ch of text) {
    value = ((value << 5) | BASE32_ALPHABET.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

/** A fresh recovery key: the secret (memzero it after use) and its printable form (shown once, never stored). */
export function generateRecoveryKey(sodium: Sodium): { secret: Uint8Array; text: string } {
  const secret = sodium.randombytes_buf(RECOVERY_SECRET_BYTES);
  const bytes = new Uint8Array(RECOVERY_SECRET_BYTES + 1);
  bytes.set(secret);
  bytes[RECOVERY_SECRET_BYTES] = checkByte(sodium, secret);
  const text = formatRecoveryKey(base32Encode(bytes));
  sodium.memzero(bytes);
  return { secret, text };
}

/** Parses what a person typed; a typo is caught by the check byte before any key is tried. */
export function parseRecoveryKey(sodium: Sodium, typed: string): Uint8Array {
  const normalized = normalizeRecoveryKey(typed);
  if (normalized === null || normalized.length !== RECOVERY_KEY_LENGTH) {
    throw new CreFailure('wrong_recovery_key', 'A recovery key is 40 characters: 8 groups of 5 letters and digits 2–7.');
  }
  const bytes = base32Decode(normalized);
  const secret = bytes.slice(0, RECOVERY_SECRET_BYTES);
  const valid = bytes[RECOVERY_SECRET_BYTES] === checkByte(sodium, secret);
  sodium.memzero(bytes);
  if (!valid) {
    sodium.memzero(secret);
    throw new CreFailure('wrong_recovery_key', 'This recovery key has a typing mistake: check each group.');
  }
  return secret;
}
