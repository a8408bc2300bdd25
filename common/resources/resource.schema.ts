// Resources (guides, toolkits, analyses…) and the files attached to them: what forms send and views receive.
import { z } from 'zod';
import { languageCodeSchema, syncMetadataSchema } from '../roster/collaborator.schema.js';
import { sharingLevelSchema, strategyAreaSchema } from '../roster/taxonomy.js';

export const RESOURCE_TYPES = ['guide', 'toolkit', 'analysis', 'template', 'contact_list', 'other'] as const;
export const resourceTypeSchema = z.enum(RESOURCE_TYPES);
export type ResourceType = z.infer<typeof resourceTypeSchema>;

/** Attachments are stored in pieces of this size, so no file ever sits whole in memory. */
export const ATTACHMENT_CHUNK_BYTES = 1024 * 1024;
/** The largest file the vault takes in: 1 GiB. A larger one answers `too_large` before a byte is stored. */
export const MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).transform((values) => [...new Set(values as unknown[])] as z.output<T>[]);

export const resourceInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  type: resourceTypeSchema,
  strategyAreas: uniqueList(strategyAreaSchema, 7),
  languages: uniqueList(languageCodeSchema, 30),
  summary: z.string().trim().max(10_000).default(''),
  /** Who may receive this resource (and its attachments) in a bundle. */
  sharing: sharingLevelSchema,
});
export type ResourceInput = z.input<typeof resourceInputSchema>;
export type ResourceFields = z.output<typeof resourceInputSchema>;

/** A stored file's facts: never its bytes, which leave the vault only through "Save a copy". */
export const attachmentSchema = z.object({
  id: z.uuid(),
  resourceId: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(0),
  /** SHA-256 of the whole file, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const resourceSchema = resourceInputSchema
  .extend({ attachments: z.array(attachmentSchema) })
  .extend(syncMetadataSchema.shape);
export type Resource = z.infer<typeof resourceSchema>;

export const resourceSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  type: resourceTypeSchema,
  strategyAreas: z.array(strategyAreaSchema),
  languages: z.array(z.string()),
  sharing: sharingLevelSchema,
  attachmentCount: z.number().int().min(0),
  updatedAt: z.string(),
});
export type ResourceSummary = z.infer<typeof resourceSummarySchema>;

/** Bytes stored or written so far for the attach or copy the page named by `token`. */
export const attachmentProgressSchema = z.object({ token: z.uuid(), done: z.number().int().min(0), total: z.number().int().min(0) });
export type AttachmentProgress = z.infer<typeof attachmentProgressSchema>;
