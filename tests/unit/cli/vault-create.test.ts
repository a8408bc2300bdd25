// `cre vault create`: from a file and from the terminal, the recovery key shown once, weak passphrases refused.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import {
  cre,
  createdVault,
  RECOVERY_KEY_PATTERN,
  removeTempDirs,
  secretFile,
  STRONG_PASSPHRASE,
  tempDir,
} from './cli-harness.js';

afterEach(removeTempDirs);

describe('cre vault create', () => {
  it('creates a vault from a passphrase file and prints the recovery key once, in 8 groups of 5', async () => {
    const dir = join(tempDir(), 'vault');
    const run = await cre(['vault', 'create', '--vault-dir', dir, '--passphrase-file', secretFile(`${STRONG_PASSPHRASE}\n`)]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.err).toBe('');
    expect(existsSync(join(dir, 'vault.keys.json'))).toBe(true);
    const keys = run.out.match(new RegExp(RECOVERY_KEY_PATTERN.source, 'g')) ?? [];
    expect(keys).toHaveLength(1);
    expect(keys[0]?.split('-')).toHaveLength(8);
    expect(run.out).toContain('Write it down');
    expect(run.out).not.toContain(STRONG_PASSPHRASE);
  });

  it('asks twice on a terminal, with hidden prompts on the prompt function only', async () => {
    const dir = join(tempDir(), 'vault');
    const run = await cre(['vault', 'create', '--vault-dir', dir], { isTTY: true, answers: [STRONG_PASSPHRASE, STRONG_PASSPHRASE] });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.io.prompts).toEqual(['New passphrase: ', 'Type the new passphrase again: ']);
    expect(run.out).toMatch(RECOVERY_KEY_PATTERN);
    expect(run.out + run.err).not.toContain(STRONG_PASSPHRASE);
  });

  it('refuses two different entries and creates nothing', async () => {
    const dir = join(tempDir(), 'vault');
    const run = await cre(['vault', 'create', '--vault-dir', dir], {
      isTTY: true,
      answers: [STRONG_PASSPHRASE, `${STRONG_PASSPHRASE}!`],
    });

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe('cre: The two passphrases are not the same. Nothing was changed.\n');
    expect(existsSync(join(dir, 'vault.keys.json'))).toBe(false);
  });

  it('refuses a weak passphrase with the reason, on one line, without asking for it again', async () => {
    const dir = join(tempDir(), 'vault');
    const short = await cre(['vault', 'create', '--vault-dir', dir, '--passphrase-file', secretFile('abc123\n')]);
    expect(short.code).toBe(EXIT_CODES.usage);
    expect(short.err).toBe('cre: This passphrase is too easy to guess. It must have at least 10 characters.\n');

    const guessable = await cre(['vault', 'create', '--vault-dir', dir], { isTTY: true, answers: ['password1234'] });
    expect(guessable.code).toBe(EXIT_CODES.usage);
    expect(guessable.io.prompts).toHaveLength(1);
    expect(guessable.err).toMatch(/^cre: This passphrase is too easy to guess\. .+\n$/);
    expect(guessable.err.trimEnd().split('\n')).toHaveLength(1);
    expect(guessable.err).not.toContain('password1234');
    expect(existsSync(join(dir, 'vault.keys.json'))).toBe(false);
  });

  it('refuses to overwrite an existing vault (exit 6) before asking anything', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'create', '--vault-dir', dir], { isTTY: true });

    expect(run.code).toBe(EXIT_CODES.vaultState);
    expect(run.err).toBe(`cre: A vault already exists in this folder. Folder: ${dir}\n`);
    expect(run.io.prompts).toEqual([]);
  });

  it('warns when the passphrase file can be read by others, and still reads it', async () => {
    const dir = join(tempDir(), 'vault');
    const file = secretFile(`${STRONG_PASSPHRASE}\r\nignored second line\n`, 0o644);
    const run = await cre(['vault', 'create', '--vault-dir', dir, '--passphrase-file', file]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.err).toBe(`cre: warning: ${file} can be read by other users of this computer (mode 644). Make it private with: chmod 600 ${file}\n`);
    const unlock = await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);
    expect(unlock.code).toBe(EXIT_CODES.ok);
  });

  it('warns when the recovery key goes to something other than a terminal', async () => {
    const dir = join(tempDir(), 'vault');
    const run = await cre(['vault', 'create', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)], {
      stdoutIsTTY: false,
    });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.err).toMatch(/^cre: warning: the recovery key was written to standard output, which is not a terminal\./);
  });

  it('reports a missing passphrase file as a usage error', async () => {
    const missing = join(tempDir(), 'nope.txt');
    const run = await cre(['vault', 'create', '--vault-dir', join(tempDir(), 'vault'), '--passphrase-file', missing]);

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe(`cre: Cannot read ${missing}: no such file.\n`);
  });
});
