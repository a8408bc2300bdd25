// The `cre` program: its commander tree, translated help, and the funnel that turns every outcome into an exit code.
import { Command, CommanderError, type HelpConfiguration } from 'commander';
import { LANGUAGES, matchLanguage } from '../../common/languages.js';
import { defaultUserDataDir, resolveVaultDir } from '../core/vault-location.js';
import type { CliIo } from './cli-io.js';
import { CliError, describeError, usageError } from './cli-errors.js';
import { createTranslator, findOptionValue, isSupportedLanguage, languageFromEnv, type Translate } from './cli-i18n.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { registerRosterCommands } from './roster-commands.js';
import { registerBundleCommands } from './bundle-commands.js';
import { registerGrantsCommands } from './grants-commands.js';
import { registerReviewCommands } from './review-commands.js';
import { createDemoVault, type DemoOptions } from './demo-command.js';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SIZE, MAX_SAMPLE_SIZE } from '../core/roster/sample-data.js';
import {
  changePassphrase,
  createVault,
  newRecoveryKey,
  recoverVault,
  showInfo,
  verifyVault,
  type CommandContext,
} from './vault-commands.js';

export type { CliIo } from './cli-io.js';
export { EXIT_CODES, EXIT_CODE_FOR_ERROR, type ExitCode } from './exit-codes.js';

/** Options that look like a way to pass a secret on the command line; their refusal says what to use instead. */
const SECRET_LOOKALIKES = new Set(['--passphrase', '--new-passphrase', '--password', '--recovery-key']);

interface GlobalOptions {
  vaultDir?: string;
}

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

function helpConfiguration(t: Translate): HelpConfiguration {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': t('help.titles.usage'),
    'Arguments:': t('help.titles.arguments'),
    'Options:': t('help.titles.options'),
    'Commands:': t('help.titles.commands'),
    'Global Options:': t('help.titles.globalOptions'),
  };
  return { showGlobalOptions: true, styleTitle: (title: string) => titles[title] ?? title };
}

function buildProgram(io: CliIo, t: Translate, run: Runner): Command {
  // Settings made here before any .command() are inherited by every subcommand.
  const program = new Command('cre')
    .description(t('help.program'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Commander's English error line is replaced by the translated one from commanderError().
      outputError: () => undefined,
    })
    .showSuggestionAfterError(false)
    .configureHelp(helpConfiguration(t))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .option('--vault-dir <dir>', t('help.vaultDir'))
    .option('--lang <lang>', t('help.lang', { languages: LANGUAGES.join(', ') }));

  const vault = program.command('vault').description(t('help.vault'));

  vault
    .command('create')
    .description(t('help.create'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: { passphraseFile?: string }, cmd: Command) => run(cmd, (ctx) => createVault(ctx, options)));

  vault
    .command('info')
    .description(t('help.info'))
    .option('--json', t('help.json'))
    .option('--passphrase-file <file>', t('help.infoPassphraseFile'))
    .action((options: { json?: boolean; passphraseFile?: string }, cmd: Command) => run(cmd, (ctx) => showInfo(ctx, options)));

  vault
    .command('verify')
    .description(t('help.verify'))
    .option('--json', t('help.json'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: { json?: boolean; passphraseFile?: string }, cmd: Command) => run(cmd, (ctx) => verifyVault(ctx, options)));

  vault
    .command('change-passphrase')
    .description(t('help.changePassphrase'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .option('--new-passphrase-file <file>', t('help.newPassphraseFile'))
    .action((options: { passphraseFile?: string; newPassphraseFile?: string }, cmd: Command) =>
      run(cmd, (ctx) => changePassphrase(ctx, options)),
    );

  vault
    .command('recover')
    .description(t('help.recover'))
    .option('--recovery-key-file <file>', t('help.recoveryKeyFile'))
    .option('--new-passphrase-file <file>', t('help.newPassphraseFile'))
    .action((options: { recoveryKeyFile?: string; newPassphraseFile?: string }, cmd: Command) =>
      run(cmd, (ctx) => recoverVault(ctx, options)),
    );

  vault
    .command('new-recovery-key')
    .description(t('help.newRecoveryKey'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: { passphraseFile?: string }, cmd: Command) => run(cmd, (ctx) => newRecoveryKey(ctx, options)));

  program
    .command('demo')
    .description(t('demo.help'))
    .option('--size <n>', t('demo.sizeOption', { default: DEFAULT_SAMPLE_SIZE, max: MAX_SAMPLE_SIZE }))
    .option('--seed <s>', t('demo.seedOption', { default: DEFAULT_SAMPLE_SEED }))
    .action((options: DemoOptions, cmd: Command) => run(cmd, (ctx) => createDemoVault(ctx, options)));

  registerRosterCommands(program, t, run);
  registerBundleCommands(program, t, run);
  registerGrantsCommands(program, t, run);
  registerReviewCommands(program, t, run);
  return program;
}

function quotedToken(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/**
 * Commander's failures as exit codes or translated usage errors. The offending token is named only up to any
 * `=`, so `--passphrase=secret` never echoes the secret.
 */
function commanderOutcome(error: CommanderError): ExitCode | CliError {
  switch (error.code) {
    case 'commander.help':
    case 'commander.helpDisplayed':
    case 'commander.version':
      // Help asked for exits 0; help shown because a subcommand is missing exits as a usage error.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    case 'commander.unknownOption': {
      const option = quotedToken(error.message).split('=')[0] ?? '';
      return usageError(SECRET_LOOKALIKES.has(option) ? 'usage.secretOnCommandLine' : 'usage.unknownOption', { option });
    }
    case 'commander.unknownCommand':
      return usageError('usage.unknownCommand', { command: quotedToken(error.message) });
    case 'commander.excessArguments':
      return usageError('usage.excessArguments');
    case 'commander.optionMissingArgument':
      return usageError('usage.optionMissingArgument', { option: quotedToken(error.message).split(' ')[0] ?? '' });
    default:
      return usageError('usage.invalid');
  }
}

/** Runs `cre` with `argv` (the arguments after the program name) and resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = io.env['CRE_DEBUG'] === '1';
  const requested = findOptionValue(argv, '--lang');
  const envLanguage = languageFromEnv(io.env);
  let t = createTranslator(envLanguage);
  let vaultDir: string | undefined;
  let vaultDirFromFlag = false;

  const report = (error: unknown): number => {
    const { exitCode, message } = describeError(error, t, { vaultDir, vaultDirFromFlag });
    io.stderr(`cre: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCode;
  };

  if (requested !== undefined && !isSupportedLanguage(requested)) {
    return report(usageError('usage.unsupportedLanguage', { lang: requested, languages: LANGUAGES.join(', ') }));
  }
  const language = requested !== undefined ? matchLanguage(requested) : envLanguage;
  t = createTranslator(language);

  let exitCode: ExitCode = EXIT_CODES.ok;
  const run: Runner = async (cmd, action) => {
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    vaultDir = resolveVaultDir(globals.vaultDir, io.env, () => defaultUserDataDir(process.platform, io.env));
    vaultDirFromFlag = globals.vaultDir !== undefined;
    exitCode = await action({ io, t, language, vaultDir });
  };

  try {
    await buildProgram(io, t, run).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) return report(error);
    const outcome = commanderOutcome(error);
    return typeof outcome === 'number' ? outcome : report(outcome);
  }
}
