// The resources catalogue's strings main needs (dialog titles), in the user's language, without the renderer's i18next.
import { CATALOG } from '../../../common/i18n/catalog.js';
import type { Language } from '../../../common/languages.js';

/** `resources:<key>` in `language`, falling back to English, then to the key itself. */
export function resourcesMessage(language: Language, key: string): string {
  const lookup = (lang: Language): string | undefined => {
    let node: unknown = CATALOG[lang].resources;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  };
  return lookup(language) ?? lookup('en') ?? key;
}
