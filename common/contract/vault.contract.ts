// Vault methods: create, unlock, lock, recover, change passphrase, inspect and verify.
import { z } from 'zod';
import { method } from './define.js';

/** A passphrase as it crosses IPC. Strength is judged by the core with the passphrase policy. Never log this. */
export const passphraseSchema = z.string().min(1).max(1024);
export const recoveryKeyInputSchema = z.string().min(1).max(200);
const noInput = z.object({}).strict();
const done = z.null();

export const vaultStateSchema = z.enum(['none', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const AUTO_LOCK_MIN_MINUTES = 1;
export const AUTO_LOCK_MAX_MINUTES = 60;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;
/** Minutes of inactivity before the vault locks, or null for never. */
export const autoLockMinutesSchema = z
  .number()
  .int()
  .min(AUTO_LOCK_MIN_MINUTES)
  .max(AUTO_LOCK_MAX_MINUTES)
  .nullable();

export const vaultStatusSchema = z.object({
  state: vaultStateSchema,
  vaultDir: z.string(),
  /** Consecutive failed unlocks and how long until the next attempt is accepted. */
  backoff: z.object({ failures: z.number().int().min(0), retryAfterMs: z.number().int().min(0) }),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const kdfParamsSchema = z.object({
  algorithm: z.literal('argon2id13'),
  memlimitBytes: z.number().int().positive(),
  opslimit: z.number().int().positive(),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const vaultInfoSchema = z.object({
  vaultId: z.string(),
  vaultDir: z.string(),
  keyFileVersion: z.number().int(),
  createdAt: z.string(),
  cipher: z.object({ name: z.literal('sqlcipher'), version: z.literal(4) }),
  kdf: kdfParamsSchema,
  /** The database schema version; null while locked because it is inside the encrypted file. */
  schemaVersion: z.number().int().nullable(),
});
export type VaultInfo = z.infer<typeof vaultInfoSchema>;

export const verifyReportSchema = z.object({
  integrity: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
  audit: z.object({
    ok: z.boolean(),
    entries: z.number().int().min(0),
    firstBrokenSeq: z.number().int().nullable(),
  }),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const auditEventKindSchema = z.enum([
  'vault_created',
  'vault_unlocked',
  'unlock_failed',
  'passphrase_changed',
  'vault_recovered',
  'vault_locked',
  'auto_lock_changed',
  'recovery_key_replaced',
  'recovery_key_confirmed',
  'collaborator_created',
  'collaborator_updated',
  'collaborator_deleted',
  'collaborator_restored',
  'sensitive_revealed',
  'roster_imported',
  'roster_exported',
  'collaborators_merged',
  'sample_data_created',
  'community_created',
  'community_updated',
  'community_deleted',
  'community_restored',
  'project_created',
  'project_updated',
  'project_deleted',
  'project_restored',
  'struggle_linked',
  'struggle_updated',
  'struggle_removed',
  'struggle_restored',
  'request_created',
  'request_updated',
  'request_deleted',
  'request_restored',
  'collaboration_created',
  'collaboration_updated',
  'collaboration_moved',
  'collaboration_deleted',
  'collaboration_restored',
  'activity_added',
  'activity_removed',
  'today_settings_changed',
  'dashboard_exported',
  'dashboard_printed',
  'resource_created',
  'resource_updated',
  'resource_deleted',
  'resource_restored',
  'attachment_added',
  'attachment_removed',
  'attachment_restored',
  'attachment_copy_saved',
  'identity_created',
  'identity_updated',
  'team_member_added',
  'team_member_updated',
  'team_member_keys_changed',
  'team_member_verified',
  'team_member_unverified',
  'team_member_removed',
  'bundle_exported',
  'bundle_imported',
  'bundle_refused',
  'conflict_resolved',
  'grant_call_created',
  'grant_call_updated',
  'grant_call_moved',
  'grant_call_deleted',
  'grant_call_restored',
  'grant_call_exported',
  'grant_application_created',
  'grant_application_updated',
  'grant_application_moved',
  'grant_application_deleted',
  'grant_application_restored',
  'grant_late_accepted',
  'grant_letter_saved',
  'grant_reviewers_assigned',
  'grant_reviewer_unassigned',
  'grant_conflict_declared',
  'grant_review_scored',
  'grant_recused_refused',
  'grant_meeting_recorded',
  'grant_meeting_deleted',
  'grant_meeting_restored',
  'grant_minutes_saved',
  'grant_awarded',
  'grant_award_updated',
  'grant_payment_recorded',
  'grant_payment_override',
  'grant_payment_removed',
  'grant_report_received',
  'grant_report_reviewed',
  'grant_dashboard_exported',
  'grant_dashboard_printed',
  'packet_composed',
  'packet_saved',
  'packet_discarded',
  'return_imported',
  'packet_received',
  'packet_declared',
  'packet_recused_refused',
  'packet_file_saved',
  'review_returned',
  'packet_purged',
  'consultation_created',
  'consultation_updated',
  'consultation_deleted',
  'consultation_restored',
]);
export type AuditEventKind = z.infer<typeof auditEventKindSchema>;

/** Whether the user confirmed having written down the current recovery key, and when that key was made. */
export const recoveryKeyStateSchema = z.object({ confirmed: z.boolean(), createdAt: z.string() });
export type RecoveryKeyState = z.infer<typeof recoveryKeyStateSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  kind: auditEventKindSchema,
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const vaultContract = {
  status: method(noInput, vaultStatusSchema),
  create: method(
    /** `reviewer`: "I review for the exchange": the vault is made in reviewer mode (docs/advisory-committee.md). */
    z.object({ passphrase: passphraseSchema, reviewer: z.boolean().default(false) }).strict(),
    z.object({ recoveryKey: z.string() }),
  ),
  unlock: method(z.object({ passphrase: passphraseSchema }).strict(), done),
  lock: method(noInput, done),
  changePassphrase: method(
    z.object({ currentPassphrase: passphraseSchema, newPassphrase: passphraseSchema }).strict(),
    done,
  ),
  recover: method(
    z.object({ recoveryKey: recoveryKeyInputSchema, newPassphrase: passphraseSchema }).strict(),
    done,
  ),
  info: method(noInput, vaultInfoSchema),
  verify: method(noInput, verifyReportSchema),
  auditTrail: method(
    z.object({ limit: z.number().int().min(1).max(500) }).strict(),
    z.array(auditEntrySchema),
  ),
  getRecoveryKeyState: method(noInput, recoveryKeyStateSchema),
  /** Called once the user has typed back part of the key they wrote down (checked in the renderer, which displayed it). */
  markRecoveryKeyConfirmed: method(noInput, done),
  /** Makes a new recovery key (shown once) and stops the old one from working. */
  replaceRecoveryKey: method(
    z.object({ currentPassphrase: passphraseSchema }).strict(),
    z.object({ recoveryKey: z.string() }),
  ),
  getAutoLock: method(noInput, z.object({ minutes: autoLockMinutesSchema })),
  setAutoLock: method(z.object({ minutes: autoLockMinutesSchema }).strict(), done),
} as const;
