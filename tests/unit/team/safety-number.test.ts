// Safety numbers: 60 digits in 12 groups of 5, the same from either side, different when any key or the vault id changes.
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { partyDigits, safetyNumber, type SafetyParty } from '../../../main/core/team/safety-number.js';

async function party(vaultId: string): Promise<SafetyParty> {
  const sodium = await loadSodium();
  return { vaultId, signingKey: sodium.crypto_sign_keypair().publicKey, encryptionKey: sodium.crypto_box_keypair().publicKey };
}

describe('safety number', () => {
  it('is 12 groups of 5 digits, the same computed from either side', async () => {
    const alice = await party('0190d5a0-0000-4000-8000-00000000000a');
    const bob = await party('0190d5a0-0000-4000-8000-00000000000b');
    const fromAlice = safetyNumber(alice, bob);
    expect(fromAlice).toHaveLength(12);
    for (const group of fromAlice) expect(group).toMatch(/^\d{5}$/);
    expect(safetyNumber(bob, alice)).toEqual(fromAlice);
    const halves = [partyDigits(alice), partyDigits(bob)].sort();
    expect(fromAlice.join('')).toBe(halves.join(''));
  });

  it('changes when either party’s signing key, encryption key or vault id changes', async () => {
    const sodium = await loadSodium();
    const alice = await party('0190d5a0-0000-4000-8000-00000000000a');
    const bob = await party('0190d5a0-0000-4000-8000-00000000000b');
    const base = safetyNumber(alice, bob).join('');
    const variants: SafetyParty[] = [
      { ...bob, signingKey: sodium.crypto_sign_keypair().publicKey },
      { ...bob, encryptionKey: sodium.crypto_box_keypair().publicKey },
      { ...bob, vaultId: '0190d5a0-0000-4000-8000-00000000000c' },
    ];
    for (const changed of variants) {
      expect(safetyNumber(alice, changed).join('')).not.toBe(base);
      expect(safetyNumber(changed, alice).join('')).not.toBe(base);
    }
    expect(safetyNumber({ ...alice, signingKey: sodium.crypto_sign_keypair().publicKey }, bob).join('')).not.toBe(base);
  });

  it('follows the documented derivation for fixed keys', () => {
    // A known vector: keys of repeated bytes, so anyone can check the derivation with another SHA-512.
    const a: SafetyParty = { vaultId: 'a', signingKey: new Uint8Array(32).fill(1), encryptionKey: new Uint8Array(32).fill(2) };
    const b: SafetyParty = { vaultId: 'b', signingKey: new Uint8Array(32).fill(3), encryptionKey: new Uint8Array(32).fill(4) };
    // Computed independently (Python hashlib) from the derivation in docs/team-directory.md.
    expect(partyDigits(a)).toBe('347816695740321417255333463295');
    expect(partyDigits(b)).toBe('227150241606528180918810352497');
    expect(safetyNumber(a, b).join(' ')).toBe('22715 02416 06528 18091 88103 52497 34781 66957 40321 41725 53334 63295');
  });
});
