// Messages that must tell the user what happened: no false starts, no import words on inspect, local dates, the right
// create command, and work that is saved when only the lock after it failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../main/cli/cli-i18n.js';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { withCore } from '../../../main/cli/unlocked-core.js';
import { CliError } from '../../../main/cli/cli-errors.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { mountSmallDisk, smallDiskUnavailable } from '../../helpers/small-disk.js';
import { cre, createdVault, fakeIo, removeTempDirs, secretFile, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
afterAll(removeTempDirs);

describe('cre messages', () => {
  it('refuses a demo over an existing vault before saying it is creating one', async () => {
    const { dir } = await createdVault();
    const run = await cre(['demo', '--vault-dir', dir, '--size', '5']);
    expect(run.code).toBe(EXIT_CODES.vaultState);
    expect(run.err).toBe(`cre: A vault already exists in this folder. Folder: ${dir}\n`);
  });

  it('inspects without the words of an import, and calls a version-0 file not a bundle, not a newer one', async () => {
    const file = join(tempDir(), 'zero.crebundle');
    const bytes = readFileSync(join(ROOT, 'tests', 'vectors', 'success.bin'));
    bytes.writeUInt16BE(0, 8);
    writeFileSync(file, bytes);
    const run = await cre(['bundle', 'inspect', file]);
    expect(run.code).toBe(EXIT_CODES.bundleRefused);
    expect(run.err).toBe('cre: This file cannot be read as a bundle: not a bundle or damaged header.\n');
    const spanish = await cre(['--lang', 'es', 'bundle', 'inspect', file]);
    expect(spanish.err).not.toMatch(/importó|newer|nueva versión/);
  });

  it('shows the creation date in the user’s language, and ISO only in --json', async () => {
    const { dir } = await createdVault();
    const spanish = await cre(['--lang', 'es', 'vault', 'info', '--vault-dir', dir]);
    const created = spanish.out.split('\n').find((line) => line.startsWith('Creada'));
    expect(created).toMatch(/\d{1,2} de [a-z]+ de \d{4}/);
    expect(created).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const json = JSON.parse((await cre(['vault', 'info', '--vault-dir', dir, '--json'])).out) as { createdAt: string };
    expect(json.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('suggests the create command with the folder only when the folder was named by --vault-dir', async () => {
    const dir = join(tempDir(), 'my vault');
    const named = await cre(['vault', 'info', '--vault-dir', dir]);
    expect(named.err).toContain(`Create one with: cre vault create --vault-dir '${dir}'\n`);
    const fromEnv = await cre(['vault', 'info'], { env: { CRE_VAULT_DIR: dir } });
    expect(fromEnv.err).toMatch(/Create one with: cre vault create\n$/);
  });
});

describe.skipIf(smallDiskUnavailable !== null)('work saved, then the lock fails on a full disk', () => {
  it('reports what was done, then the lock-time problem, with the storage exit code', async () => {
    const disk = mountSmallDisk(16);
    try {
      const vaultDir = join(disk.dir, 'vault');
      const passphraseFile = secretFile(`${STRONG_PASSPHRASE}\n`);
      expect((await cre(['vault', 'create', '--vault-dir', vaultDir, '--passphrase-file', passphraseFile])).code).toBe(0);
      const io = fakeIo({ answers: [STRONG_PASSPHRASE] });
      const ctx = { io, t: createTranslator('en'), language: 'en' as const, vaultDir };
      const outcome = withCore(ctx, async (core) => {
        core.vault.unlock(STRONG_PASSPHRASE);
        for (let i = 0; i < 200; i += 1) core.roster.create({ ...ANA, name: `Collaborator ${i}`, notes: 'n'.repeat(1500) });
        io.stdout('200 rows written.\n');
        disk.fill();
        return EXIT_CODES.ok;
      });
      const error = await outcome.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(EXIT_CODES.storageUnavailable);
      expect((error as CliError).key).toBe('afterWork.lockFailed');
      expect(String((error as CliError).params['reason'])).toMatch(/disk is full/);
      disk.free();
      const exported = join(tempDir(), 'out.csv');
      const run = await cre(['roster', 'export', '--vault-dir', vaultDir, '--passphrase-file', passphraseFile, '--out', exported]);
      expect(run.code).toBe(0);
      expect(readFileSync(exported, 'utf8').trim().split('\n')).toHaveLength(201);
    } finally {
      disk.unmount();
    }
  });

  it('words the lock-time problem in the user’s language', () => {
    const t = createTranslator('es');
    expect(t('afterWork.lockFailed', { reason: 'El disco está lleno.' })).toMatch(/^Lo indicado arriba quedó guardado/);
  });
});
