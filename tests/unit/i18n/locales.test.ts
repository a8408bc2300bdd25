// Every locale ships every namespace English has, with every English key, a non-empty value and the same {{placeholders}}.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/languages.js';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../../common/i18n/locales');
const REFERENCE = 'en';
const OTHERS = LANGUAGES.filter((language) => language !== REFERENCE);
/** i18next plural suffixes: a language may need forms English does not (e.g. `_many`). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function namespacesOf(language: string): string[] {
  return readdirSync(path.join(LOCALES_DIR, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Flattens a catalog to `a.b.c` → value; anything that is neither an object nor a string is kept as is, to be reported. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(language: string, namespace: string): Map<string, unknown> {
  const text = readFileSync(path.join(LOCALES_DIR, language, `${namespace}.json`), 'utf8');
  return flatten(JSON.parse(text) as unknown);
}

function placeholders(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const names = [...value.matchAll(/\{\{\s*([^\s},]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

function emptyOrNotText(catalog: Map<string, unknown>): string[] {
  return [...catalog].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
}

const NAMESPACES = namespacesOf(REFERENCE);

describe('translation catalogs', () => {
  it('has a folder for every supported language and no other', () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...LANGUAGES].sort());
  });

  it('finds the English namespaces', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['app', 'errors']));
  });

  it.each(LANGUAGES)('%s has the same namespace files as English', (language) => {
    expect(namespacesOf(language)).toEqual(NAMESPACES);
  });

  describe.each(NAMESPACES)('namespace %s', (namespace) => {
    const english = load(REFERENCE, namespace);

    it('has only non-empty text values in English', () => {
      expect(emptyOrNotText(english)).toEqual([]);
    });

    describe.each(OTHERS)('%s', (language) => {
      const translated = load(language, namespace);

      it('carries every English key', () => {
        expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      });

      it('has no keys English lacks, except plural forms of English keys', () => {
        const stray = [...translated.keys()].filter(
          (key) => !english.has(key) && !(PLURAL_SUFFIX.test(key) && english.has(key.replace(PLURAL_SUFFIX, '_other'))),
        );
        expect(stray).toEqual([]);
      });

      it('has no empty values', () => {
        expect(emptyOrNotText(translated)).toEqual([]);
      });

      it('uses the same {{placeholders}} as English in every message', () => {
        const differing = [...english]
          .filter(([key]) => translated.has(key))
          .filter(([key, value]) => placeholders(value).join(',') !== placeholders(translated.get(key)).join(','))
          .map(([key, value]) => `${key}: en {${placeholders(value).join(', ')}} vs {${placeholders(translated.get(key)).join(', ')}}`);
        expect(differing).toEqual([]);
      });
    });
  });
});
