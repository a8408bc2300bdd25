// The team directory's vocabulary: roles, the vault's own identity as the page sees it (public parts only), and team members.
import { z } from 'zod';
import { regionSchema } from '../roster/taxonomy.js';

export const TEAM_ROLES = ['coordinator', 'facilitator', 'advisory_committee', 'working_group'] as const;
export const teamRoleSchema = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof teamRoleSchema>;

/** Roles whose vault is in reviewer mode: it receives review packets and sends returns, and never syncs records. */
export const REVIEWER_ROLES: readonly TeamRole[] = ['advisory_committee', 'working_group'];
/** The roles of a vault that works for the network: the secretariat and the regional facilitators. */
export const NETWORK_ROLES: readonly TeamRole[] = ['coordinator', 'facilitator'];
export function isReviewerRole(role: string): boolean {
  return (REVIEWER_ROLES as readonly string[]).includes(role);
}

export const MAX_DISPLAY_NAME_LENGTH = 100;
/** A person's name as the team sees it; empty only for a new vault whose owner has not given one yet. */
export const displayNameSchema = z.string().trim().max(MAX_DISPLAY_NAME_LENGTH);

/** What the user sets about themselves; the name is required here, since it is what others see on the card. */
export const identityProfileSchema = z
  .object({
    displayName: displayNameSchema.min(1),
    role: teamRoleSchema,
    region: regionSchema,
  })
  .strict();
export type IdentityProfile = z.infer<typeof identityProfileSchema>;

/** The vault's own identity for the page: never a secret key. Public keys as standard base64. */
export const identityViewSchema = z.object({
  vaultId: z.string(),
  displayName: z.string(),
  role: teamRoleSchema,
  region: regionSchema,
  signingKey: z.string(),
  encryptionKey: z.string(),
});
export type IdentityView = z.infer<typeof identityViewSchema>;

/** A team member as the directory shows them. */
export const teamMemberSchema = z.object({
  id: z.uuid(),
  vaultId: z.string(),
  displayName: z.string(),
  role: teamRoleSchema,
  region: regionSchema,
  /** True once both people compared the safety number; false again when the member's keys change. */
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  /** When a card with new keys replaced this member's old ones; shown as a warning until the member is verified again. */
  keysChangedAt: z.string().nullable(),
  lastBundleAt: z.string().nullable(),
  addedAt: z.string(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** What importing a card did: a new member, a known one with new details, or a known one with new keys (now unverified). */
export const cardImportOutcomeSchema = z.enum(['added', 'updated', 'keys_changed']);
export type CardImportOutcome = z.infer<typeof cardImportOutcomeSchema>;

export const cardImportResultSchema = z.object({ outcome: cardImportOutcomeSchema, member: teamMemberSchema });
export type CardImportResult = z.infer<typeof cardImportResultSchema>;

/** A safety number: 60 digits in 12 groups of 5, the same on both people's screens. */
export const safetyNumberSchema = z.object({ groups: z.array(z.string().regex(/^\d{5}$/)).length(12) });
export type SafetyNumber = z.infer<typeof safetyNumberSchema>;
