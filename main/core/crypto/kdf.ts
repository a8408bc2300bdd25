// Argon2id key derivation from a passphrase, its floor, and calibration to about one second on this machine.
import { CreFailure } from '../../../common/contract/errors.js';
import type { KdfParams } from '../../../common/contract/vault.contract.js';
import type { Sodium } from './sodium.js';

export const KDF_FLOOR = { memlimitBytes: 64 * 1024 * 1024, opslimit: 3 } as const;
export const KDF_MAX_MEMLIMIT_BYTES = 1024 * 1024 * 1024;
export const KDF_SALT_BYTES = 16;
export const DEFAULT_KDF_TARGET_MS = 1000;

export const FLOOR_KDF_PARAMS: KdfParams = { algorithm: 'argon2id13', ...KDF_FLOOR };

/** Downgrade protection: parameters below the floor are refused, whatever the key file says. */
export function assertKdfAboveFloor(params: KdfParams): void {
  if (params.memlimitBytes < KDF_FLOOR.memlimitBytes || params.opslimit < KDF_FLOOR.opslimit) {
    throw new CreFailure(
      'kdf_too_weak',
      `The key file asks for Argon2id with ${params.memlimitBytes} bytes and ${params.opslimit} passes, below the minimum of 64 MiB and 3 passes. It may have been tampered with.`,
      { memlimitBytes: params.memlimitBytes, opslimit: params.opslimit },
    );
  }
  if (params.memlimitBytes > KDF_MAX_MEMLIMIT_BYTES) {
    throw new CreFailure('corrupt', 'The key file asks for more Argon2id memory than this app allows.');
  }
}

/** The passphrase as UTF-8 of its NFC form, so the same words typed on any system give the same key. Never log this. */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

/** Derives a 32-byte wrapping key. The caller must memzero the result. */
export function deriveKey(sodium: Sodium, passphrase: string, salt: Uint8Array, params: KdfParams): Uint8Array {
  assertKdfAboveFloor(params);
  const secret = passphraseBytes(passphrase);
  try {
    return sodium.crypto_pwhash(
      32,
      secret,
      salt,
      params.opslimit,
      params.memlimitBytes,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
  } finally {
    sodium.memzero(secret);
  }
}

export function timeKdf(sodium: Sodium, params: KdfParams, now: () => number = performance.now.bind(performance)): number {
  const salt = sodium.randombytes_buf(KDF_SALT_BYTES);
  const start = now();
  const key = deriveKey(sodium, 'calibration', salt, params);
  const elapsed = now() - start;
  sodium.memzero(key);
  return elapsed;
}

/**
 * Finds parameters that take about `targetMs` here: memory doubles from 64 MiB while a run is under
 * half the target (up to 512 MiB), then passes scale linearly. Never returns less than the floor.
 */
export function calibrateKdf(sodium: Sodium, targetMs: number = DEFAULT_KDF_TARGET_MS): KdfParams {
  let params: KdfParams = { ...FLOOR_KDF_PARAMS };
  let elapsed = timeKdf(sodium, params);
  while (elapsed < targetMs / 2 && params.memlimitBytes * 2 <= 512 * 1024 * 1024) {
    params = { ...params, memlimitBytes: params.memlimitBytes * 2 };
    elapsed = timeKdf(sodium, params);
  }
  // The first run at a new size also pays for growing the WebAssembly heap; time it again warm before scaling.
  elapsed = Math.min(elapsed, timeKdf(sodium, params));
  const scaled = Math.round((params.opslimit * targetMs) / Math.max(elapsed, 1));
  return { ...params, opslimit: Math.max(KDF_FLOOR.opslimit, Math.min(scaled, 64)) };
}
