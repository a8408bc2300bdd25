// Safety numbers in the manner of Signal's: 60 digits from both identities, the same on both screens, compared by voice or in person.
import { createHash } from 'node:crypto';

/** Whose keys one half of the number stands for. */
export interface SafetyParty {
  vaultId: string;
  signingKey: Uint8Array;
  encryptionKey: Uint8Array;
}

const VERSION = new Uint8Array([0, 0]);
/** Rounds of SHA-512: makes finding another key pair with the same 30 digits that much more expensive. */
export const SAFETY_NUMBER_ITERATIONS = 5200;

/**
 * One party's 30 digits: SHA-512 iterated, starting from (version 0 as 2 bytes ‖ signing key ‖ encryption key ‖ vault
 * id in UTF-8), each round hashing (previous digest ‖ signing key); then the first 30 bytes as six 5-byte big-endian
 * numbers, each mod 100000 and written as 5 digits.
 */
export function partyDigits(party: SafetyParty): string {
  let digest: Uint8Array = Buffer.concat([VERSION, party.signingKey, party.encryptionKey, Buffer.from(party.vaultId, 'utf8')]);
  for (let round = 0; round < SAFETY_NUMBER_ITERATIONS; round += 1) {
    digest = createHash('sha512').update(digest).update(party.signingKey).digest();
  }
  let digits = '';
  for (let group = 0; group < 6; group += 1) {
    let value = 0n;
    for (let i = 0; i < 5; i += 1) value = (value << 8n) | BigInt(digest[group * 5 + i] ?? 0);
    digits += (value % 100000n).toString().padStart(5, '0');
  }
  return digits;
}

/** Both parties' digits, the lower (as text) first, so either side computes the same 60 digits; as 12 groups of 5. */
export function safetyNumber(a: SafetyParty, b: SafetyParty): string[] {
  const [first, second] = [partyDigits(a), partyDigits(b)].sort();
  const all = `${first ?? ''}${second ?? ''}`;
  return all.match(/\d{5}/g) ?? [];
}
