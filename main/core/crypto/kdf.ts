// Argon2id key derivation from a passphrase, its floor and ceiling, and calibration to about one second on this machine.
import { totalmem } from 'node:os';
import native from 'sodium-native';
import { CreFailure } from '../../../common/contract/errors.js';
import type { KdfParams } from '../../../common/contract/vault.contract.js';
import type { Sodium } from './sodium.js';

const MiB = 1024 * 1024;
export const KDF_FLOOR = { memlimitBytes: 64 * MiB, opslimit: 3 } as const;
/** Above these a key file is refused before deriving: 300 passes took 21–78 s, 2³¹−1 never finished (docs/vault-format.md). */
export const KDF_CEILING = { memlimitBytes: 1024 * MiB, opslimit: 64 } as const;
export const KDF_SALT_BYTES = 16;
export const DEFAULT_KDF_TARGET_MS = 1000;

export const FLOOR_KDF_PARAMS: KdfParams = { algorithm: 'argon2id13', ...KDF_FLOOR };

/**
 * Downgrade protection and a bound on the cost: parameters below the floor or above the ceiling are refused, whatever the
 * key file says, before any derivation (so a tampered file never costs minutes, nor counts as a wrong passphrase).
 */
export function assertKdfWithinLimits(params: KdfParams): void {
  if (params.memlimitBytes < KDF_FLOOR.memlimitBytes || params.opslimit < KDF_FLOOR.opslimit) {
    throw new CreFailure(
      'kdf_too_weak',
      `The key file asks for Argon2id with ${params.memlimitBytes} bytes and ${params.opslimit} passes, below the minimum of 64 MiB and 3 passes. It may have been tampered with.`,
      { memlimitBytes: params.memlimitBytes, opslimit: params.opslimit },
    );
  }
  if (params.memlimitBytes > KDF_CEILING.memlimitBytes || params.opslimit > KDF_CEILING.opslimit) {
    throw new CreFailure(
      'kdf_too_costly',
      `The key file asks for Argon2id with ${params.memlimitBytes} bytes and ${params.opslimit} passes, above the maximum of 1 GiB and ${KDF_CEILING.opslimit} passes. It may have been tampered with.`,
      { memlimitBytes: params.memlimitBytes, opslimit: params.opslimit },
    );
  }
}

/** The passphrase as UTF-8 of its NFC form, so the same words typed on any system give the same key. Never log this. */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

/**
 * Derives a 32-byte wrapping key with libsodium's native build: its Argon2id memory is freed when it returns, where the
 * WebAssembly build keeps its grown heap for the life of the process. The caller must memzero the result.
 */
export function deriveKey(passphrase: string, salt: Uint8Array, params: KdfParams): Uint8Array {
  assertKdfWithinLimits(params);
  const secret = passphraseBytes(passphrase);
  const key = new Uint8Array(32);
  try {
    native.crypto_pwhash(key, secret, salt, params.opslimit, params.memlimitBytes, native.crypto_pwhash_ALG_ARGON2ID13);
    return key;
  } finally {
    native.sodium_memzero(secret);
  }
}

export function timeKdf(sodium: Sodium, params: KdfParams, now: () => number = performance.now.bind(performance)): number {
  const salt = sodium.randombytes_buf(KDF_SALT_BYTES);
  const start = now();
  const key = deriveKey('calibration', salt, params);
  const elapsed = now() - start;
  sodium.memzero(key);
  return elapsed;
}

/** Argon2id's memory for a new vault: high, for the cost of guessing on GPUs, but a quarter of RAM at most. */
export function kdfMemoryFor(totalMemoryBytes: number): number {
  if (totalMemoryBytes >= 4096 * MiB) return 256 * MiB;
  if (totalMemoryBytes >= 2048 * MiB) return 128 * MiB;
  return KDF_FLOOR.memlimitBytes;
}

/**
 * Parameters that take about `targetMs` here. Memory is fixed by the machine's RAM, not by its load: a busy machine once
 * calibrated to the 64 MiB floor. Only the passes scale, from the faster of two timed runs, within floor and ceiling.
 */
export function calibrateKdf(sodium: Sodium, targetMs: number = DEFAULT_KDF_TARGET_MS, totalMemoryBytes: number = totalmem()): KdfParams {
  const params: KdfParams = { ...FLOOR_KDF_PARAMS, memlimitBytes: kdfMemoryFor(totalMemoryBytes) };
  const elapsed = Math.min(timeKdf(sodium, params), timeKdf(sodium, params));
  const scaled = Math.round((params.opslimit * targetMs) / Math.max(elapsed, 1));
  return { ...params, opslimit: Math.max(KDF_FLOOR.opslimit, Math.min(scaled, KDF_CEILING.opslimit)) };
}
