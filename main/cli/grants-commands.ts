// `cre grants calls`, `export` and `letter`: the grant calls, a call's applications as CSV and an award letter as PDF,
// over the same core and files as the app (written atomically and audited), the command line naming the file.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cldrLanguageName } from '../../common/code-names.js';
import { isCreFailure } from '../../common/contract/errors.js';
import type { Application } from '../../common/grants/application.schema.js';
import { callTitle, type Call } from '../../common/grants/call.schema.js';
import type { Language } from '../../common/languages.js';
import { catalogText } from '../core/catalog-message.js';
import type { Core } from '../core/create-core.js';
import { saveAwardLetter } from '../core/grants/award-letter.js';
import { exportCallCsv } from '../core/grants/calls-csv.js';
import { CliError, usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODE_FOR_ERROR, EXIT_CODES, type ExitCode } from './exit-codes.js';
import type { CommandContext } from './vault-commands.js';
import { withUnlockedCore } from './unlocked-core.js';

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

export interface CallsOptions {
  json?: boolean;
  passphraseFile?: string;
}

export interface GrantsExportOptions {
  call: string;
  out: string;
  force?: boolean;
  passphraseFile?: string;
}

export interface LetterOptions {
  application: string;
  out: string;
  force?: boolean;
  passphraseFile?: string;
}

/** The most a list method of the contract answers at once. */
const PAGE = 500;

/** One call as `cre grants calls --json` prints it: the title in the CLI's language, the deadline as typed and as an instant. */
export interface CallLine {
  id: string;
  title: string;
  kind: Call['kind'];
  state: Call['state'];
  regions: Call['regions'];
  closesAt: string;
  timeZone: string;
  closesAtInstant: string;
  currency: string;
  ceiling: number;
  applications: number;
}

async function allPages<T>(page: (offset: number) => Promise<T[]> | T[]): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(offset);
    all.push(...rows);
    if (rows.length < PAGE) return all;
  }
}

async function callLines(core: Core, language: Language): Promise<CallLine[]> {
  const { grantCalls, grantApplications } = core.handlers;
  const calls = await allPages((offset) => grantCalls.list({ states: [], region: null, deleted: false, offset, limit: PAGE }));
  const applications = await allPages<Application>((offset) =>
    grantApplications.list({ callId: null, communityId: null, states: [], deleted: false, offset, limit: PAGE }),
  );
  const counts = new Map<string, number>();
  for (const application of applications) counts.set(application.callId, (counts.get(application.callId) ?? 0) + 1);
  return calls.map((call) => ({
    id: call.id,
    title: callTitle(call, language),
    kind: call.kind,
    state: call.state,
    regions: call.regions,
    closesAt: call.closesAt,
    timeZone: call.timeZone,
    closesAtInstant: call.closesAtInstant,
    currency: call.currency,
    ceiling: call.ceiling,
    applications: counts.get(call.id) ?? 0,
  }));
}

/** "31 Mar 2026, 17:00 (America/Bogota)": the deadline on the call's own clock, in the CLI's language. */
export function formatDeadline(call: Pick<CallLine, 'closesAtInstant' | 'timeZone'>, language: Language): string {
  const at = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: call.timeZone }).format(new Date(call.closesAtInstant));
  return `${at} (${call.timeZone})`;
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([label]) => [...label].length));
  return rows.map(([label, value]) => `  ${label}:${' '.repeat(width - [...label].length + 2)}${value}\n`).join('');
}

export function formatCalls(t: Translate, language: Language, lines: readonly CallLine[]): string {
  if (lines.length === 0) return `${t('grants.list.none')}\n`;
  const region = (code: string) => catalogText(language, 'taxonomy', `region.${code}`);
  return lines
    .map(
      (line) =>
        `${line.title}\n${table([
          [t('grants.list.id'), line.id],
          [t('grants.list.kind'), t(`grants.kind.${line.kind}`)],
          [t('grants.list.state'), t(`grants.state.${line.state}`)],
          [t('grants.list.regions'), line.regions.map(region).join(', ')],
          [t('grants.list.closes'), formatDeadline(line, language)],
          [t('grants.list.applications'), String(line.applications)],
        ])}`,
    )
    .join('\n');
}

export async function listCalls(ctx: CommandContext, options: CallsOptions): Promise<ExitCode> {
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    const lines = await callLines(core, ctx.language);
    ctx.io.stdout(options.json === true ? `${JSON.stringify(lines, null, 2)}\n` : formatCalls(ctx.t, ctx.language, lines));
    return EXIT_CODES.ok;
  });
}

const idSchema = z.uuid();

/** An id that cannot name any record is refused before the passphrase is asked for, as one that names none would be. */
function assertId(id: string, kind: 'call' | 'application'): void {
  if (!idSchema.safeParse(id.trim()).success) throw new CliError(EXIT_CODE_FOR_ERROR.not_found, `grants.notFound.${kind}`, { id });
}

/** The folder must exist; an existing file is replaced only with --force. Checked before the passphrase is asked for. */
function assertNewTarget(file: string, force: boolean): void {
  const folder = statSync(dirname(resolve(file)), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw usageError('bundle.usage.outFolder', { file });
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw usageError('bundle.usage.outIsFolder', { file });
  if (existing && !force) throw usageError('grants.usage.outExists', { file });
}

/** The core's answers for a record the command line named: a missing or deleted one is "not found", in its words. */
function namedRecordFailure(error: unknown, kind: 'call' | 'application', id: string): unknown {
  if (!isCreFailure(error)) return error;
  if (error.code === 'not_found' || (error.code === 'conflict' && error.details?.['reason'] === 'deleted')) {
    return new CliError(EXIT_CODE_FOR_ERROR.not_found, `grants.notFound.${kind}`, { id });
  }
  if (error.code === 'conflict' && error.details?.['reason'] === 'not_awarded') {
    return new CliError(EXIT_CODE_FOR_ERROR.invalid_input, 'grants.usage.notAwarded', { id });
  }
  return error;
}

/** The app's save functions, with the file named on the command line in place of the save dialog. */
function savingTo(core: Core, ctx: CommandContext, file: string) {
  return {
    openVault: core.vault.openVault,
    platform: { now: () => Date.now(), chooseSaveFile: async () => resolve(file) },
    language: () => ctx.language,
  };
}

async function getCall(core: Core, id: string): Promise<Call> {
  const call = await core.handlers.grantCalls.get({ id });
  if (call.deletedAt) throw new CliError(EXIT_CODE_FOR_ERROR.not_found, 'grants.notFound.call', { id });
  return call;
}

export async function exportApplications(ctx: CommandContext, options: GrantsExportOptions): Promise<ExitCode> {
  const id = options.call.trim();
  assertId(id, 'call');
  assertNewTarget(options.out, options.force === true);
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    try {
      await getCall(core, id);
      const rows = (await core.handlers.grantCalls.ranked({ id })).length;
      await exportCallCsv(savingTo(core, ctx, options.out), id);
      ctx.io.stdout(`${ctx.t('grants.exported', { count: rows, file: options.out })}\n`);
      return EXIT_CODES.ok;
    } catch (error) {
      throw namedRecordFailure(error, 'call', id);
    }
  });
}

export async function writeLetter(ctx: CommandContext, options: LetterOptions): Promise<ExitCode> {
  const id = options.application.trim();
  assertId(id, 'application');
  assertNewTarget(options.out, options.force === true);
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    try {
      const application = await core.handlers.grantApplications.get({ id });
      if (application.deletedAt) throw new CliError(EXIT_CODE_FOR_ERROR.not_found, 'grants.notFound.application', { id });
      await saveAwardLetter(savingTo(core, ctx, options.out), id);
      const language = cldrLanguageName(application.letterLanguage, ctx.language) ?? application.letterLanguage;
      ctx.io.stdout(`${ctx.t('grants.letterWritten', { language, file: options.out })}\n`);
      return EXIT_CODES.ok;
    } catch (error) {
      throw namedRecordFailure(error, 'application', id);
    }
  });
}

/** Adds `cre grants calls`, `cre grants export` and `cre grants letter` to the program. */
export function registerGrantsCommands(program: Command, t: Translate, run: Runner): void {
  const grants = program.command('grants').description(t('grants.help.grants'));
  grants
    .command('calls')
    .description(t('grants.help.calls'))
    .option('--json', t('help.json'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: CallsOptions, cmd: Command) => run(cmd, (ctx) => listCalls(ctx, options)));
  grants
    .command('export')
    .description(t('grants.help.export'))
    .requiredOption('--call <id>', t('grants.help.call'))
    .requiredOption('--out <file>', t('grants.help.csvOut'))
    .option('--force', t('grants.help.force'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: GrantsExportOptions, cmd: Command) => run(cmd, (ctx) => exportApplications(ctx, options)));
  grants
    .command('letter')
    .description(t('grants.help.letter'))
    .requiredOption('--application <id>', t('grants.help.application'))
    .requiredOption('--out <file>', t('grants.help.pdfOut'))
    .option('--force', t('grants.help.force'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: LetterOptions, cmd: Command) => run(cmd, (ctx) => writeLetter(ctx, options)));
}
