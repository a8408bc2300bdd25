// A command's core, unlocked with the passphrase for the time of its work and always locked (the key zeroed) afterwards.
import { CreFailure } from '../../common/contract/errors.js';
import { createCore, kdfChoiceFromEnv, type Core } from '../core/create-core.js';
import { createNodePlatform } from '../core/platform.node.js';
import type { ExitCode } from './exit-codes.js';
import { assertSecretsAvailable, readPassphrase, type SecretSource } from './secret-input.js';
import type { CommandContext } from './vault-commands.js';

export function passphraseSource(file: string | undefined): SecretSource {
  return { file, option: '--passphrase-file', prompt: 'prompt.passphrase' };
}

/** Opens the core, unlocks with the passphrase, runs `work`, and always locks (zeroing the key) before returning. */
export async function withUnlockedCore(ctx: CommandContext, passphraseFile: string | undefined, work: (core: Core) => Promise<ExitCode>): Promise<ExitCode> {
  const source = passphraseSource(passphraseFile);
  assertSecretsAvailable(ctx, [source]);
  const core = await createCore({ vaultDir: ctx.vaultDir, platform: createNodePlatform(), kdf: kdfChoiceFromEnv(ctx.io.env) });
  let outcome: ExitCode;
  try {
    const status = core.vault.status();
    if (status.state === 'none') throw new CreFailure('no_vault', 'There is no vault in this folder yet.');
    if (status.backoff.retryAfterMs > 0) throw new CreFailure('rate_limited', 'Too many failed attempts.', { retryAfterMs: status.backoff.retryAfterMs });
    core.vault.unlock(await readPassphrase(ctx, source));
    outcome = await work(core);
  } catch (error) {
    // The work's failure is the one to report; a failure to lock after it must not hide it.
    try {
      core.dispose();
    } catch {
      // dispose zeroes the key before anything that can fail.
    }
    throw error;
  }
  core.dispose();
  return outcome;
}
