// A string of the shared catalogue in main (dialog titles, file filters, report words), in the user's language, without i18next.
import { CATALOG, type Namespace } from '../../common/i18n/catalog.js';
import type { Language } from '../../common/languages.js';

/** The string at `path` in one language's catalogue, or undefined. */
export function catalogLookup(language: Language, namespace: Namespace, path: string): string | undefined {
  let node: unknown = CATALOG[language][namespace];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** `namespace:key` in `language`, falling back to English, then to the key, with `{{name}}` placeholders filled. */
export function catalogText(language: Language, namespace: Namespace, key: string, params: Readonly<Record<string, string>> = {}): string {
  const template = catalogLookup(language, namespace, key) ?? catalogLookup('en', namespace, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => params[name] ?? whole);
}
