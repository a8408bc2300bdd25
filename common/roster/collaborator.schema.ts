// The Collaborator record: what the form sends, what the vault stores, and what the list and detail views receive.
import { z } from 'zod';
import { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes.js';
import {
  availabilityStatusSchema,
  collaboratorKindSchema,
  contactTypeSchema,
  levelSchema,
  regionSchema,
  sharingLevelSchema,
  strategyAreaSchema,
  vettingStatusSchema,
} from './taxonomy.js';

export const countryCodeSchema = z
  .string()
  .length(2)
  .transform((code) => code.toUpperCase())
  .refine((code) => COUNTRY_CODES.has(code), 'unknown_country');

export const languageCodeSchema = z
  .string()
  .length(2)
  .transform((code) => code.toLowerCase())
  .refine((code) => LANGUAGE_CODES.has(code), 'unknown_language');

/** A free expertise tag: trimmed, single spaces, compared case-insensitively. */
export const expertiseTagSchema = z
  .string()
  .transform((tag) => tag.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(60));

const isoDateSchema = z.iso.date();
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).transform((values) => [...new Set(values as unknown[])] as z.output<T>[]);

export const contactInputSchema = z
  .object({
    /** Present when editing an existing channel; new channels get an id from the vault. */
    id: z.uuid().optional(),
    type: contactTypeSchema,
    /**
     * Omitted for an existing channel whose value the user did not reveal: the stored value is kept, so editing a
     * collaborator never needs (or leaks) a masked value. Required for a new channel.
     */
    value: z.string().trim().min(1).max(500).optional(),
    note: z.string().max(500).default(''),
    /** Safe contact channels are sensitive unless the user says otherwise. */
    sensitive: z.boolean().default(true),
  })
  .refine((contact) => contact.id !== undefined || contact.value !== undefined, { message: 'required', path: ['value'] });
export type ContactInput = z.input<typeof contactInputSchema>;

export const collaboratorInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: collaboratorKindSchema,
  countries: uniqueList(countryCodeSchema, 60),
  levels: uniqueList(levelSchema, 3),
  strategyAreas: uniqueList(strategyAreaSchema, 7),
  expertise: uniqueList(expertiseTagSchema, 50),
  languages: uniqueList(languageCodeSchema, 30),
  contacts: z.array(contactInputSchema).max(20).default([]),
  vetting: z.object({
    status: vettingStatusSchema,
    vouchedBy: z.string().trim().max(200).default(''),
    date: isoDateSchema.nullable().default(null),
    note: z.string().max(2000).default(''),
  }),
  availability: z.object({ status: availabilityStatusSchema, until: isoDateSchema.nullable().default(null) }),
  sharing: sharingLevelSchema,
  riskNotes: z.string().max(10_000).default(''),
  notes: z.string().max(10_000).default(''),
});
export type CollaboratorInput = z.input<typeof collaboratorInputSchema>;
export type CollaboratorFields = z.output<typeof collaboratorInputSchema>;

/** A contact as the page sees it: a sensitive value stays null until the user reveals it. */
export const contactViewSchema = z.object({
  id: z.uuid(),
  type: contactTypeSchema,
  value: z.string().nullable(),
  masked: z.boolean(),
  note: z.string(),
  sensitive: z.boolean(),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const syncMetadataSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Hybrid logical clock of the last change, for merging bundles later. */
  hlc: z.string(),
  /** The vault that made the last change. */
  changedBy: z.string(),
  deletedAt: z.string().nullable(),
});

export const collaboratorSchema = collaboratorInputSchema
  .omit({ contacts: true })
  .extend({ region: regionSchema, contacts: z.array(contactViewSchema), riskNotesMasked: z.boolean() })
  .extend(syncMetadataSchema.shape);
export type Collaborator = z.infer<typeof collaboratorSchema>;

/** One row of the results list: enough to recognise someone, nothing sensitive. */
export const collaboratorSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: collaboratorKindSchema,
  region: regionSchema,
  countries: z.array(z.string()),
  strategyAreas: z.array(strategyAreaSchema),
  levels: z.array(levelSchema),
  /** Expertise tags as the record writes them. */
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  vettingStatus: vettingStatusSchema,
  availabilityStatus: availabilityStatusSchema,
  updatedAt: z.string(),
  /** When a search's words match the notes: a short passage around the first match, so the row says why it was found. */
  notesExcerpt: z.string().nullable(),
});
export type CollaboratorSummary = z.infer<typeof collaboratorSummarySchema>;
