// How a recovery key is written for people: 8 groups of 5 base32 characters (RFC 4648 alphabet).
export const RECOVERY_KEY_GROUPS = 8;
export const RECOVERY_KEY_GROUP_LENGTH = 5;
export const RECOVERY_KEY_LENGTH = RECOVERY_KEY_GROUPS * RECOVERY_KEY_GROUP_LENGTH;
export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// Characters people confuse with base32 letters when copying by hand.
const LOOKALIKES: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B' };

/** Uppercases, drops spaces and dashes, and maps look-alike digits; returns null if anything else is not base32. */
export function normalizeRecoveryKey(text: string): string | null {
  let out = '';
  for (const raw of text.toUpperCase()) {
    if (raw === ' ' || raw === '-' || raw === '\t' || raw === '\n') continue;
    const ch = LOOKALIKES[raw] ?? raw;
    if (!BASE32_ALPHABET.includes(ch)) return null;
    out += ch;
  }
  return out;
}

export function groupRecoveryKey(normalized: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += RECOVERY_KEY_GROUP_LENGTH) {
    groups.push(normalized.slice(i, i + RECOVERY_KEY_GROUP_LENGTH));
  }
  return groups;
}

export function formatRecoveryKey(normalized: string): string {
  return groupRecoveryKey(normalized).join('-');
}
