// Key derivation: calibration never goes below the floor, and the passphrase is normalised so the same words give the same key.
import { describe, expect, it } from 'vitest';
import { assertKdfAboveFloor, calibrateKdf, deriveKey, FLOOR_KDF_PARAMS, KDF_FLOOR } from '../../../main/core/crypto/kdf.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';

describe('Argon2id', () => {
  it('calibrates to parameters at or above the floor, even for a tiny target', async () => {
    const sodium = await loadSodium();
    const params = calibrateKdf(sodium, 10);
    expect(params.algorithm).toBe('argon2id13');
    expect(params.memlimitBytes).toBeGreaterThanOrEqual(KDF_FLOOR.memlimitBytes);
    expect(params.opslimit).toBeGreaterThanOrEqual(KDF_FLOOR.opslimit);
  });

  it('refuses parameters below the floor', () => {
    expect(() => assertKdfAboveFloor({ ...FLOOR_KDF_PARAMS, memlimitBytes: 8 * 1024 * 1024 })).toThrow(
      expect.objectContaining({ code: 'kdf_too_weak' }),
    );
    expect(() => assertKdfAboveFloor({ ...FLOOR_KDF_PARAMS, opslimit: 2 })).toThrow(expect.objectContaining({ code: 'kdf_too_weak' }));
    expect(() => assertKdfAboveFloor(FLOOR_KDF_PARAMS)).not.toThrow();
  });

  it('derives the same key from composed and decomposed forms of the same passphrase', async () => {
    const sodium = await loadSodium();
    const salt = new Uint8Array(16).fill(1);
    const composed = deriveKey(sodium, 'S\u00e3o Paulo caf\u00e9 mangrove', salt, FLOOR_KDF_PARAMS);
    const decomposed = deriveKey(sodium, 'Sa\u0303o Paulo cafe\u0301 mangrove', salt, FLOOR_KDF_PARAMS);
    expect(Buffer.from(decomposed).equals(Buffer.from(composed))).toBe(true);
  });
});
