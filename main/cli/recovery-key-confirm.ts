// On a terminal, `cre vault new-recovery-key` asks for two random groups of the new key, as the app does, before marking it confirmed.
import { randomInt } from 'node:crypto';
import { groupRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_GROUPS } from '../../common/recovery-key-format.js';
import { CliError } from './cli-errors.js';
import { EXIT_CODES } from './exit-codes.js';
import type { SecretContext } from './secret-input.js';
import { PromptInterrupted } from './tty-prompt.js';

const ATTEMPTS = 3;

/** Two different group positions (0-based, ascending); `randomBelow(n)` returns an integer in [0, n). */
export function pickTwoGroups(randomBelow: (n: number) => number = (n) => randomInt(n)): [number, number] {
  const first = randomBelow(RECOVERY_KEY_GROUPS);
  let second = randomBelow(RECOVERY_KEY_GROUPS - 1);
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

/**
 * Asks for the two groups (hidden input, forgiving case, spaces and look-alike digits) up to three times; true when
 * both matched. Interrupting here is reported as such, since the new key is already in place by then.
 */
export async function confirmByTyping(ctx: SecretContext, recoveryKey: string): Promise<boolean> {
  const groups = groupRecoveryKey(normalizeRecoveryKey(recoveryKey) ?? '');
  const asked = pickTwoGroups();
  ctx.io.stderr(`${ctx.t('newRecoveryKey.checkIntro', { first: asked[0] + 1, second: asked[1] + 1 })}\n`);
  try {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      let matches = true;
      for (const index of asked) {
        // Never log this: part of the recovery key.
        const typed = await ctx.io.promptSecret(ctx.t('prompt.keyGroup', { number: index + 1 }));
        if (normalizeRecoveryKey(typed) !== groups[index]) matches = false;
      }
      if (matches) return true;
      if (attempt < ATTEMPTS) ctx.io.stderr(`${ctx.t('newRecoveryKey.mismatch')}\n`);
    }
  } catch (error) {
    if (error instanceof PromptInterrupted) throw new CliError(EXIT_CODES.interrupted, 'newRecoveryKey.interrupted');
    throw error;
  }
  return false;
}
