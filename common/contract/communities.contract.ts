// Communities, harmful projects, the struggles linking them, and support requests: read, change, tombstone and undo.
import { z } from 'zod';
import {
  communityInputSchema,
  communitySchema,
  communitySummarySchema,
  harmfulProjectInputSchema,
  harmfulProjectSchema,
  harmfulProjectSummarySchema,
  struggleInputSchema,
  struggleSchema,
} from '../community/community.schema.js';
import { supportRequestInputSchema, supportRequestSchema } from '../community/request.schema.js';
import { requestStatusSchema } from '../community/taxonomy.js';
import { regionSchema } from '../roster/taxonomy.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const created = z.object({ id: z.uuid() });
const done = z.null();
const listInput = {
  text: z.string().max(200).default(''),
  /** The tombstones instead of the live records: the "deleted" view. */
  deleted: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const communitiesContract = {
  list: method(z.object({ ...listInput, region: regionSchema.nullable().default(null) }).strict(), z.array(communitySummarySchema)),
  get: method(idInput, communitySchema),
  create: method(z.object({ community: communityInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), community: communityInputSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /** Shows one sensitive contact value; every reveal is written to the audit trail (without the value). */
  revealContact: method(z.object({ id: z.uuid(), contactId: z.uuid() }).strict(), z.object({ value: z.string() })),
} as const;

export const projectsContract = {
  list: method(z.object(listInput).strict(), z.array(harmfulProjectSummarySchema)),
  get: method(idInput, harmfulProjectSchema),
  create: method(z.object({ project: harmfulProjectInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), project: harmfulProjectInputSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
} as const;

export const strugglesContract = {
  /** Live struggles of one community or of one project. */
  list: method(
    z.union([z.object({ communityId: z.uuid() }).strict(), z.object({ projectId: z.uuid() }).strict()]),
    z.array(struggleSchema),
  ),
  link: method(z.object({ struggle: struggleInputSchema }).strict(), created),
  update: method(
    z.object({ id: z.uuid(), struggle: struggleInputSchema.pick({ resisting: true, since: true, notes: true }) }).strict(),
    done,
  ),
  remove: method(idInput, done),
  restore: method(idInput, done),
} as const;

export const requestsContract = {
  /** Most urgent first, then by deadline; `statuses` empty means every status. */
  list: method(
    z.object({
      communityId: z.uuid().nullable().default(null),
      statuses: z.array(requestStatusSchema).max(5).default([]),
      deleted: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).strict(),
    z.array(supportRequestSchema),
  ),
  get: method(idInput, supportRequestSchema),
  create: method(z.object({ request: supportRequestInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), request: supportRequestInputSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
} as const;
