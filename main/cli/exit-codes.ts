// The exit codes of `cre` (documented in docs/cli.md) and the one each core error code maps to.
import type { ErrorCode } from '../../common/contract/errors.js';

export const EXIT_CODES = {
  ok: 0,
  /** An unexpected internal error: a bug, or a failure the CLI has no better name for. */
  internal: 1,
  /** Bad command line or invalid input: unknown option, missing file, weak passphrase, no terminal to ask on. */
  usage: 2,
  /** The passphrase or recovery key does not open the vault. */
  wrongSecret: 3,
  /** Too many failed attempts: wait before trying again. */
  rateLimited: 4,
  /** `cre vault verify` found a damaged database or a broken audit trail. */
  verificationFailed: 5,
  /** No vault in the folder, or a vault is already there. */
  vaultState: 6,
  /** The vault files cannot be used: damaged, written by a newer version, tampered with, or unreadable. */
  vaultUnreadable: 7,
  /** A bundle was refused: not for this vault, damaged, cut short, forwarded, replayed, or from an unknown or unverified sender. */
  bundleRefused: 8,
  /** `cre roster import` wrote the valid rows but left rows with problems out (or, with --dry-run, would). */
  partialImport: 9,
  /** The disk is full or the vault folder cannot be written: the vault is intact; free space or fix the folder and retry. */
  storageUnavailable: 10,
  /** The user pressed Ctrl-C or closed the input at a prompt (the shell convention, 128 + SIGINT). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Every error code of the contract has its exit code; the Record type makes a new code a compile error here. */
export const EXIT_CODE_FOR_ERROR: Readonly<Record<ErrorCode, ExitCode>> = {
  invalid_input: EXIT_CODES.usage,
  weak_passphrase: EXIT_CODES.usage,
  not_found: EXIT_CODES.usage,
  wrong_passphrase: EXIT_CODES.wrongSecret,
  wrong_recovery_key: EXIT_CODES.wrongSecret,
  rate_limited: EXIT_CODES.rateLimited,
  no_vault: EXIT_CODES.vaultState,
  vault_exists: EXIT_CODES.vaultState,
  kdf_too_weak: EXIT_CODES.vaultUnreadable,
  kdf_too_costly: EXIT_CODES.vaultUnreadable,
  vault_file_missing: EXIT_CODES.vaultUnreadable,
  disk_full: EXIT_CODES.storageUnavailable,
  read_only: EXIT_CODES.storageUnavailable,
  vault_too_new: EXIT_CODES.vaultUnreadable,
  corrupt: EXIT_CODES.vaultUnreadable,
  crypto: EXIT_CODES.vaultUnreadable,
  io: EXIT_CODES.vaultUnreadable,
  attachment_damaged: EXIT_CODES.vaultUnreadable,
  too_large: EXIT_CODES.usage,
  over_ceiling: EXIT_CODES.usage,
  after_deadline: EXIT_CODES.usage,
  ineligible: EXIT_CODES.usage,
  recused: EXIT_CODES.usage,
  declaration_required: EXIT_CODES.usage,
  quorum_not_met: EXIT_CODES.usage,
  condition_not_met: EXIT_CODES.usage,
  bad_header: EXIT_CODES.bundleRefused,
  unsupported_version: EXIT_CODES.bundleRefused,
  not_for_you: EXIT_CODES.bundleRefused,
  bad_payload: EXIT_CODES.bundleRefused,
  truncated: EXIT_CODES.bundleRefused,
  forwarded: EXIT_CODES.bundleRefused,
  unknown_sender: EXIT_CODES.bundleRefused,
  unverified_sender: EXIT_CODES.bundleRefused,
  replayed: EXIT_CODES.bundleRefused,
  bad_signature: EXIT_CODES.bundleRefused,
  wrong_kind: EXIT_CODES.bundleRefused,
  unknown_packet: EXIT_CODES.bundleRefused,
  not_recipient: EXIT_CODES.bundleRefused,
  packet_expired: EXIT_CODES.bundleRefused,
  reviewer_only: EXIT_CODES.bundleRefused,
  busy: EXIT_CODES.internal,
  // The CLI unlocks before every command that needs it and is its own caller, so these mean a bug.
  locked: EXIT_CODES.internal,
  forbidden: EXIT_CODES.internal,
  conflict: EXIT_CODES.internal,
  illegal_transition: EXIT_CODES.internal,
  internal: EXIT_CODES.internal,
};
