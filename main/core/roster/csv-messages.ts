// The import catalogue's strings in main (dialog titles, the errors column of saved invalid rows), without the renderer's i18next.
import type { ImportIssue } from '../../../common/contract/roster-io.contract.js';
import type { Language } from '../../../common/languages.js';
import { catalogLookup } from '../catalog-message.js';

/** `import:<key>` in `language`, falling back to English, with `{{name}}` placeholders filled. */
export function importMessage(language: Language, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const lookup = (lang: Language, path: string) => catalogLookup(lang, 'import', path);
  // Plural keys as i18next writes them (`key_one`, `key_other`), chosen by the language's plural rules for `count`.
  const count = params['count'];
  const plural = typeof count === 'number' ? `${key}_${new Intl.PluralRules(language).select(count)}` : null;
  const find = (lang: Language) => (plural === null ? undefined : lookup(lang, plural) ?? lookup(lang, `${key}_other`)) ?? lookup(lang, key);
  const template = find(language) ?? find('en') ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One issue as a line: "Countries: unknown country “Atlantis”". */
export function describeIssue(language: Language, issue: Pick<ImportIssue, 'column' | 'reason'>): string {
  const reason = importMessage(language, `reason.${issue.reason.code}`, issue.reason.params);
  return issue.column === null ? reason : `${importMessage(language, `column.${issue.column}`)}: ${reason}`;
}
