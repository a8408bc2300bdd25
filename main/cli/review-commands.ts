// `cre review packet`, `import` and `inspect`: the Advisory Committee's review packets and returns over the same core
// as the app (docs/advisory-committee.md), with the bundle commands' unlock, exit codes and translated messages.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { BundleProgress } from '../../common/bundles/bundle-views.schema.js';
import { DEFAULT_PACKET_DAYS, packetComposeSchema, type PacketCompose } from '../../common/review/review.schema.js';
import type { PacketQuestion } from '../../common/review/packet-frames.schema.js';
import { isReviewerRole } from '../../common/team/team.schema.js';
import type { Core } from '../core/create-core.js';
import { resolveContact } from './bundle-commands.js';
import { assertReadableFile, assertWritableTarget, bundleFailure, inspectFile } from './bundle-files.js';
import { CliError, usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { formatPacketOpened, formatPacketPreview, formatPacketWritten, formatReturnImported, formatReviewManifest } from './review-report.js';
import type { CommandContext } from './vault-commands.js';
import { withUnlockedCore } from './unlocked-core.js';

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

export interface ReviewPacketOptions {
  to: string;
  applications?: string[];
  files?: string[];
  period?: string;
  /** False with --no-report. */
  report?: boolean;
  title?: string;
  message?: string;
  question?: string[];
  ratingQuestion?: string[];
  blind?: boolean;
  respondBy?: string;
  expiresDays?: string;
  out: string;
  passphraseFile?: string;
}

export interface ReviewInspectOptions {
  unlock?: boolean;
  passphraseFile?: string;
}

export interface ReviewImportOptions {
  passphraseFile?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as YYYY-MM-DD that exists (no 31 April). */
function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Ids given as `a,b c` and with the option repeated: each must be a UUID, checked before any passphrase is asked. */
export function parseIds(values: readonly string[] | undefined, option: string): string[] {
  const ids = (values ?? []).flatMap((value) => value.split(/[\s,]+/)).map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  for (const id of ids) if (!z.uuid().safeParse(id).success) throw usageError('review.usage.badId', { id, option });
  return [...new Set(ids)];
}

/** `FROM..TO`, two days with FROM on or before TO. */
export function parsePeriod(text: string | undefined): { from: string; to: string } | null {
  if (text === undefined) return null;
  const [from = '', to = '', ...rest] = text.trim().split('..');
  if (rest.length > 0 || !isDay(from) || !isDay(to) || from > to) throw usageError('review.usage.period', { period: text });
  return { from, to };
}

function parseDay(text: string | undefined): string | null {
  if (text === undefined) return null;
  if (!isDay(text.trim())) throw usageError('review.usage.date', { date: text });
  return text.trim();
}

function parseDays(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PACKET_DAYS;
  const days = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || days < 1 || days > 365) throw usageError('review.usage.expiresDays', { value: text });
  return days;
}

function questionsOf(options: ReviewPacketOptions): PacketQuestion[] {
  const text = (options.question ?? []).map((q) => ({ text: q, kind: 'text' as const }));
  const rating = (options.ratingQuestion ?? []).map((q) => ({ text: q, kind: 'rating' as const }));
  return [...text, ...rating].map((q, k) => ({ id: `q${k + 1}`, text: q.text.trim(), kind: q.kind, lowLabel: '', highLabel: '' }));
}

/** Which option a field of the compose schema comes from, to name it in a refusal. */
const OPTION_OF: Readonly<Record<string, string>> = {
  title: '--title',
  message: '--message',
  applicationIds: '--applications',
  fileIds: '--files',
  questions: '--question',
  period: '--period',
  respondBy: '--respond-by',
  expiresInDays: '--expires-days',
};

/** The whole packet checked against the contract's schema before the passphrase is asked for; the recipient comes later. */
export function packetFromOptions(t: Translate, options: ReviewPacketOptions, today: string): PacketCompose {
  const candidate = {
    title: options.title ?? t('review.defaultTitle', { date: today }),
    message: options.message ?? '',
    recipientIds: [randomUUID()],
    applicationIds: parseIds(options.applications, '--applications'),
    fileIds: parseIds(options.files, '--files'),
    period: parsePeriod(options.period),
    includeReport: options.report !== false,
    questions: questionsOf(options),
    blind: options.blind === true,
    respondBy: parseDay(options.respondBy),
    expiresInDays: parseDays(options.expiresDays),
  };
  const parsed = packetComposeSchema.safeParse(candidate);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    throw usageError('review.usage.invalidOption', { option: OPTION_OF[field] ?? field });
  }
  return parsed.data;
}


/**
 * Shows the progress of a long write or read on standard error, as one line rewritten in place; only when a person
 * watches a terminal (standard input and output both terminals), so pipes and logs get the result alone.
 */
function withProgress<T>(ctx: CommandContext, core: Core, phase: 'export' | 'import', work: (token: string) => Promise<T>): Promise<T> {
  const token = randomUUID();
  if (!ctx.io.isTTY || !ctx.io.stdoutIsTTY) return work(token);
  let shown = -1;
  const stop = core.onBundleProgress((progress: BundleProgress) => {
    if (progress.token !== token || progress.total === 0) return;
    const percent = Math.min(100, Math.floor((progress.done / progress.total) * 100));
    if (percent === shown) return;
    shown = percent;
    ctx.io.stderr(`\r${ctx.t(`review.progress.${phase}`, { percent })}`);
  });
  return work(token).finally(() => {
    stop();
    if (shown >= 0) ctx.io.stderr('\n');
  });
}

export async function writePacket(ctx: CommandContext, options: ReviewPacketOptions): Promise<ExitCode> {
  if (options.to.trim() === '' || options.out === '') throw usageError('usage.invalid');
  const draft = packetFromOptions(ctx.t, options, new Date().toISOString().slice(0, 10));
  assertWritableTarget(options.out);
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    const member = resolveContact(core.team.list(), options.to);
    if (!isReviewerRole(member.role)) throw usageError('review.usage.notReviewer', { name: member.displayName });
    if (!member.verified) throw usageError('review.usage.unverified', { name: member.displayName });
    const packet: PacketCompose = { ...draft, recipientIds: [member.id] };
    const [preview] = core.reviewPackets.preview(packet);
    if (preview) ctx.io.stdout(formatPacketPreview(ctx.t, member.role, preview));
    const [packetId] = core.reviewPackets.compose(packet).ids;
    if (packetId === undefined) throw new CliError(EXIT_CODES.internal, 'errors:internal');
    try {
      const saved = await withProgress(ctx, core, 'export', (token) => core.reviewPackets.saveTo(packetId, resolve(options.out), token));
      ctx.io.stdout(formatPacketWritten(ctx.t, { packetId, name: member.displayName, file: options.out, bytes: saved.bytes }));
    } catch (error) {
      // A packet that never became a file is not kept as composed: the command line has no screen to send it from later.
      try {
        core.reviewPackets.discard(packetId);
      } catch {
        // The first failure is the one to report.
      }
      throw error;
    }
    return EXIT_CODES.ok;
  });
}

export async function importReviewFile(ctx: CommandContext, file: string, options: ReviewImportOptions): Promise<ExitCode> {
  assertReadableFile(ctx.t, file);
  try {
    return await withUnlockedCore(ctx, options.passphraseFile, async (core) => {
      const path = resolve(file);
      if (isReviewerRole(core.team.me().role)) {
        const opened = await withProgress(ctx, core, 'import', (token) => core.reviewInbox.importPacketFrom(path, token));
        ctx.io.stdout(formatPacketOpened(ctx.t, opened));
      } else {
        const imported = await withProgress(ctx, core, 'import', (token) => core.reviewPackets.importReturnFrom(path, token));
        ctx.io.stdout(formatReturnImported(ctx.t, imported));
      }
      return EXIT_CODES.ok;
    });
  } catch (error) {
    throw bundleFailure(error);
  }
}

export async function inspectReviewFile(ctx: CommandContext, file: string, options: ReviewInspectOptions): Promise<ExitCode> {
  return inspectFile(ctx, file, options, formatReviewManifest, 'review.inspectRefused');
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `cre review packet`, `cre review import` and `cre review inspect` to the program. */
export function registerReviewCommands(program: Command, t: Translate, run: Runner): void {
  const review = program.command('review').description(t('review.help.review'));
  review
    .command('packet')
    .description(t('review.help.packet'))
    .requiredOption('--to <member>', t('review.help.to'))
    .option('--applications <ids>', t('review.help.applications'), collect)
    .option('--files <ids>', t('review.help.files'), collect)
    .option('--period <from..to>', t('review.help.period'))
    .option('--no-report', t('review.help.noReport'))
    .option('--title <text>', t('review.help.title'))
    .option('--message <text>', t('review.help.message'))
    .option('--question <text>', t('review.help.question'), collect)
    .option('--rating-question <text>', t('review.help.ratingQuestion'), collect)
    .option('--blind', t('review.help.blind'))
    .option('--respond-by <date>', t('review.help.respondBy'))
    .option('--expires-days <n>', t('review.help.expiresDays', { days: DEFAULT_PACKET_DAYS }))
    .requiredOption('--out <file>', t('review.help.out'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: ReviewPacketOptions, cmd: Command) => run(cmd, (ctx) => writePacket(ctx, options)));
  review
    .command('import')
    .description(t('review.help.import'))
    .argument('<file>', t('review.help.file'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((file: string, options: ReviewImportOptions, cmd: Command) => run(cmd, (ctx) => importReviewFile(ctx, file, options)));
  review
    .command('inspect')
    .description(t('review.help.inspect'))
    .argument('<file>', t('review.help.file'))
    .option('--unlock', t('bundle.help.unlock'))
    .option('--passphrase-file <file>', t('bundle.help.inspectPassphraseFile'))
    .action((file: string, options: ReviewInspectOptions, cmd: Command) => run(cmd, (ctx) => inspectReviewFile(ctx, file, options)));
}
