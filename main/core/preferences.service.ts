// Preferences that live outside the encrypted vault because the lock screen needs them (only the language).
import { existsSync, readFileSync } from 'node:fs';
import { preferencesSchema, type Preferences } from '../../common/contract/preferences.contract.js';
import { matchLanguage, type Language } from '../../common/languages.js';
import { ensurePrivateDirectory, writeFileAtomic } from './fs/atomic-file.js';
import type { Platform } from './platform.js';
import { vaultFiles } from './vault/vault-files.js';

export type PreferencesService = ReturnType<typeof createPreferencesService>;

export function createPreferencesService(vaultDir: string, platform: Platform) {
  const file = vaultFiles(vaultDir).preferences;
  let cached: Preferences | undefined;

  function read(): Preferences {
    if (cached) return cached;
    const fallback: Preferences = { language: matchLanguage(platform.systemLocale()) };
    if (!existsSync(file)) return fallback;
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      cached = parsed.success ? parsed.data : fallback;
    } catch {
      cached = fallback;
    }
    return cached;
  }

  return {
    get: read,
    language: (): Language => read().language,
    setLanguage(language: Language): void {
      const next = { ...read(), language };
      ensurePrivateDirectory(vaultDir);
      writeFileAtomic(file, JSON.stringify(next));
      cached = next;
    },
  };
}
