// `cre vault change-passphrase` and `cre vault recover`: old secrets stop working, new ones and the recovery key work.
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import {
  cre,
  createdVault,
  OTHER_STRONG_PASSPHRASE,
  removeTempDirs,
  secretFile,
  STRONG_PASSPHRASE,
} from './cli-harness.js';

afterEach(removeTempDirs);

const opens = async (dir: string, passphrase: string) =>
  (await cre(['vault', 'verify', '--vault-dir', dir, '--passphrase-file', secretFile(passphrase)])).code;

describe('cre vault change-passphrase', () => {
  it('changes the passphrase from files: the old one fails, the new one works', async () => {
    const { dir } = await createdVault();
    const run = await cre([
      'vault',
      'change-passphrase',
      '--vault-dir',
      dir,
      '--passphrase-file',
      secretFile(STRONG_PASSPHRASE),
      '--new-passphrase-file',
      secretFile(`${OTHER_STRONG_PASSPHRASE}\n`),
    ]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toContain('Passphrase changed.');
    expect(await opens(dir, STRONG_PASSPHRASE)).toBe(EXIT_CODES.wrongSecret);
    expect(await opens(dir, OTHER_STRONG_PASSPHRASE)).toBe(EXIT_CODES.ok);
  });

  it('asks on a terminal: current first, then the new one twice', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'change-passphrase', '--vault-dir', dir], {
      isTTY: true,
      answers: [STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE],
    });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.io.prompts).toEqual(['Current passphrase: ', 'New passphrase: ', 'Type the new passphrase again: ']);
    expect(await opens(dir, OTHER_STRONG_PASSPHRASE)).toBe(EXIT_CODES.ok);
  });

  it('stops at a wrong current passphrase before asking for a new one', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'change-passphrase', '--vault-dir', dir], {
      isTTY: true,
      answers: ['not the passphrase at all 7'],
    });

    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(run.io.prompts).toEqual(['Current passphrase: ']);
    expect(await opens(dir, STRONG_PASSPHRASE)).toBe(EXIT_CODES.ok);
  });

  it('needs both files when there is no terminal, and says which one is missing', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'change-passphrase', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe(
      'cre: Standard input is not a terminal, so the secret cannot be asked for. Give it in a file with --new-passphrase-file FILE.\n',
    );
  });
});

describe('cre vault recover', () => {
  it('sets a new passphrase with the recovery key printed at create', async () => {
    const { dir, recoveryKey } = await createdVault();
    const run = await cre([
      'vault',
      'recover',
      '--vault-dir',
      dir,
      '--recovery-key-file',
      secretFile(`${recoveryKey.toLowerCase()}\n`),
      '--new-passphrase-file',
      secretFile(OTHER_STRONG_PASSPHRASE),
    ]);

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.out).toContain('New passphrase set.');
    expect(run.out + run.err).not.toContain(recoveryKey);
    expect(await opens(dir, STRONG_PASSPHRASE)).toBe(EXIT_CODES.wrongSecret);
    expect(await opens(dir, OTHER_STRONG_PASSPHRASE)).toBe(EXIT_CODES.ok);
  });

  it('asks for the key and the new passphrase on a terminal', async () => {
    const { dir, recoveryKey } = await createdVault();
    const run = await cre(['vault', 'recover', '--vault-dir', dir], {
      isTTY: true,
      answers: [recoveryKey, OTHER_STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE],
    });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.io.prompts).toEqual(['Recovery key: ', 'New passphrase: ', 'Type the new passphrase again: ']);
  });

  it('answers exit code 3 to a mistyped key before asking for a new passphrase', async () => {
    const { dir, recoveryKey } = await createdVault();
    const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('A') ? 'B' : 'A'}`;
    const run = await cre(['vault', 'recover', '--vault-dir', dir], { isTTY: true, answers: [typo] });

    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(run.err).toBe('cre: That recovery key does not open this vault. Check each group of five characters.\n');
    expect(run.io.prompts).toEqual(['Recovery key: ']);
  });

  it('answers exit code 3 to the key of another vault', async () => {
    const { dir } = await createdVault();
    const other = await createdVault();
    const run = await cre([
      'vault',
      'recover',
      '--vault-dir',
      dir,
      '--recovery-key-file',
      secretFile(other.recoveryKey),
      '--new-passphrase-file',
      secretFile(OTHER_STRONG_PASSPHRASE),
    ]);

    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(await opens(dir, STRONG_PASSPHRASE)).toBe(EXIT_CODES.ok);
  });
});
