// Support requests: what a community asks for (strategy areas, level, languages, urgency, deadline) and where it stands.
import { z } from 'zod';
import { languageCodeSchema, syncMetadataSchema } from '../roster/collaborator.schema.js';
import { levelSchema, regionSchema, strategyAreaSchema } from '../roster/taxonomy.js';
import { requestStatusSchema, urgencySchema } from './taxonomy.js';

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).transform((values) => [...new Set(values as unknown[])] as z.output<T>[]);

export const supportRequestInputSchema = z.object({
  communityId: z.uuid(),
  /** The struggle the request is about, when it is about one: it must be one of this community's. */
  struggleId: z.uuid().nullable().default(null),
  strategyAreas: uniqueList(strategyAreaSchema, 7).refine((areas) => areas.length > 0, 'required'),
  level: levelSchema,
  languages: uniqueList(languageCodeSchema, 30),
  urgency: urgencySchema,
  deadline: z.iso.date().nullable().default(null),
  description: z.string().trim().min(1).max(10_000),
  status: requestStatusSchema.default('new'),
});
export type SupportRequestInput = z.input<typeof supportRequestInputSchema>;
export type SupportRequestFields = z.output<typeof supportRequestInputSchema>;

export const supportRequestSchema = supportRequestInputSchema
  .extend({ communityName: z.string(), region: regionSchema })
  .extend(syncMetadataSchema.shape);
export type SupportRequest = z.infer<typeof supportRequestSchema>;
