// Consultation rounds: list, detail, form, delete with undo, the deleted view, theme suggestions, and overdue actions.
import { z } from 'zod';
import { consultationInputSchema, consultationSchema, consultationSummarySchema, overdueActionSchema } from '../consultations/consultation.schema.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const done = z.null();

export const consultationsContract = {
  /** Newest first by start day; `text` matches topic, themes and feedback; `deleted` lists the tombstones instead. */
  list: method(
    z
      .object({
        text: z.string().trim().max(200).default(''),
        deleted: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    z.array(consultationSummarySchema),
  ),
  get: method(idInput, consultationSchema),
  create: method(z.object({ consultation: consultationInputSchema }).strict(), z.object({ id: z.uuid() })),
  update: method(z.object({ id: z.uuid(), consultation: consultationInputSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /** Every theme used so far, for the feedback form's suggestions. */
  themes: method(z.object({}).strict(), z.array(z.string())),
  /** Open follow-up actions due before today (the vault's clock), oldest first. */
  overdueActions: method(z.object({}).strict(), z.array(overdueActionSchema)),
} as const;
