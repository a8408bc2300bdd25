// What the Bundles screen and the CLI see of bundles: the export preview, an import's report, the history, conflicts.
import { z } from 'zod';
import { regionSchema } from '../roster/taxonomy.js';
import { bundleContentsSchema } from './manifest.schema.js';

export const syncScopeViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), region: regionSchema }),
  z.object({ kind: z.literal('own') }),
  /** Facilitator to facilitator: one collaboration, its records and what it links to, under the recipients' region's consent. */
  z.object({ kind: z.literal('collaboration'), collaborationId: z.uuid(), region: regionSchema }),
]);
export type SyncScopeView = z.infer<typeof syncScopeViewSchema>;

export const exportPreviewSchema = z.object({
  scope: syncScopeViewSchema,
  contents: bundleContentsSchema,
  /** Rows changed since the last bundle to these recipients that consent keeps in this vault, per table. */
  withheld: z.record(z.string(), z.number().int()),
  /**
   * Records the recipients hold that consent no longer lets them hold, per table: the bundle carries their withdrawal
   * and the recipients' vaults purge them.
   */
  withdrawals: z.record(z.string(), z.number().int()),
  /** True when the file would carry no record and no withdrawal (it still carries the acknowledgements). */
  empty: z.boolean(),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

export const exportResultSchema = z.object({
  saved: z.boolean(),
  bundleId: z.uuid().nullable(),
  bytes: z.number().int().min(0),
  contents: bundleContentsSchema.nullable(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const importReportSchema = z.object({
  bundleId: z.uuid(),
  sender: z.object({ memberId: z.uuid(), displayName: z.string() }),
  createdAt: z.string(),
  sequence: z.number().int(),
  contents: bundleContentsSchema,
  /** Rows written per table (an older or identical version is not written). */
  applied: z.record(z.string(), z.number().int()),
  conflicts: z.number().int(),
  bytes: z.number().int(),
  /** Records purged because the sender withdrew them (consent narrowed), with what depended on them. */
  withdrawn: z.number().int().min(0),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const bundleHistoryEntrySchema = z.object({
  bundleId: z.uuid().nullable(),
  direction: z.enum(['sent', 'received']),
  peers: z.array(z.string()),
  at: z.string(),
  sequence: z.number().int().nullable(),
  contents: bundleContentsSchema.nullable(),
  /** `sent`, `imported`, or the error code that refused the file. */
  outcome: z.string(),
  /** The file's size; for refusals, the sizes of the files counted, added up. */
  bytes: z.number().int(),
  conflicts: z.number().int(),
  /**
   * How many files the entry stands for: 1 for a bundle sent or imported; for a refusal, every file refused that UTC day
   * with the same error code and the same sender claim, `at` being the latest.
   */
  count: z.number().int().min(1),
  /**
   * For a refusal: the name of the team member whose vault the refused files claimed to come from. Only a claim (the
   * files were refused); null when the claim names no team member or the manifest could not be read.
   */
  claimedBy: z.string().nullable(),
});
export type BundleHistoryEntry = z.infer<typeof bundleHistoryEntrySchema>;

const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]);

export const conflictVersionSchema = z.object({
  /** The vault that wrote this version, by the name the team directory has for it ("you" is the page's to say). */
  writtenBy: z.object({ vaultId: z.string(), displayName: z.string().nullable(), isMe: z.boolean() }),
  at: z.string(),
  deleted: z.boolean(),
  fields: z.record(z.string(), fieldValueSchema),
});

export const conflictViewSchema = z.object({
  id: z.uuid(),
  table: z.string(),
  recordId: z.string(),
  /** A human name for the record (name or title), when it has one. */
  label: z.string(),
  kept: conflictVersionSchema,
  other: conflictVersionSchema,
  /** The fields whose values differ, in column order. */
  differing: z.array(z.string()),
  detectedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.enum(['kept', 'other', 'merged']).nullable(),
});
export type ConflictView = z.infer<typeof conflictViewSchema>;

export const bundleProgressSchema = z.object({
  token: z.string(),
  phase: z.enum(['export', 'import']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type BundleProgress = z.infer<typeof bundleProgressSchema>;
