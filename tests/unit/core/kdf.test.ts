// Key derivation: calibration keeps memory high and stays within floor and ceiling, the passphrase is normalised, and the
// native derivation gives the same bytes as libsodium's WebAssembly build.
import { describe, expect, it } from 'vitest';
import {
  assertKdfWithinLimits,
  calibrateKdf,
  deriveKey,
  FLOOR_KDF_PARAMS,
  KDF_CEILING,
  KDF_FLOOR,
  kdfMemoryFor,
} from '../../../main/core/crypto/kdf.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('Argon2id', () => {
  it('calibrates to parameters at or above the floor, even for a tiny target', async () => {
    const sodium = await loadSodium();
    const params = calibrateKdf(sodium, 10, 1 * GiB);
    expect(params.algorithm).toBe('argon2id13');
    expect(params.memlimitBytes).toBe(KDF_FLOOR.memlimitBytes);
    expect(params.opslimit).toBe(KDF_FLOOR.opslimit);
  });

  it('keeps memory at 256 MiB where the machine has 4 GiB or more, whatever the load, and scales only the passes', async () => {
    expect(kdfMemoryFor(24 * GiB)).toBe(256 * MiB);
    expect(kdfMemoryFor(4 * GiB)).toBe(256 * MiB);
    expect(kdfMemoryFor(3 * GiB)).toBe(128 * MiB);
    expect(kdfMemoryFor(1 * GiB)).toBe(64 * MiB);
    const sodium = await loadSodium();
    // A target far below one run's time: a busy machine. Memory stays high; passes stay at the floor.
    expect(calibrateKdf(sodium, 1, 8 * GiB)).toEqual({ algorithm: 'argon2id13', memlimitBytes: 256 * MiB, opslimit: 3 });
    // A target far above: passes grow, up to the ceiling and no further.
    expect(calibrateKdf(sodium, 1_000_000, 1 * GiB)).toEqual({ algorithm: 'argon2id13', memlimitBytes: 64 * MiB, opslimit: KDF_CEILING.opslimit });
  });

  it('refuses parameters below the floor', () => {
    expect(() => assertKdfWithinLimits({ ...FLOOR_KDF_PARAMS, memlimitBytes: 8 * MiB })).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
    expect(() => assertKdfWithinLimits({ ...FLOOR_KDF_PARAMS, opslimit: 2 })).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
    expect(() => assertKdfWithinLimits(FLOOR_KDF_PARAMS)).not.toThrow();
  });

  it('refuses parameters above the ceiling before deriving anything', () => {
    for (const opslimit of [KDF_CEILING.opslimit + 1, 300, 2 ** 31 - 1, 2 ** 32 - 1]) {
      expect(() => deriveKey('any passphrase', new Uint8Array(16), { ...FLOOR_KDF_PARAMS, opslimit })).toThrow(
        expect.objectContaining({ code: 'kdf_too_costly' }),
      );
    }
    expect(() => assertKdfWithinLimits({ ...FLOOR_KDF_PARAMS, memlimitBytes: 2 * GiB })).toThrow(expect.objectContaining({ code: 'kdf_too_costly' }));
    expect(() => assertKdfWithinLimits({ ...FLOOR_KDF_PARAMS, opslimit: KDF_CEILING.opslimit })).not.toThrow();
  });

  it('derives the same key from composed and decomposed forms of the same passphrase', () => {
    const salt = new Uint8Array(16).fill(1);
    const composed = deriveKey('S\u00e3o Paulo caf\u00e9 mangrove', salt, FLOOR_KDF_PARAMS);
    const decomposed = deriveKey('Sa\u0303o Paulo cafe\u0301 mangrove', salt, FLOOR_KDF_PARAMS);
    expect(Buffer.from(decomposed).equals(Buffer.from(composed))).toBe(true);
  });

  it('derives the bytes libsodium’s WebAssembly build derives, so older vaults open', async () => {
    const sodium = await loadSodium();
    const salt = new Uint8Array(16).fill(7);
    const wasm = sodium.crypto_pwhash(32, 'mangrove river 42', salt, 3, 64 * MiB, sodium.crypto_pwhash_ALG_ARGON2ID13);
    expect(Buffer.from(deriveKey('mangrove river 42', salt, FLOOR_KDF_PARAMS)).equals(Buffer.from(wasm))).toBe(true);
  });
});
