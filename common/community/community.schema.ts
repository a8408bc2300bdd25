// Communities, the harmful projects they face, and the struggles that link them: what forms send and views receive.
import { z } from 'zod';
import { contactInputSchema, contactViewSchema, countryCodeSchema, languageCodeSchema, syncMetadataSchema } from '../roster/collaborator.schema.js';
import { regionSchema, sharingLevelSchema } from '../roster/taxonomy.js';
import { projectSectorSchema, projectStageSchema, riskCategorySchema } from './taxonomy.js';

const isoDateSchema = z.iso.date();
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).transform((values) => [...new Set(values as unknown[])] as z.output<T>[]);
/** Public links only: references and financier pages are web pages anyone may open. */
const publicUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

export const communityInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  country: countryCodeSchema,
  /** Sub-national area: province, district, municipality, territory. */
  area: z.string().trim().max(200).default(''),
  coordinates: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullable()
    .default(null),
  languages: uniqueList(languageCodeSchema, 30),
  contacts: z.array(contactInputSchema).max(20).default([]),
  /** The community's consent: who may receive this record in a bundle. */
  sharing: sharingLevelSchema,
  notes: z.string().max(10_000).default(''),
});
export type CommunityInput = z.input<typeof communityInputSchema>;
export type CommunityFields = z.output<typeof communityInputSchema>;

export const communitySchema = communityInputSchema
  .omit({ contacts: true })
  .extend({ region: regionSchema, contacts: z.array(contactViewSchema) })
  .extend(syncMetadataSchema.shape);
export type Community = z.infer<typeof communitySchema>;

export const communitySummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  area: z.string(),
  region: regionSchema,
  sharing: sharingLevelSchema,
  updatedAt: z.string(),
});
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const financierSchema = z.object({
  /** The bank or other financier: "World Bank (IFC)", "AIIB", a national development bank. */
  name: z.string().trim().min(1).max(200),
  /** The financier's own project number, as published. */
  projectId: z.string().trim().max(100).default(''),
  url: publicUrlSchema.nullable().default(null),
});

export const harmfulProjectInputSchema = z.object({
  name: z.string().trim().min(1).max(300),
  country: countryCodeSchema,
  location: z.string().trim().max(300).default(''),
  sectors: uniqueList(projectSectorSchema, 13),
  financiers: z.array(financierSchema).max(20).default([]),
  /** Companies and borrowers. */
  companies: uniqueList(z.string().trim().min(1).max(200), 30).default([]),
  stage: projectStageSchema,
  riskCategory: riskCategorySchema.nullable().default(null),
  investment: z
    .object({ amount: z.number().nonnegative().max(1e15), currency: z.string().regex(/^[A-Z]{3}$/, 'currency') })
    .nullable()
    .default(null),
  boardDate: isoDateSchema.nullable().default(null),
  references: z.array(z.object({ title: z.string().trim().min(1).max(300), url: publicUrlSchema })).max(30).default([]),
  notes: z.string().max(10_000).default(''),
});
export type HarmfulProjectInput = z.input<typeof harmfulProjectInputSchema>;
export type HarmfulProjectFields = z.output<typeof harmfulProjectInputSchema>;

export const harmfulProjectSchema = harmfulProjectInputSchema.extend({ region: regionSchema }).extend(syncMetadataSchema.shape);
export type HarmfulProject = z.infer<typeof harmfulProjectSchema>;

export const harmfulProjectSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  region: regionSchema,
  sectors: z.array(projectSectorSchema),
  financiers: z.array(z.string()),
  stage: projectStageSchema,
  updatedAt: z.string(),
});
export type HarmfulProjectSummary = z.infer<typeof harmfulProjectSummarySchema>;

/** A community facing a project: what it resists and since when. */
export const struggleInputSchema = z.object({
  communityId: z.uuid(),
  projectId: z.uuid(),
  resisting: z.string().trim().max(2000).default(''),
  since: isoDateSchema.nullable().default(null),
  notes: z.string().max(10_000).default(''),
});
export type StruggleInput = z.input<typeof struggleInputSchema>;
export type StruggleFields = z.output<typeof struggleInputSchema>;

export const struggleSchema = struggleInputSchema
  .extend({ community: communitySummarySchema, project: harmfulProjectSummarySchema })
  .extend(syncMetadataSchema.shape);
export type Struggle = z.infer<typeof struggleSchema>;
