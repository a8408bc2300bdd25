// `cre bundle inspect`, `export` and `import`: the app's sync bundles over the same core, with its checks and reports.
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { isCreFailure } from '../../common/contract/errors.js';
import { z } from 'zod';
import type { TeamMember } from '../../common/team/team.schema.js';
import { assertReadableFile, assertWritableTarget, bundleFailure, inspectFile } from './bundle-files.js';
import { usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { formatExported, formatImported, formatManifest, formatPreview } from './bundle-report.js';
import type { CommandContext } from './vault-commands.js';
import { withUnlockedCore } from './unlocked-core.js';
import { registerDeliveryCommand } from './delivery-command.js';

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

export interface InspectOptions {
  unlock?: boolean;
  passphraseFile?: string;
}

export interface BundleExportOptions {
  to: string[];
  everything?: boolean;
  /** Between two facilitators: the collaboration the bundle is limited to. */
  collaboration?: string;
  out: string;
  passphraseFile?: string;
}

export interface BundleImportOptions {
  passphraseFile?: string;
}

/** The command line's values, checked at the boundary: contacts and paths are non-empty text. */
const exportOptionsSchema = z.object({
  to: z.array(z.string().trim().min(1)).min(1),
  everything: z.boolean().optional(),
  collaboration: z.uuid().optional(),
  out: z.string().min(1),
  passphraseFile: z.string().optional(),
});

export async function inspectBundleFile(ctx: CommandContext, file: string, options: InspectOptions): Promise<ExitCode> {
  return inspectFile(ctx, file, options, formatManifest, 'bundle.inspectRefused');
}

const sameName = (a: string, b: string) => a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();

/** A contact named on the command line: a member's id, else their display name (any case); exactly one must match. */
export function resolveContact(members: readonly TeamMember[], contact: string): TeamMember {
  const byId = members.find((m) => m.id === contact.trim().toLowerCase());
  if (byId) return byId;
  const named = members.filter((m) => sameName(m.displayName, contact));
  if (named.length > 1) throw usageError('bundle.usage.ambiguousContact', { contact, ids: named.map((m) => m.id).join(', ') });
  const [member] = named;
  if (!member) {
    const names = members.map((m) => m.displayName).join(', ');
    throw usageError(names === '' ? 'bundle.usage.noMembers' : 'bundle.usage.unknownContact', { contact, names });
  }
  return member;
}

/** The service refuses a recipient list (or its collaboration) with a reason; the CLI names the fix. */
function recipientFailure(error: unknown, collaborationId: string | null): unknown {
  if (isCreFailure(error) && error.code === 'not_found' && collaborationId !== null) {
    return usageError('bundle.usage.unknownCollaboration', { id: collaborationId });
  }
  if (!isCreFailure(error) || error.code !== 'invalid_input') return error;
  const reason = error.details?.['reason'];
  if (reason === 'mixed_recipients') return usageError('bundle.usage.mixedRecipients');
  if (reason === 'role') return usageError('bundle.usage.role');
  if (reason === 'collaboration_required') return usageError('bundle.usage.collaborationRequired');
  if (reason === 'collaboration_only_between_facilitators') return usageError('bundle.usage.collaborationOnlyBetweenFacilitators');
  return error;
}

export async function exportBundleFile(ctx: CommandContext, options: BundleExportOptions): Promise<ExitCode> {
  const parsed = exportOptionsSchema.safeParse(options);
  if (!parsed.success) throw usageError('usage.invalid');
  const { out, everything = false } = parsed.data;
  assertWritableTarget(out);
  return withUnlockedCore(ctx, parsed.data.passphraseFile, async (core) => {
    const members = core.team.list();
    const recipients = [...new Map(parsed.data.to.map((contact) => resolveContact(members, contact)).map((m) => [m.id, m])).values()];
    const unverified = recipients.find((m) => !m.verified);
    if (unverified) throw usageError('bundle.usage.unverifiedRecipient', { name: unverified.displayName });
    const collaborationId = parsed.data.collaboration?.toLowerCase() ?? null;
    const choice = { recipientIds: recipients.map((m) => m.id), everything, collaborationId };
    try {
      ctx.io.stdout(formatPreview(ctx.t, recipients.map((m) => m.displayName), core.bundles.preview(choice)));
      const result = await core.bundles.exportTo(out, choice, randomUUID());
      ctx.io.stdout(formatExported(ctx.t, out, result));
    } catch (error) {
      throw recipientFailure(error, collaborationId);
    }
    return EXIT_CODES.ok;
  });
}

export async function importBundleFile(ctx: CommandContext, file: string, options: BundleImportOptions): Promise<ExitCode> {
  assertReadableFile(ctx.t, file);
  try {
    return await withUnlockedCore(ctx, options.passphraseFile, async (core) => {
      ctx.io.stdout(formatImported(ctx.t, await core.bundles.importFrom(file, randomUUID())));
      return EXIT_CODES.ok;
    });
  } catch (error) {
    throw bundleFailure(error);
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `cre bundle inspect`, `cre bundle export` and `cre bundle import` to the program. */
export function registerBundleCommands(program: Command, t: Translate, run: Runner): void {
  const bundle = program.command('bundle').description(t('bundle.help.bundle'));
  bundle
    .command('inspect')
    .description(t('bundle.help.inspect'))
    .argument('<file>', t('bundle.help.file'))
    .option('--unlock', t('bundle.help.unlock'))
    .option('--passphrase-file <file>', t('bundle.help.inspectPassphraseFile'))
    .action((file: string, options: InspectOptions, cmd: Command) => run(cmd, (ctx) => inspectBundleFile(ctx, file, options)));
  bundle
    .command('export')
    .description(t('bundle.help.export'))
    .requiredOption('--to <contact>', t('bundle.help.to'), collect)
    .option('--everything', t('bundle.help.everything'))
    .option('--collaboration <id>', t('bundle.help.collaboration'))
    .requiredOption('--out <file>', t('bundle.help.out'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: BundleExportOptions, cmd: Command) => run(cmd, (ctx) => exportBundleFile(ctx, options)));
  bundle
    .command('import')
    .description(t('bundle.help.import'))
    .argument('<file>', t('bundle.help.file'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((file: string, options: BundleImportOptions, cmd: Command) => run(cmd, (ctx) => importBundleFile(ctx, file, options)));
  registerDeliveryCommand(bundle, t, run);
}
