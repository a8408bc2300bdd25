// A command's core, opened for the time of its work and always locked (the key zeroed) afterwards; unlocked when asked.
import { CreFailure } from '../../common/contract/errors.js';
import { createCore, kdfChoiceFromEnv, type Core } from '../core/create-core.js';
import { createNodePlatform } from '../core/platform.node.js';
import { CliError, describeError } from './cli-errors.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { assertSecretsAvailable, readPassphrase, type SecretSource } from './secret-input.js';
import type { CommandContext } from './vault-commands.js';

export function passphraseSource(file: string | undefined): SecretSource {
  return { file, option: '--passphrase-file', prompt: 'prompt.passphrase' };
}

function disposeQuietly(ctx: CommandContext, core: Core): void {
  try {
    core.dispose();
  } catch (error) {
    if (ctx.io.env['CRE_DEBUG'] === '1') ctx.io.stderr(`cre: [debug] lock: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
}

/**
 * Runs `work` over a fresh core and locks the vault afterwards whatever happens (dispose zeroes the key even when
 * writing the lock event fails). When the work succeeded and only the lock failed (a disk that fills at the lock's
 * checkpoint), what the work printed stands: the user is told it is saved, then what went wrong while closing, so a
 * retry does not do the work twice.
 */
export async function withCore(ctx: CommandContext, work: (core: Core) => Promise<ExitCode>): Promise<ExitCode> {
  const core = await createCore({ vaultDir: ctx.vaultDir, platform: createNodePlatform(), kdf: kdfChoiceFromEnv(ctx.io.env) });
  let outcome: ExitCode;
  try {
    outcome = await work(core);
  } catch (error) {
    // The work's failure is the one to report; a failure to lock after it must not hide it.
    disposeQuietly(ctx, core);
    throw error;
  }
  if (outcome !== EXIT_CODES.ok && outcome !== EXIT_CODES.partialImport) {
    disposeQuietly(ctx, core);
    return outcome;
  }
  try {
    core.dispose();
  } catch (error) {
    const reported = describeError(error, ctx.t, { vaultDir: ctx.vaultDir });
    throw new CliError(reported.exitCode, 'afterWork.lockFailed', { reason: reported.message });
  }
  return outcome;
}

/** Checked before asking for any secret, so nobody types a passphrase for a vault that is not there or not accepting tries. */
export function assertReadyToUnlock(core: Core): void {
  const status = core.vault.status();
  if (status.state === 'none') throw new CreFailure('no_vault', 'There is no vault in this folder yet.');
  if (status.backoff.retryAfterMs > 0) {
    throw new CreFailure('rate_limited', 'Too many failed attempts.', { retryAfterMs: status.backoff.retryAfterMs });
  }
}

/** Opens the core, unlocks with the passphrase, runs `work`, and always locks (zeroing the key) before returning. */
export async function withUnlockedCore(ctx: CommandContext, passphraseFile: string | undefined, work: (core: Core) => Promise<ExitCode>): Promise<ExitCode> {
  const source = passphraseSource(passphraseFile);
  assertSecretsAvailable(ctx, [source]);
  return withCore(ctx, async (core) => {
    assertReadyToUnlock(core);
    core.vault.unlock(await readPassphrase(ctx, source));
    return work(core);
  });
}
