// Turns anything a command throws into one translated stderr line and an exit code; never a stack trace, never a secret.
import { CreFailure, type ErrorDetails } from '../../common/contract/errors.js';
import { MIN_PASSPHRASE_LENGTH } from '../../common/passphrase-policy.js';
import { storageFailureOf } from '../core/storage-failure.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODE_FOR_ERROR, EXIT_CODES, type ExitCode } from './exit-codes.js';
import { PromptInterrupted } from './tty-prompt.js';

/** A failure the CLI itself detects (bad command line, unreadable file...): a `cli:` message key and its exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(exitCode: ExitCode, key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.key = key;
    this.params = params;
  }
}

export function usageError(key: string, params: Record<string, string | number> = {}): CliError {
  return new CliError(EXIT_CODES.usage, key, params);
}

export interface ErrorContext {
  /** The vault folder in use, named in "no vault here" and "already exists" messages. */
  vaultDir?: string | undefined;
  /** Whether the folder came from --vault-dir: then the create command the hint suggests must name it too. */
  vaultDirFromFlag?: boolean | undefined;
}

export interface ReportedError {
  exitCode: ExitCode;
  /** One line, without the `cre: ` prefix and without a newline. */
  message: string;
}

export { isDatabaseCorruption } from '../core/storage-failure.js';

/** Gives errors that escape the core untyped (SQLite, the file system) the contract's code they stand for. */
export function asCreFailure(error: unknown): CreFailure | null {
  return storageFailureOf(error);
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

function numberDetail(details: ErrorDetails | undefined, key: string): number | undefined {
  const value = details?.[key];
  return typeof value === 'number' ? value : undefined;
}

function stringDetail(details: ErrorDetails | undefined, key: string): string | undefined {
  const value = details?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Why a passphrase was refused: the policy's reason, then zxcvbn's warning when it has one. */
export function weakPassphraseDetail(t: Translate, details: ErrorDetails | undefined): string {
  if (stringDetail(details, 'reason') === 'too_short') return t('detail.tooShort', { min: MIN_PASSPHRASE_LENGTH });
  const warning = stringDetail(details, 'warning');
  return [warning, t('detail.tooGuessable')].filter((part) => part !== undefined).join(' ');
}

/** `cre vault create`, with the folder when the user named it: quoted for a POSIX shell when it holds spaces or quotes. */
function createCommandFor(context: ErrorContext): string {
  if (context.vaultDirFromFlag !== true || context.vaultDir === undefined) return 'cre vault create';
  const dir = /^[\w@%+=:,./-]+$/.test(context.vaultDir) ? context.vaultDir : `'${context.vaultDir.replaceAll("'", "'\\''")}'`;
  return `cre vault create --vault-dir ${dir}`;
}

function failureDetail(t: Translate, failure: CreFailure, context: ErrorContext): string | undefined {
  const { details } = failure;
  switch (failure.code) {
    case 'weak_passphrase':
      return weakPassphraseDetail(t, details);
    case 'wrong_passphrase':
    case 'wrong_recovery_key': {
      const wait = numberDetail(details, 'retryAfterMs') ?? 0;
      return wait > 0 ? t('detail.waitSeconds', { seconds: seconds(wait) }) : undefined;
    }
    case 'kdf_too_weak':
    case 'kdf_too_costly': {
      const memory = numberDetail(details, 'memlimitBytes');
      const passes = numberDetail(details, 'opslimit');
      return memory !== undefined && passes !== undefined
        ? t('detail.kdfFound', { mib: Math.floor(memory / (1024 * 1024)), passes })
        : undefined;
    }
    case 'no_vault':
      return context.vaultDir ? t('detail.noVaultIn', { dir: context.vaultDir, command: createCommandFor(context) }) : undefined;
    case 'vault_exists':
      return context.vaultDir ? t('detail.folder', { dir: context.vaultDir }) : undefined;
    case 'locked':
    case 'forbidden':
    case 'conflict':
    case 'internal':
      return t('detail.debug');
    default:
      return undefined;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function describeError(error: unknown, t: Translate, context: ErrorContext = {}): ReportedError {
  if (error instanceof CliError) {
    return { exitCode: error.exitCode, message: oneLine(t(error.key, error.params)) };
  }
  if (error instanceof PromptInterrupted) {
    return { exitCode: EXIT_CODES.interrupted, message: oneLine(t('usage.interrupted')) };
  }
  const failure = asCreFailure(error);
  if (!failure) {
    return { exitCode: EXIT_CODES.internal, message: oneLine(`${t('errors:internal')} ${t('detail.debug')}`) };
  }
  const wait = numberDetail(failure.details, 'retryAfterMs') ?? 0;
  const base = t(`errors:${failure.code}`, { ...failure.details, seconds: seconds(wait) });
  const detail = failureDetail(t, failure, context);
  return {
    exitCode: EXIT_CODE_FOR_ERROR[failure.code],
    message: oneLine(detail ? `${base} ${detail}` : base),
  };
}
