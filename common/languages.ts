// The user-interface languages the app ships; every locale file must carry every English key.
import { z } from 'zod';

export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's own name for itself, shown in the language picker. */
export const LANGUAGE_AUTONYMS: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
};

/** Picks the closest supported language for a BCP 47 tag or POSIX locale such as `pt_BR.UTF-8`. */
export function matchLanguage(tag: string | undefined | null): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_.@]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : DEFAULT_LANGUAGE;
}
