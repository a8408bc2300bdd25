// Preferences that must work before unlock (the lock screen speaks the user's language).
import { z } from 'zod';
import { languageSchema } from '../languages.js';
import { method } from './define.js';

export const preferencesSchema = z.object({ language: languageSchema });
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesContract = {
  get: method(z.object({}).strict(), preferencesSchema),
  setLanguage: method(z.object({ language: languageSchema }).strict(), z.null()),
} as const;
