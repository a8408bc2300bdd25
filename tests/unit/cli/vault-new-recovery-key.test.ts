// `cre vault new-recovery-key`: the new key opens the vault, the old one no longer does, and it is confirmed only when typed back.
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { pickTwoGroups } from '../../../main/cli/recovery-key-confirm.js';
import { PromptInterrupted } from '../../../main/cli/tty-prompt.js';
import { openTestCore } from '../../helpers/temp-vault.js';
import {
  cre,
  createdVault,
  OTHER_STRONG_PASSPHRASE,
  RECOVERY_KEY_PATTERN,
  removeTempDirs,
  secretFile,
  STRONG_PASSPHRASE,
  type FakeIo,
} from './cli-harness.js';

afterEach(removeTempDirs);

const GROUP_PROMPT = /^Group (\d) of the new key: $/;

const recoverWith = async (dir: string, recoveryKey: string) =>
  (
    await cre([
      'vault',
      'recover',
      '--vault-dir',
      dir,
      '--recovery-key-file',
      secretFile(recoveryKey),
      '--new-passphrase-file',
      secretFile(OTHER_STRONG_PASSPHRASE),
    ])
  ).code;

async function recoveryKeyConfirmed(dir: string, passphrase = STRONG_PASSPHRASE): Promise<boolean> {
  const { core } = await openTestCore(dir);
  try {
    core.vault.unlock(passphrase);
    return core.vault.getRecoveryKeyState().confirmed;
  } finally {
    core.dispose();
  }
}

function printedKey(io: FakeIo): string {
  const key = RECOVERY_KEY_PATTERN.exec(io.out)?.[0];
  if (!key) throw new Error('no recovery key printed yet');
  return key;
}

/** Types back the asked group of the key printed so far, via `transform` (to mistype it, or to type it sloppily). */
function typeGroups(transform: (group: string) => string = (group) => group) {
  return (label: string, io: FakeIo): string | undefined => {
    const number = GROUP_PROMPT.exec(label)?.[1];
    if (number === undefined) return undefined;
    return transform(printedKey(io).split('-')[Number(number) - 1] ?? '');
  };
}

describe('cre vault new-recovery-key', () => {
  it('replaces the key from a passphrase file: the old key fails, the new one works, and it is left unconfirmed', async () => {
    const { dir, recoveryKey: oldKey } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir, '--passphrase-file', secretFile(STRONG_PASSPHRASE)]);

    expect(run.code).toBe(EXIT_CODES.ok);
    const newKey = printedKey(run.io);
    expect(newKey).not.toBe(oldKey);
    expect(run.out).toContain('The old recovery key no longer opens the vault.');
    expect(run.out).toContain('Write it down on paper now');
    expect(run.out).toContain('because there is no terminal to type part of it back');
    expect(run.out.split(newKey)).toHaveLength(2);
    expect(await recoveryKeyConfirmed(dir)).toBe(false);

    expect(await recoverWith(dir, oldKey)).toBe(EXIT_CODES.wrongSecret);
    expect(await recoverWith(dir, newKey)).toBe(EXIT_CODES.ok);
  });

  it('on a terminal, asks for the passphrase, then two groups of the new key, and marks it confirmed', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir], {
      isTTY: true,
      answers: [STRONG_PASSPHRASE],
      respond: typeGroups((group) => ` ${group.toLowerCase()} `),
    });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.io.prompts).toHaveLength(3);
    expect(run.io.prompts[0]).toBe('Current passphrase: ');
    const asked = run.io.prompts.slice(1).map((label) => Number(GROUP_PROMPT.exec(label)?.[1]));
    expect(asked[0]).toBeLessThan(asked[1] ?? 0);
    expect(run.err).toContain(`type group ${asked[0]} and group ${asked[1]} of the new key`);
    expect(run.out).toContain('Recovery key confirmed.');
    expect(await recoveryKeyConfirmed(dir)).toBe(true);
    expect(await recoverWith(dir, printedKey(run.io))).toBe(EXIT_CODES.ok);
  });

  it('leaves the key unconfirmed after three mistyped tries, and the new key still works', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir], {
      isTTY: true,
      answers: [STRONG_PASSPHRASE],
      respond: typeGroups((group) => `${group.slice(0, -1)}${group.endsWith('A') ? 'B' : 'A'}`),
    });

    expect(run.code).toBe(EXIT_CODES.ok);
    expect(run.io.prompts).toHaveLength(1 + 3 * 2);
    expect(run.err.match(/These groups do not match the new key\./g)).toHaveLength(2);
    expect(run.out).toContain('The new key was not confirmed.');
    expect(await recoveryKeyConfirmed(dir)).toBe(false);
    expect(await recoverWith(dir, printedKey(run.io))).toBe(EXIT_CODES.ok);
  });

  it('says the new key is in place when interrupted while typing it back (exit 130)', async () => {
    const { dir, recoveryKey: oldKey } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir], {
      isTTY: true,
      answers: [STRONG_PASSPHRASE],
      respond: (label) => {
        if (GROUP_PROMPT.test(label)) throw new PromptInterrupted();
        return undefined;
      },
    });

    expect(run.code).toBe(EXIT_CODES.interrupted);
    expect(run.err).toContain(
      'cre: Interrupted. The new recovery key is in place and the old one no longer works, but the new one was not confirmed.\n',
    );
    expect(await recoverWith(dir, oldKey)).toBe(EXIT_CODES.wrongSecret);
  });

  it('answers exit code 3 to a wrong passphrase and keeps the old key', async () => {
    const { dir, recoveryKey: oldKey } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir, '--passphrase-file', secretFile('not the passphrase at all 7')]);

    expect(run.code).toBe(EXIT_CODES.wrongSecret);
    expect(run.err).toBe('cre: That passphrase does not open this vault.\n');
    expect(run.out).toBe('');
    expect(await recoverWith(dir, oldKey)).toBe(EXIT_CODES.ok);
  });

  it('needs the passphrase file when there is no terminal', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'new-recovery-key', '--vault-dir', dir]);

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe(
      'cre: Standard input is not a terminal, so the secret cannot be asked for. Give it in a file with --passphrase-file FILE.\n',
    );
  });
});

describe('pickTwoGroups', () => {
  it('returns two different positions among the eight, in ascending order, for every draw', () => {
    for (let first = 0; first < 8; first += 1) {
      for (let second = 0; second < 7; second += 1) {
        const draws = [first, second];
        const [a, b] = pickTwoGroups(() => draws.shift() ?? 0);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThan(b);
        expect(b).toBeLessThan(8);
      }
    }
  });
});
