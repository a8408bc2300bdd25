// The `cre vault` subcommands over the core: each opens the core, does its work, and always locks before returning.
import { CreFailure } from '../../common/contract/errors.js';
import type { Core } from '../core/create-core.js';
import { loadSodium } from '../core/crypto/sodium.js';
import { parseRecoveryKey } from '../core/vault/recovery-key.js';
import { isDatabaseCorruption, usageError } from './cli-errors.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import {
  assertSecretsAvailable,
  readNewPassphrase,
  readPassphrase,
  readRecoveryKey,
  warn,
  type SecretContext,
  type SecretSource,
} from './secret-input.js';
import { confirmByTyping } from './recovery-key-confirm.js';
import { assertReadyToUnlock, withCore } from './unlocked-core.js';
import { formatCreated, formatInfo, formatNewRecoveryKey, formatVerify, infoJson, type VerifyOutcome } from './vault-report.js';

export interface CommandContext extends SecretContext {
  vaultDir: string;
}

const PASSPHRASE_FILE = '--passphrase-file';
const NEW_PASSPHRASE_FILE = '--new-passphrase-file';
const RECOVERY_KEY_FILE = '--recovery-key-file';

function source(file: string | undefined, option: string, prompt: string): SecretSource {
  return { file, option, prompt };
}

export async function createVault(ctx: CommandContext, options: { passphraseFile?: string }): Promise<ExitCode> {
  const passphrase = source(options.passphraseFile, PASSPHRASE_FILE, 'prompt.newPassphrase');
  assertSecretsAvailable(ctx, [passphrase]);
  return withCore(ctx, async (core) => {
    if (core.vault.status().state !== 'none') throw new CreFailure('vault_exists', 'A vault already exists in this folder.');
    const { recoveryKey } = core.vault.create(await readNewPassphrase(ctx, passphrase));
    ctx.io.stdout(formatCreated(ctx.t, ctx.vaultDir, recoveryKey));
    if (!ctx.io.stdoutIsTTY) warn(ctx, 'warning.recoveryKeyNotTerminal', {});
    return EXIT_CODES.ok;
  });
}

export async function showInfo(ctx: CommandContext, options: { json?: boolean; passphraseFile?: string }): Promise<ExitCode> {
  return withCore(ctx, async (core) => {
    if (options.passphraseFile !== undefined) {
      assertReadyToUnlock(core);
      core.vault.unlock(await readPassphrase(ctx, source(options.passphraseFile, PASSPHRASE_FILE, 'prompt.passphrase')));
    }
    const info = core.vault.info();
    ctx.io.stdout(options.json === true ? `${JSON.stringify(infoJson(info), null, 2)}\n` : formatInfo(ctx.t, info));
    return EXIT_CODES.ok;
  });
}

/** Unlocks and checks; damage found while unlocking (a page failing its HMAC) is a failed verification, not a crash. */
function verifyUnlocked(core: Core, passphrase: string): VerifyOutcome {
  try {
    core.vault.unlock(passphrase);
    const report = core.vault.verify();
    return { ok: report.integrity.ok && report.audit.ok, integrity: report.integrity, audit: report.audit };
  } catch (error) {
    if (!isDatabaseCorruption(error)) throw error;
    const problem = error instanceof Error ? error.message : String(error);
    return { ok: false, integrity: { ok: false, problems: [problem] }, audit: null };
  }
}

export async function verifyVault(ctx: CommandContext, options: { json?: boolean; passphraseFile?: string }): Promise<ExitCode> {
  const passphrase = source(options.passphraseFile, PASSPHRASE_FILE, 'prompt.passphrase');
  assertSecretsAvailable(ctx, [passphrase]);
  return withCore(ctx, async (core) => {
    assertReadyToUnlock(core);
    const outcome = verifyUnlocked(core, await readPassphrase(ctx, passphrase));
    ctx.io.stdout(options.json === true ? `${JSON.stringify(outcome, null, 2)}\n` : formatVerify(ctx.t, outcome));
    return outcome.ok ? EXIT_CODES.ok : EXIT_CODES.verificationFailed;
  });
}

export async function changePassphrase(
  ctx: CommandContext,
  options: { passphraseFile?: string; newPassphraseFile?: string },
): Promise<ExitCode> {
  const current = source(options.passphraseFile, PASSPHRASE_FILE, 'prompt.currentPassphrase');
  const next = source(options.newPassphraseFile, NEW_PASSPHRASE_FILE, 'prompt.newPassphrase');
  assertSecretsAvailable(ctx, [current, next]);
  return withCore(ctx, async (core) => {
    assertReadyToUnlock(core);
    const currentPassphrase = await readPassphrase(ctx, current);
    // Unlock first: a wrong current passphrase fails before the new one is typed twice.
    core.vault.unlock(currentPassphrase);
    const newPassphrase = await readNewPassphrase(ctx, next);
    if (newPassphrase.normalize('NFC') === currentPassphrase.normalize('NFC')) throw usageError('usage.samePassphrase');
    core.vault.changePassphrase(currentPassphrase, newPassphrase);
    ctx.io.stdout(`${ctx.t('changePassphrase.done')}\n`);
    return EXIT_CODES.ok;
  });
}

/** Catches a typing mistake with the key's check byte before the new passphrase is asked for. */
async function assertRecoveryKeyWellFormed(text: string): Promise<void> {
  const sodium = await loadSodium();
  sodium.memzero(parseRecoveryKey(sodium, text));
}

export async function recoverVault(
  ctx: CommandContext,
  options: { recoveryKeyFile?: string; newPassphraseFile?: string },
): Promise<ExitCode> {
  const key = source(options.recoveryKeyFile, RECOVERY_KEY_FILE, 'prompt.recoveryKey');
  const next = source(options.newPassphraseFile, NEW_PASSPHRASE_FILE, 'prompt.newPassphrase');
  assertSecretsAvailable(ctx, [key, next]);
  return withCore(ctx, async (core) => {
    assertReadyToUnlock(core);
    const recoveryKey = await readRecoveryKey(ctx, key);
    await assertRecoveryKeyWellFormed(recoveryKey);
    core.vault.recover(recoveryKey, await readNewPassphrase(ctx, next));
    ctx.io.stdout(`${ctx.t('recover.done')}\n`);
    return EXIT_CODES.ok;
  });
}

/**
 * Makes a new recovery key and prints it once. On a terminal the user then types back two groups and the key is
 * marked confirmed; without one it stays unconfirmed, and the app keeps warning until a key is confirmed.
 */
export async function newRecoveryKey(ctx: CommandContext, options: { passphraseFile?: string }): Promise<ExitCode> {
  const current = source(options.passphraseFile, PASSPHRASE_FILE, 'prompt.currentPassphrase');
  assertSecretsAvailable(ctx, [current]);
  return withCore(ctx, async (core) => {
    assertReadyToUnlock(core);
    const passphrase = await readPassphrase(ctx, current);
    core.vault.unlock(passphrase);
    const { recoveryKey } = core.vault.replaceRecoveryKey(passphrase);
    ctx.io.stdout(formatNewRecoveryKey(ctx.t, recoveryKey));
    if (!ctx.io.stdoutIsTTY) warn(ctx, 'warning.recoveryKeyNotTerminal', {});
    if (!ctx.io.isTTY) {
      ctx.io.stdout(`${ctx.t('newRecoveryKey.noTerminal')}\n`);
      return EXIT_CODES.ok;
    }
    if (await confirmByTyping(ctx, recoveryKey)) {
      core.vault.markRecoveryKeyConfirmed();
      ctx.io.stdout(`${ctx.t('newRecoveryKey.confirmed')}\n`);
    } else {
      ctx.io.stdout(`${ctx.t('newRecoveryKey.notConfirmed')}\n`);
    }
    return EXIT_CODES.ok;
  });
}
