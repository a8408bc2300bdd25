// Saved searches: a named roster query ("French-speaking finance researchers") the user can reopen.
import { z } from 'zod';
import { method } from './define.js';
import { rosterQuerySchema } from './roster.contract.js';

export const savedSearchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  query: rosterQuerySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

const nameSchema = z.string().trim().min(1).max(120);

export const savedSearchesContract = {
  list: method(z.object({}).strict(), z.array(savedSearchSchema)),
  /** Saves a new search, or replaces the query of the one with the same name. */
  save: method(z.object({ name: nameSchema, query: rosterQuerySchema }).strict(), savedSearchSchema),
  rename: method(z.object({ id: z.uuid(), name: nameSchema }).strict(), z.null()),
  delete: method(z.object({ id: z.uuid() }).strict(), z.null()),
} as const;
