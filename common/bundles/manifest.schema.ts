// The bundle manifest: the first frame inside a bundle's encryption, signed with everything else (docs/bundle-format.md).
import { z } from 'zod';

export const BUNDLE_FORMAT_VERSION = 1;
/** At most this many recipients (stanzas) in one bundle. */
export const MAX_BUNDLE_RECIPIENTS = 64;

/** A 32-byte public key in standard base64 (44 characters with padding). */
export const publicKeyTextSchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** A hybrid logical clock stamp, `<13-digit ms>-<5-digit counter>-<vault id>`. */
export const hlcTextSchema = z.string().regex(/^\d{13}-\d{5}-[0-9a-f-]{36}$/);

export const bundlePartySchema = z.object({ signingKey: publicKeyTextSchema, encryptionKey: publicKeyTextSchema }).strict();

export const bundleContentsSchema = z
  .object({
    /** Rows per table, tombstones included. */
    records: z.record(z.string().regex(/^[a-z_]{1,64}$/), z.number().int().min(0)),
    /** Rows whose `deleted_at` is set. */
    tombstones: z.number().int().min(0),
    /** Distinct attachments whose bytes travel, and their total size. */
    attachments: z.object({ count: z.number().int().min(0), bytes: z.number().int().min(0) }).strict(),
  })
  .strict();
export type BundleContents = z.infer<typeof bundleContentsSchema>;

/** At most this many withdrawals in one bundle; the rest travel in the next one (each is sent until acknowledged). */
export const MAX_WITHDRAWALS_PER_BUNDLE = 5000;

export const bundleAcknowledgementSchema = z
  .object({ vaultId: z.uuid(), sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
  .strict();
export type BundleAcknowledgement = z.infer<typeof bundleAcknowledgementSchema>;

/** A record to purge: its table (a syncable one; the receiver checks) and id. */
export const bundleWithdrawalSchema = z.object({ table: z.string().regex(/^[a-z_]{1,64}$/), id: z.uuid() }).strict();
export type BundleWithdrawal = z.infer<typeof bundleWithdrawalSchema>;

/** What a sync bundle says about the sender's knowledge, so the receiver can tell concurrent edits from later ones. */
export const bundleSyncSchema = z
  .object({
    /** For each vault whose changes the sender holds, the newest HLC of that vault's changes it has; its own included. */
    knows: z.record(z.uuid(), hlcTextSchema),
    /** True for "send everything again": the cursor was reset before this bundle was made. */
    everything: z.boolean(),
    /**
     * Per recipient, the sequence of the newest bundle from that recipient this vault imported (0: none yet). The
     * recipient's cursor for this vault moves only when this arrives, so a lost bundle is carried again (schema 13).
     */
    acknowledges: z.array(bundleAcknowledgementSchema).max(MAX_BUNDLE_RECIPIENTS).default([]),
    /** Records the recipients hold and consent no longer lets them hold: each is purged from their vault. */
    withdrawals: z.array(bundleWithdrawalSchema).max(MAX_WITHDRAWALS_PER_BUNDLE).default([]),
    /**
     * Set on a bundle between two facilitators: the collaboration it is limited to (its records and what it links
     * to). Null for every bundle to or from the secretariat.
     */
    collaborationId: z.uuid().nullable().default(null),
  })
  .strict();
export type BundleSync = z.infer<typeof bundleSyncSchema>;

export const BUNDLE_KINDS = ['sync', 'review_packet', 'review_return'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

const manifestBase = {
  format: z.literal('cre-bundle'),
  version: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: z.uuid(),
  createdAt: z.iso.datetime(),
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  sender: bundlePartySchema.extend({ vaultId: z.uuid() }).strict(),
  recipients: z.array(bundlePartySchema).min(1).max(MAX_BUNDLE_RECIPIENTS),
  contents: bundleContentsSchema,
};

export const syncManifestSchema = z.object({ ...manifestBase, kind: z.literal('sync'), sync: bundleSyncSchema }).strict();
export type SyncManifest = z.infer<typeof syncManifestSchema>;

/** A review packet: sealed to one member alone, its content purged from their vault after `expiresAt`. */
export const packetManifestSchema = z
  .object({
    ...manifestBase,
    kind: z.literal('review_packet'),
    recipients: z.array(bundlePartySchema).length(1),
    packet: z.object({ packetId: z.uuid(), expiresAt: z.iso.datetime() }).strict(),
  })
  .strict();
export type PacketManifest = z.infer<typeof packetManifestSchema>;

/** A member's return: for the secretariat only, answering the packet it names. */
export const returnManifestSchema = z
  .object({
    ...manifestBase,
    kind: z.literal('review_return'),
    recipients: z.array(bundlePartySchema).length(1),
    review: z.object({ packetId: z.uuid(), packetBundleId: z.uuid() }).strict(),
  })
  .strict();
export type ReturnManifest = z.infer<typeof returnManifestSchema>;

export const bundleManifestSchema = z.discriminatedUnion('kind', [syncManifestSchema, packetManifestSchema, returnManifestSchema]);
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
