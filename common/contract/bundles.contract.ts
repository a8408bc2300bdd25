// Sync bundles: what an export would carry, writing and opening bundle files (paths from main's own dialogs), the
// history of bundles sent, received and refused, and the conflicts imports found.
import { z } from 'zod';
import { bundleHistoryEntrySchema, conflictViewSchema, exportPreviewSchema, exportResultSchema, importReportSchema } from '../bundles/bundle-views.schema.js';
import { acknowledgementDaysSchema, deliveryStateSchema } from '../bundles/delivery.schema.js';
import { MAX_BUNDLE_RECIPIENTS } from '../bundles/manifest.schema.js';
import { method } from './define.js';

const recipientsInput = {
  /** Team members (ids from the team directory), all verified, all in one sync scope. */
  recipientIds: z.array(z.uuid()).min(1).max(MAX_BUNDLE_RECIPIENTS),
  /** "Send everything again": ignore what was sent to them before. */
  everything: z.boolean().default(false),
  /**
   * For a bundle between two facilitators: the collaboration it is limited to (its records and what it links to).
   * Required then, refused otherwise.
   */
  collaborationId: z.uuid().nullable().default(null),
};

export const bundlesContract = {
  preview: method(z.object(recipientsInput).strict(), exportPreviewSchema),
  /** Shows the save dialog and writes the bundle; `saved` false when cancelled. `token` names its progress events. */
  export: method(z.object({ ...recipientsInput, token: z.uuid() }).strict(), exportResultSchema),
  /** Shows the open dialog and imports the chosen bundle in one transaction; null when cancelled. */
  import: method(z.object({ token: z.uuid() }).strict(), importReportSchema.nullable()),
  /**
   * Bundles sent and imported, one entry each, and refused files counted per UTC day, sender claim and error code (the
   * entry's `count`), newest first.
   */
  history: method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), z.array(bundleHistoryEntrySchema)),
  conflicts: method(
    z.object({ resolved: z.boolean().default(false), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.array(conflictViewSchema),
  ),
  /**
   * Settles a conflict: keep the version that won, take the other one, or merge field by field (`fields` names the
   * fields taken from the other version). Taking or merging writes a new change that travels in the next bundle.
   */
  /**
   * Per team member this vault exchanged sync bundles with: the last bundle they acknowledged, and what waits for their
   * acknowledgement, with its age.
   */
  delivery: method(z.object({}).strict(), z.array(deliveryStateSchema)),
  /** After how many days an unacknowledged bundle shows as overdue on Today (default 14). */
  setAcknowledgementDays: method(z.object({ days: acknowledgementDaysSchema }).strict(), z.null()),
  resolveConflict: method(
    z
      .object({
        id: z.uuid(),
        choice: z.enum(['kept', 'other', 'merged']),
        fields: z.array(z.string().regex(/^[a-z_]{1,64}$/)).max(100).default([]),
      })
      .strict(),
    z.null(),
  ),
} as const;
