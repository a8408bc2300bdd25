// Pure checks on recovery keys in the renderer: grouping for display, the two-group confirmation, and typed-key feedback.
import {
  RECOVERY_KEY_GROUPS,
  RECOVERY_KEY_LENGTH,
  groupRecoveryKey,
  normalizeRecoveryKey,
} from '../../../common/recovery-key-format.js';

/** The key's groups of five, for display; main answers `XXXXX-XXXXX-…`. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  return groupRecoveryKey(normalizeRecoveryKey(recoveryKey) ?? recoveryKey);
}

/** Two different group positions (0-based, ascending); `randomBelow(n)` returns an integer in [0, n). */
export function pickGroupsToConfirm(randomBelow: (n: number) => number): [number, number] {
  const first = randomBelow(RECOVERY_KEY_GROUPS);
  let second = randomBelow(RECOVERY_KEY_GROUPS - 1);
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

/** An unbiased random integer in [0, n) from the platform's cryptographic generator. */
export function secureRandomBelow(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % n;
  }
}

/** Whether what the user typed is the group at `index`, forgiving case, spaces and look-alike digits. */
export function groupMatches(groups: readonly string[], index: number, typed: string): boolean {
  const expected = groups[index];
  return expected !== undefined && normalizeRecoveryKey(typed) === expected;
}

export type RecoveryKeyProblem = 'empty' | 'invalid' | 'incomplete' | 'tooLong';

export interface RecoveryKeyInput {
  /** The 40 characters, once complete and valid; otherwise null. */
  normalized: string | null;
  problem: RecoveryKeyProblem | null;
  /** Valid characters typed so far. */
  count: number;
}

export function readRecoveryKeyInput(text: string): RecoveryKeyInput {
  const normalized = normalizeRecoveryKey(text);
  if (normalized === null) return { normalized: null, problem: 'invalid', count: 0 };
  const count = normalized.length;
  if (count === 0) return { normalized: null, problem: 'empty', count };
  if (count < RECOVERY_KEY_LENGTH) return { normalized: null, problem: 'incomplete', count };
  if (count > RECOVERY_KEY_LENGTH) return { normalized: null, problem: 'tooLong', count };
  return { normalized, problem: null, count };
}
