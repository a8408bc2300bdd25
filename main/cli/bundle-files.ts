// What the bundle and review commands check of their files before a passphrase is asked for, and how they report the
// format's refusals: exit 8, with the details a message names.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BUNDLE_ERROR_CODES, isCreFailure } from '../../common/contract/errors.js';
import { CliError, usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';
import { inspectBundle } from '../core/bundles/format/bundle-inspect.js';
import { loadSodium } from '../core/crypto/sodium.js';
import { peekBundle, type BundlePeek } from '../core/sync/bundle-peek.js';
import { formatOutline } from './bundle-report.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { withUnlockedCore } from './unlocked-core.js';
import type { CommandContext } from './vault-commands.js';

function fileProblem(t: Translate, file: string, code: string | undefined): CliError {
  const reason = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? t(`fileError.${code}`) : t('fileError.other');
  return usageError('usage.unreadableFile', { file, reason });
}

/** Checked before the passphrase is asked for, so a typo in the path costs no unlock. */
export function assertReadableFile(t: Translate, file: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (error) {
    throw fileProblem(t, file, (error as NodeJS.ErrnoException).code);
  }
  if (isDirectory) throw fileProblem(t, file, 'EISDIR');
}

export function assertWritableTarget(file: string): void {
  const folder = statSync(dirname(resolve(file)), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw usageError('bundle.usage.outFolder', { file });
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw usageError('bundle.usage.outIsFolder', { file });
}

/** The format's refusals as the CLI reports them: exit 8, with the details the message names (the format version). */
export function bundleFailure(error: unknown): unknown {
  if (isCreFailure(error) && error.code === 'unsupported_version') {
    const version = error.details?.['version'];
    return new CliError(EXIT_CODES.bundleRefused, 'errors:unsupported_version', { version: typeof version === 'number' ? version : '?' });
  }
  return error;
}

/** Inspect never imports: its refusals name the reason (under `messageKey`) without the import messages' "Nothing was imported". */
export function inspectFailure(t: Translate, error: unknown, messageKey: string): unknown {
  if (isCreFailure(error) && (BUNDLE_ERROR_CODES as readonly string[]).includes(error.code)) {
    return new CliError(EXIT_CODES.bundleRefused, messageKey, { reason: t(`bundles:reason.${error.code}`, { defaultValue: t('bundles:reason.other') }) });
  }
  return bundleFailure(error);
}

/**
 * `inspect` of a bundle or a review file: the header without a key, then, when the vault is unlocked for it, the
 * manifest as `formatManifest` words it; refusals under `refusedKey`.
 */
export async function inspectFile(
  ctx: CommandContext,
  file: string,
  options: { unlock?: boolean | undefined; passphraseFile?: string | undefined },
  formatManifest: (t: Translate, peek: BundlePeek) => string,
  refusedKey: string,
): Promise<ExitCode> {
  assertReadableFile(ctx.t, file);
  try {
    ctx.io.stdout(formatOutline(ctx.t, file, await inspectBundle(file)));
    if (options.unlock !== true && options.passphraseFile === undefined) return EXIT_CODES.ok;
    return await withUnlockedCore(ctx, options.passphraseFile, async (core) => {
      const peek = await peekBundle(await loadSodium(), core.vault.openVault().db, file);
      ctx.io.stdout(formatManifest(ctx.t, peek));
      return EXIT_CODES.ok;
    });
  } catch (error) {
    throw inspectFailure(ctx.t, error, refusedKey);
  }
}
