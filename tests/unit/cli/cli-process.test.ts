// Runs the real `cre` entry point in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('the cre process', () => {
  it('exits 6 with one stderr line when there is no vault', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cre-cli-process-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', CRE_KDF_PROFILE: 'floor' };
      delete env['LC_ALL'];
      delete env['LC_MESSAGES'];
      delete env['CRE_DEBUG'];
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/cre.ts', 'vault', 'info', '--vault-dir', dir], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
      });

      expect(child.status).toBe(EXIT_CODES.vaultState);
      expect(child.stdout).toBe('');
      expect(child.stderr).toBe(`cre: There is no vault here yet. Folder: ${dir}. Create one with: cre vault create --vault-dir ${dir}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
