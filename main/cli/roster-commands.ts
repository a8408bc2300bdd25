// `cre roster import` and `cre roster export`: the app's CSV import and export over the same core, with the same row report.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { CreFailure } from '../../common/contract/errors.js';
import { importMappingSchema, type ImportFile, type ImportMapping } from '../../common/contract/roster-io.contract.js';
import { ROSTER_FACETS, rosterQuerySchema, type RosterFacet } from '../../common/contract/roster.contract.js';
import type { Language } from '../../common/languages.js';
import { csvColumnSchema } from '../../common/roster/csv-columns.js';
import type { GatedCsvImporter } from '../core/roster/csv-handlers.js';
import { describeIssue, importMessage } from '../core/roster/csv-messages.js';
import { MAX_CSV_BYTES } from '../core/roster/csv-read.js';
import { facetChoices, resolveFacetValue } from '../core/roster/roster-filter-values.js';
import { usageError } from './cli-errors.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { warn } from './secret-input.js';
import type { CommandContext } from './vault-commands.js';
import { withUnlockedCore } from './unlocked-core.js';

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

export interface ImportOptions {
  mapping?: string;
  /** Write rows that look like collaborators already in the file or the roster; they are left out by default. */
  keepDuplicates?: boolean;
  /** The default since `--keep-duplicates` exists; still accepted so older scripts keep working. */
  skipDuplicates?: boolean;
  dryRun?: boolean;
  passphraseFile?: string;
}

export interface ExportOptions {
  query?: string;
  filter?: string[];
  includeSensitive?: boolean;
  out: string;
  passphraseFile?: string;
}

function fileProblem(t: Translate, file: string, error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? t(`fileError.${code}`) : t('fileError.other');
  return usageError('usage.unreadableFile', { file, reason });
}

/** Checked before the passphrase is asked for, so a typo in the path costs no unlock. Answers the file's size. */
function assertReadable(t: Translate, file: string): number {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return stats.size;
  } catch (error) {
    throw fileProblem(t, file, error);
  }
}

const tooLarge = (file: string) => usageError('roster.usage.tooLarge', { file, limit: MAX_CSV_BYTES / (1024 * 1024) });

/** A mapping file: a JSON array (one column id or null per header) or an object from header name to column id or null. */
export function readMappingFile(t: Translate, file: string, headers: readonly string[]): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw usageError('roster.usage.badMapping', { file });
    throw fileProblem(t, file, error);
  }
  const asArray = Array.isArray(json)
    ? json
    : json !== null && typeof json === 'object'
      ? headers.map((header) => (json as Record<string, unknown>)[header] ?? null)
      : null;
  const parsed = importMappingSchema.safeParse(asArray);
  if (!parsed.success || parsed.data.length !== headers.length) throw usageError('roster.usage.badMapping', { file });
  return parsed.data;
}

/** The file, refused as too large the way the command line says it (the core's `too_large` in the CLI's words). */
function openImport(importer: GatedCsvImporter, file: string): ImportFile {
  try {
    return importer.open(file);
  } catch (error) {
    if (error instanceof CreFailure && error.code === 'too_large') throw tooLarge(file);
    throw error;
  }
}

export async function importRoster(ctx: CommandContext, file: string, options: ImportOptions): Promise<ExitCode> {
  if (options.keepDuplicates === true && options.skipDuplicates === true) throw usageError('roster.usage.duplicateFlags');
  if (assertReadable(ctx.t, file) > MAX_CSV_BYTES) throw tooLarge(file);
  if (options.mapping !== undefined) assertReadable(ctx.t, options.mapping);
  const say = (key: string, params: Record<string, string | number> = {}) => importMessage(ctx.language, key, params);
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    const { importer } = core.rosterIo;
    const opened = openImport(importer, file);
    try {
      for (const warning of opened.warnings) warn(ctx, 'roster.warning', { message: say(`warning.${warning.code}`, warning.params) });
      const mapping = options.mapping !== undefined ? readMappingFile(ctx.t, options.mapping, opened.headers) : opened.suggestedMapping;
      const preview = importer.preview(opened.token, mapping);
      for (const issue of preview.invalid) ctx.io.stdout(`${say('cli.reportLine', { row: issue.row, message: describeIssue(ctx.language, issue) })}\n`);
      for (const duplicate of preview.duplicates) {
        const why = duplicate.source === 'file' ? say('duplicate.file', { otherRow: duplicate.otherRow ?? 0 }) : say('duplicate.vault');
        ctx.io.stdout(`${say('cli.duplicateLine', { row: duplicate.row, message: why, name: duplicate.name })}\n`);
      }
      ctx.io.stdout(
        `${say('cli.summary', { rows: preview.rowCount, valid: preview.valid, invalid: preview.invalidRowCount, duplicates: preview.duplicateCount })}\n`,
      );
      if (preview.missingRequired.length > 0) {
        const columns = preview.missingRequired.map((column) => say(`column.${column}`)).join(', ');
        ctx.io.stderr(`cre: ${say('cli.missingColumns', { columns })}\n`);
        return EXIT_CODES.usage;
      }
      if (options.dryRun === true) {
        ctx.io.stdout(`${say('cli.dryRun')}\n`);
        // The same exit code as the import would give, so a dry run can gate a script.
        return preview.invalidRowCount > 0 ? EXIT_CODES.partialImport : EXIT_CODES.ok;
      }
      const result = await importer.commit(opened.token, mapping, options.keepDuplicates !== true);
      ctx.io.stdout(`${say('cli.written', { count: result.written })}\n`);
      if (result.updated > 0) ctx.io.stdout(`${say('screen.updated', { count: result.updated })}\n`);
      if (result.unchanged > 0) ctx.io.stdout(`${say('screen.unchanged', { count: result.unchanged })}\n`);
      if (result.skippedInvalid > 0) ctx.io.stdout(`${say('screen.skippedInvalid', { count: result.skippedInvalid })}\n`);
      if (result.skippedDuplicates > 0) ctx.io.stdout(`${say('screen.skippedDuplicates', { count: result.skippedDuplicates })}\n`);
      if (result.skippedInvalid === 0) return EXIT_CODES.ok;
      warn(ctx, 'roster.warning', { message: say('cli.notAllWritten') });
      return EXIT_CODES.partialImport;
    } finally {
      importer.cancel(opened.token);
    }
  });
}

/** A value no collaborator can have: refused with what the facet accepts, rather than an export of nothing. */
function unknownFilterValue(facet: RosterFacet, value: string, language: Language) {
  if (facet === 'country') return usageError('roster.usage.unknownCountry', { value });
  if (facet === 'language') return usageError('roster.usage.unknownLanguage', { value });
  return usageError('roster.usage.unknownFilterValue', { facet, value, values: (facetChoices(facet, language) ?? []).join('; ') });
}

/**
 * `--filter facet=value`, repeatable; values of one facet are OR-ed, facets AND-ed, as in the app. A value may be
 * written as the import reads it: an id or ISO code, or a name or label in English, Spanish, French or Portuguese.
 */
export function parseFilters(filters: readonly string[], language: Language): Partial<Record<RosterFacet, string[]>> {
  const out: Partial<Record<RosterFacet, string[]>> = {};
  for (const filter of filters) {
    const at = filter.indexOf('=');
    const facet = filter.slice(0, at) as RosterFacet;
    const value = filter.slice(at + 1).trim();
    if (at <= 0 || value === '' || !(ROSTER_FACETS as readonly string[]).includes(facet)) {
      throw usageError('roster.usage.badFilter', { filter, facets: ROSTER_FACETS.join(', ') });
    }
    const stored = resolveFacetValue(facet, value);
    if (stored === undefined) throw unknownFilterValue(facet, value, language);
    (out[facet] ??= []).push(stored);
  }
  return out;
}

export async function exportRoster(ctx: CommandContext, options: ExportOptions): Promise<ExitCode> {
  const query = rosterQuerySchema.safeParse({ text: options.query ?? '', filters: parseFilters(options.filter ?? [], ctx.language) });
  if (!query.success) throw usageError('usage.invalid');
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    const { rowCount } = core.rosterIo.exportTo(options.out, query.data, options.includeSensitive === true);
    ctx.io.stdout(`${importMessage(ctx.language, 'cli.exported', { count: rowCount, file: options.out })}\n`);
    if (options.includeSensitive === true) warn(ctx, 'roster.warning', { message: importMessage(ctx.language, 'cli.sensitiveWarning') });
    return EXIT_CODES.ok;
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `cre roster import` and `cre roster export` to the program. */
export function registerRosterCommands(program: Command, t: Translate, run: Runner): void {
  const roster = program.command('roster').description(t('roster.help.roster'));
  roster
    .command('import')
    .description(t('roster.help.import'))
    .argument('<file>', t('roster.help.file'))
    .option('--mapping <file>', t('roster.help.mapping', { columns: csvColumnSchema.options.join(', ') }))
    .option('--keep-duplicates', t('roster.help.keepDuplicates'))
    .option('--skip-duplicates', t('roster.help.skipDuplicates'))
    .option('--dry-run', t('roster.help.dryRun'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((file: string, options: ImportOptions, cmd: Command) => run(cmd, (ctx) => importRoster(ctx, file, options)));
  roster
    .command('export')
    .description(t('roster.help.export'))
    .requiredOption('--out <file>', t('roster.help.out'))
    .option('--query <text>', t('roster.help.query'))
    .option('--filter <facet=value>', t('roster.help.filter', { facets: ROSTER_FACETS.join(', ') }), collect)
    .option('--include-sensitive', t('roster.help.includeSensitive'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: ExportOptions, cmd: Command) => run(cmd, (ctx) => exportRoster(ctx, options)));
}
