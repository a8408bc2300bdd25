// Gets passphrases and recovery keys from a file option or a hidden terminal prompt; never from argv. Never log these.
import { readFileSync, statSync } from 'node:fs';
import { CreFailure } from '../../common/contract/errors.js';
import { passphraseSchema, recoveryKeyInputSchema } from '../../common/contract/vault.contract.js';
import type { Language } from '../../common/languages.js';
import { assessPassphrase } from '../../common/passphrase-policy.js';
import type { CliIo } from './cli-io.js';
import { usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';

export interface SecretContext {
  io: CliIo;
  t: Translate;
  language: Language;
}

export interface SecretSource {
  /** The path given with the file option, if any. */
  file: string | undefined;
  /** The file option's flag, named when there is no terminal to ask on. */
  option: string;
  /** The `cli:` key of the terminal prompt. */
  prompt: string;
}

/** Fails before any slow work when a secret would have to be asked for but standard input is not a terminal. */
export function assertSecretsAvailable(ctx: SecretContext, sources: readonly SecretSource[]): void {
  if (ctx.io.isTTY) return;
  const missing = sources.find((source) => source.file === undefined);
  if (missing) throw usageError('usage.noTerminal', { option: missing.option });
}

export function warn(ctx: SecretContext, key: string, params: Record<string, string | number>): void {
  ctx.io.stderr(`cre: ${ctx.t('warning.line', { message: ctx.t(key, params) })}\n`);
}

function fileProblem(t: Translate, file: string, error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? t(`fileError.${code}`) : t('fileError.other');
  return usageError('usage.unreadableFile', { file, reason });
}

/** Reads a secret file, warning (not refusing) when other users of the computer may read it. */
function readSecretFile(ctx: SecretContext, file: string): string {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Windows has no POSIX mode bits to judge; access there is governed by ACLs.
    if (process.platform !== 'win32' && (stat.mode & 0o044) !== 0) {
      warn(ctx, 'warning.fileReadable', { file, mode: (stat.mode & 0o777).toString(8).padStart(3, '0') });
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw fileProblem(ctx.t, file, error);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

async function ask(ctx: SecretContext, promptKey: string): Promise<string> {
  const answer = await ctx.io.promptSecret(ctx.t(promptKey));
  if (answer === '') throw usageError('usage.emptyInput');
  return answer;
}

function firstLine(ctx: SecretContext, file: string): string {
  const line = readSecretFile(ctx, file).split(/\r?\n/, 1)[0] ?? '';
  if (line === '') throw usageError('usage.emptyFile', { file });
  return line;
}

function checkedPassphrase(passphrase: string): string {
  if (!passphraseSchema.safeParse(passphrase).success) throw usageError('usage.tooLong', { max: 1024 });
  return passphrase;
}

/** The passphrase that opens the vault now. */
export async function readPassphrase(ctx: SecretContext, source: SecretSource): Promise<string> {
  return checkedPassphrase(source.file !== undefined ? firstLine(ctx, source.file) : await ask(ctx, source.prompt));
}

/**
 * A passphrase to set: judged by the same policy as the core (in the CLI's language, so the reason reads
 * right) before the second entry is asked for, and typed twice when it comes from the terminal.
 */
export async function readNewPassphrase(ctx: SecretContext, source: SecretSource): Promise<string> {
  const passphrase = await readPassphrase(ctx, source);
  const assessment = assessPassphrase(passphrase, ctx.language);
  if (!assessment.acceptable) {
    throw new CreFailure('weak_passphrase', assessment.warning ?? 'This passphrase is too easy to guess.', {
      reason: assessment.reason ?? 'too_guessable',
      score: assessment.score,
      ...(assessment.warning ? { warning: assessment.warning } : {}),
    });
  }
  if (source.file === undefined && (await ask(ctx, 'prompt.repeatPassphrase')) !== passphrase) {
    throw usageError('usage.mismatch');
  }
  return passphrase;
}

/** A recovery key: the whole file (groups may be split over lines), or one line typed at the prompt. */
export async function readRecoveryKey(ctx: SecretContext, source: SecretSource): Promise<string> {
  const text = source.file !== undefined ? readSecretFile(ctx, source.file).trim() : (await ask(ctx, source.prompt)).trim();
  if (text === '') throw source.file !== undefined ? usageError('usage.emptyFile', { file: source.file }) : usageError('usage.emptyInput');
  if (!recoveryKeyInputSchema.safeParse(text).success) throw usageError('usage.notRecoveryKey');
  return text;
}
