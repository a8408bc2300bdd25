// The command line itself: secrets refused from argv, no terminal without a file, languages, help, the exit-code map.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../common/contract/errors.js';
import { EXIT_CODE_FOR_ERROR, EXIT_CODES } from '../../../main/cli/exit-codes.js';
import { cre, createdVault, removeTempDirs, STRONG_PASSPHRASE, tempDir } from './cli-harness.js';

afterEach(removeTempDirs);

describe('cre command line', () => {
  it.each([
    [['vault', 'create', '--passphrase', STRONG_PASSPHRASE]],
    [['vault', 'create', `--passphrase=${STRONG_PASSPHRASE}`]],
    [['--passphrase', STRONG_PASSPHRASE, 'vault', 'create']],
    [['vault', 'recover', `--recovery-key=${STRONG_PASSPHRASE}`]],
  ])('refuses a secret on the command line without echoing it: %j', async (argv) => {
    const run = await cre(['--vault-dir', join(tempDir(), 'vault'), ...argv]);

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toMatch(/^cre: There is no option --[a-z-]+: secrets are never taken from the command line/);
    expect(run.err.trimEnd().split('\n')).toHaveLength(1);
    expect(run.out + run.err).not.toContain(STRONG_PASSPHRASE);
  });

  it('fails with a usage error when it would have to ask but stdin is not a terminal', async () => {
    const { dir } = await createdVault();
    const run = await cre(['vault', 'verify', '--vault-dir', dir], { isTTY: false });

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe(
      'cre: Standard input is not a terminal, so the secret cannot be asked for. Give it in a file with --passphrase-file FILE.\n',
    );
    expect(run.io.prompts).toEqual([]);
  });

  it('speaks Spanish with --lang es, in messages of both namespaces', async () => {
    const dir = tempDir();
    const missing = await cre(['--lang', 'es', 'vault', 'info', '--vault-dir', dir]);
    expect(missing.code).toBe(EXIT_CODES.vaultState);
    expect(missing.err).toMatch(/^cre: .+ Carpeta: .+\. Cree una con: cre vault create --vault-dir \S+\n$/);
    expect(missing.err).not.toContain('There is no vault');

    const noTty = await cre(['vault', 'create', '--vault-dir', dir, '--lang=es']);
    expect(noTty.code).toBe(EXIT_CODES.usage);
    expect(noTty.err).toBe(
      'cre: La entrada estándar no es un terminal, así que no se puede pedir el secreto. Indíquelo en un archivo con --passphrase-file ARCHIVO.\n',
    );
  });

  it('takes the language from LC_ALL before LANG, and --lang before both', async () => {
    const dir = tempDir();
    const french = await cre(['vault', 'create', '--vault-dir', dir], { env: { LC_ALL: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8' } });
    expect(french.err).toMatch(/^cre: L’entrée standard n’est pas un terminal/);

    const portuguese = await cre(['vault', 'create', '--vault-dir', dir, '--lang', 'pt-BR'], { env: { LC_ALL: 'fr_FR.UTF-8' } });
    expect(portuguese.err).toMatch(/^cre: A entrada padrão não é um terminal/);
  });

  it('refuses a language it does not speak', async () => {
    const run = await cre(['--lang', 'de', 'vault', 'info']);

    expect(run.code).toBe(EXIT_CODES.usage);
    expect(run.err).toBe('cre: The language de is not available. Choose one of: en, es, fr, pt.\n');
  });

  it('shows translated help and exits 0 when help is asked for', async () => {
    const english = await cre(['vault', 'verify', '--help']);
    expect(english.code).toBe(EXIT_CODES.ok);
    expect(english.out).toMatch(/^Usage: cre vault verify/);
    expect(english.out).toContain('--passphrase-file <file>');
    expect(english.out).toContain('--vault-dir <dir>');

    const spanish = await cre(['--lang', 'es', 'vault', '--help']);
    expect(spanish.out).toMatch(/^Uso: cre vault/);
    expect(spanish.out).toContain('Comandos:');
  });

  it('treats a missing subcommand, an unknown command and extra arguments as usage errors', async () => {
    const bare = await cre(['vault']);
    expect(bare.code).toBe(EXIT_CODES.usage);
    expect(bare.err).toMatch(/^Usage: cre vault/);

    const unknown = await cre(['vault', 'unlok']);
    expect(unknown.code).toBe(EXIT_CODES.usage);
    expect(unknown.err).toBe('cre: Unknown command unlok. See cre --help.\n');

    const extra = await cre(['vault', 'create', STRONG_PASSPHRASE]);
    expect(extra.code).toBe(EXIT_CODES.usage);
    expect(extra.err).toBe('cre: Too many arguments. See cre --help.\n');
  });

  it('reports an unreadable vault on one line (exit 7), with the stack only when CRE_DEBUG=1', async () => {
    const { dir } = await createdVault();
    writeFileSync(join(dir, 'vault.keys.json'), '{ not json');

    const quiet = await cre(['vault', 'info', '--vault-dir', dir]);
    expect(quiet.code).toBe(EXIT_CODES.vaultUnreadable);
    expect(quiet.err).toBe('cre: The vault files are damaged or do not belong together.\n');

    const debug = await cre(['vault', 'info', '--vault-dir', dir], { env: { CRE_DEBUG: '1' } });
    expect(debug.code).toBe(EXIT_CODES.vaultUnreadable);
    expect(debug.err).toMatch(/\n\s+at /);
  });

  it('maps every error code of the contract to a documented exit code', () => {
    const documented = new Set<number>(Object.values(EXIT_CODES));
    for (const code of ERROR_CODES) expect(documented.has(EXIT_CODE_FOR_ERROR[code])).toBe(true);
    expect(Object.keys(EXIT_CODE_FOR_ERROR).sort()).toEqual([...ERROR_CODES].sort());
  });
});
