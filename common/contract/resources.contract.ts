// Resources and their attachments: read, change, tombstone and undo; files go in and out by paths main chose in its own dialogs.
import { z } from 'zod';
import { languageCodeSchema } from '../roster/collaborator.schema.js';
import { strategyAreaSchema } from '../roster/taxonomy.js';
import { attachmentSchema, resourceInputSchema, resourceSchema, resourceSummarySchema, resourceTypeSchema } from '../resources/resource.schema.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const attachmentInput = z.object({ attachmentId: z.uuid() }).strict();
const done = z.null();

export const resourcesContract = {
  /** Title order; `text` matches title or summary, the other filters are exact; `deleted` lists the tombstones instead. */
  list: method(
    z.object({
      text: z.string().max(200).default(''),
      type: resourceTypeSchema.nullable().default(null),
      strategyArea: strategyAreaSchema.nullable().default(null),
      language: languageCodeSchema.nullable().default(null),
      deleted: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).strict(),
    z.array(resourceSummarySchema),
  ),
  get: method(idInput, resourceSchema),
  create: method(z.object({ resource: resourceInputSchema }).strict(), z.object({ id: z.uuid() })),
  update: method(z.object({ id: z.uuid(), resource: resourceInputSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /**
   * Shows the open dialog and stores the chosen file inside the vault, in one transaction; null when the dialog was
   * cancelled. `token` names the `attachmentProgress` events of this attach.
   */
  attach: method(z.object({ id: z.uuid(), token: z.uuid() }).strict(), attachmentSchema.nullable()),
  /**
   * Shows the save dialog and writes a plaintext copy outside the vault, after the page warned the user. The copy is
   * audited before a byte is written, whether it then succeeds or not. `saved` is false when the dialog was cancelled.
   */
  saveCopy: method(z.object({ attachmentId: z.uuid(), token: z.uuid() }).strict(), z.object({ saved: z.boolean() })),
  removeAttachment: method(attachmentInput, done),
  restoreAttachment: method(attachmentInput, done),
} as const;
