// main/app stays thin: only main.ts loads Electron at run time, so every policy file runs (and is tested) under Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP_DIR = resolve(import.meta.dirname, '..', '..', '..', 'main', 'app');

describe('main/app', () => {
  it('imports electron at run time from main.ts only; the other files use type-only imports', () => {
    const runtimeImporters = readdirSync(APP_DIR)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => {
        const source = readFileSync(join(APP_DIR, name), 'utf8');
        return /^import\s+(?!type\b)[^;]*from\s+'electron'/m.test(source) || /require\(\s*'electron'\s*\)/.test(source);
      });
    expect(runtimeImporters).toEqual(['main.ts']);
  });
});
