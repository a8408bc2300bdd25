// The rosterIo contract's handlers: main shows the file dialogs, reads and writes the files, and audits imports and exports.
import { rmSync } from 'node:fs';
import Papa from 'papaparse';
import type { CreContract } from '../../../common/contract/index.js';
import { PREVIEW_ISSUE_LIMIT } from '../../../common/contract/roster-io.contract.js';
import type { VaultClock } from '../sync/vault-clock.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import { done, type Handlers } from '../ipc/router.js';
import type { Platform } from '../platform.js';
import { exportRosterCsv, guardCell, type RosterSearchFn } from './csv-export.js';
import { createCsvImporter, type CsvImporter } from './csv-import.js';
import { describeIssue, importMessage } from './csv-messages.js';

/** The importer as the core hands it out: its commit holds the vault exclusively, so it answers later. */
export type GatedCsvImporter = Omit<CsvImporter, 'commit'> & {
  commit(...args: Parameters<CsvImporter['commit']>): Promise<ReturnType<CsvImporter['commit']>>;
};

export interface RosterIoDeps {
  importer: GatedCsvImporter;
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
  search: RosterSearchFn;
}

function csvFilters(language: Language) {
  return [{ name: importMessage(language, 'dialog.csvFiles'), extensions: ['csv', 'txt', 'tsv'] }];
}

/** The invalid rows as they were read, plus a column saying what is wrong with each, in the user's language. */
export function invalidRowsCsv(importer: Pick<CsvImporter, 'invalidRows'>, token: string, language: Language): { text: string; rowCount: number } {
  const { headers, rows } = importer.invalidRows(token);
  const data = rows.map(({ cells, issues }) => [
    ...headers.map((_header, index) => guardCell(cells[index] ?? '')),
    guardCell(issues.map((issue) => describeIssue(language, issue)).join('; ')),
  ]);
  const fields = [...headers, importMessage(language, 'file.errorsColumn')];
  return { text: `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`, rowCount: rows.length };
}

/** Writes the export and its audit entry (count and whether sensitive fields were included; never values). */
export function writeExport(
  deps: Pick<RosterIoDeps, 'openVault' | 'platform' | 'search'>,
  path: string,
  query: Parameters<typeof exportRosterCsv>[2],
  includeSensitive: boolean,
): { rowCount: number } {
  const { db } = deps.openVault();
  const { text, rowCount } = exportRosterCsv(db, deps.search, query, includeSensitive);
  writeFileAtomic(path, text);
  try {
    appendAuditEvent(db, 'roster_exported', new Date(deps.platform.now()).toISOString(), { count: rowCount, sensitiveFields: includeSensitive });
  } catch (error) {
    // An export the trail does not show must not stay on disk.
    rmSync(path, { force: true });
    throw error;
  }
  return { rowCount };
}

export function createRosterIoHandlers(deps: RosterIoDeps): Handlers<CreContract>['rosterIo'] {
  return {
    chooseImportFile: async () => {
      const language = deps.language();
      deps.openVault();
      const path = await deps.platform.chooseOpenFile({ title: importMessage(language, 'dialog.openTitle'), filters: csvFilters(language) });
      return path === null ? null : deps.importer.open(path);
    },
    previewImport: ({ token, mapping }) => deps.importer.preview(token, mapping, PREVIEW_ISSUE_LIMIT),
    commitImport: ({ token, mapping, skipDuplicates }) => deps.importer.commit(token, mapping, skipDuplicates),
    cancelImport: done(({ token }) => deps.importer.cancel(token)),
    saveInvalidRows: async ({ token }) => {
      const language = deps.language();
      const { text, rowCount } = invalidRowsCsv(deps.importer, token, language);
      const path = await deps.platform.chooseSaveFile({
        title: importMessage(language, 'dialog.saveInvalidTitle'),
        defaultName: importMessage(language, 'file.invalidRowsName'),
        filters: csvFilters(language),
      });
      if (path === null) return { saved: false, rowCount };
      writeFileAtomic(path, text);
      return { saved: true, rowCount };
    },
    exportCsv: async ({ query, includeSensitive }) => {
      const language = deps.language();
      deps.openVault();
      const path = await deps.platform.chooseSaveFile({
        title: importMessage(language, includeSensitive ? 'dialog.exportSensitiveTitle' : 'dialog.exportTitle'),
        defaultName: importMessage(language, 'file.exportName'),
        filters: csvFilters(language),
      });
      if (path === null) return { saved: false, rowCount: 0 };
      return { saved: true, ...writeExport(deps, path, query, includeSensitive) };
    },
  };
}

export type ImportProgress = { token: string; done: number; total: number };

/**
 * Everything CSV for the composition root: the importer (its parsed files dropped when the vault locks), the handlers,
 * and a subscription to import progress for the IPC bridge.
 */
export function createRosterIo(deps: {
  vault: {
    openVault: RosterIoDeps['openVault'];
    exclusive: <T>(job: () => T) => Promise<T>;
    onLocked(listener: () => void): () => void;
  };
  platform: RosterIoDeps['platform'];
  language: () => Language;
  search: RosterSearchFn;
  clock: VaultClock;
}) {
  const listeners = new Set<(progress: ImportProgress) => void>();
  const unguarded = createCsvImporter({
    openVault: () => deps.vault.openVault(),
    platform: deps.platform,
    clock: deps.clock,
    onProgress: (progress) => {
      for (const listener of [...listeners]) listener(progress);
    },
  });
  // The commit is a long job: it has the vault to itself, and every other call answers `busy` meanwhile (vault-access.ts).
  const importer: GatedCsvImporter = {
    ...unguarded,
    commit: (token, mapping, skipDuplicates) => deps.vault.exclusive(() => unguarded.commit(token, mapping, skipDuplicates)),
  };
  deps.vault.onLocked(() => importer.clear());
  return {
    importer,
    handlers: createRosterIoHandlers({ importer, openVault: () => deps.vault.openVault(), platform: deps.platform, language: deps.language, search: deps.search }),
    /** Export to a path the caller chose (the CLI's --out); same columns, guard and audit entry as the dialog's. */
    exportTo(path: string, query: Parameters<typeof exportRosterCsv>[2], includeSensitive: boolean): { rowCount: number } {
      return writeExport({ openVault: () => deps.vault.openVault(), platform: deps.platform, search: deps.search }, path, query, includeSensitive);
    },
    onImportProgress(listener: (progress: ImportProgress) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
