// The closed set of error codes every contract method may answer, and the failure type the core throws.
import { z } from 'zod';

/** Why a bundle was refused: each check of the reader (docs/bundle-format.md) has its own. */
export const BUNDLE_ERROR_CODES = [
  'bad_header',
  'unsupported_version',
  'not_for_you',
  'bad_payload',
  'truncated',
  'forwarded',
  'unknown_sender',
  'unverified_sender',
  'replayed',
  'bad_signature',
  // Review packets and returns (docs/advisory-committee.md).
  'wrong_kind',
  'unknown_packet',
  'not_recipient',
  'packet_expired',
  'reviewer_only',
] as const;

export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'locked',
  'no_vault',
  'vault_exists',
  'wrong_passphrase',
  'wrong_recovery_key',
  'rate_limited',
  'weak_passphrase',
  'kdf_too_weak',
  'vault_too_new',
  'vault_file_missing',
  'kdf_too_costly',
  'disk_full',
  'read_only',
  'corrupt',
  'crypto',
  'not_found',
  'conflict',
  'illegal_transition',
  'too_large',
  'attachment_damaged',
  'over_ceiling',
  'after_deadline',
  'ineligible',
  'recused',
  'declaration_required',
  'quorum_not_met',
  'condition_not_met',
  ...BUNDLE_ERROR_CODES,
  'busy',
  'io',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorCodeSchema = z.enum(ERROR_CODES);

/** Extra facts a message may interpolate (e.g. retryAfterMs). Never secrets, never record contents. */
export const errorDetailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

export const crePayloadErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: errorDetailsSchema.optional(),
});
export type CreErrorPayload = z.infer<typeof crePayloadErrorSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: CreErrorPayload };

/** Thrown by core code; the router turns it into `{ ok: false, error }`. The message is English, for logs and the CLI fallback. */
export class CreFailure extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'CreFailure';
    this.code = code;
    this.details = details;
  }

  toPayload(): CreErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isCreFailure(error: unknown): error is CreFailure {
  return error instanceof CreFailure;
}
