// CSV import sessions: a parsed file kept in main under a token, its preview (validation, ids, duplicates), and the one-transaction commit.
import { randomBytes, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type {
  ImportDuplicate,
  ImportFile,
  ImportIssue,
  ImportMapping,
  ImportPreview,
  ImportResult,
} from '../../../common/contract/roster-io.contract.js';
import type { CollaboratorFields } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { REQUIRED_CSV_COLUMNS, type CsvColumn } from '../../../common/roster/csv-columns.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { insertCollaborator, iterateLiveCollaboratorNames, updateCollaborator } from '../../../db/collaborators.repo.js';
import { totalChanges, withCacheSize } from '../../../db/connection-state.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { createVaultClock, type VaultClock } from '../sync/vault-clock.js';
import { guessMapping, loadRememberedMapping, rememberMapping } from './csv-mapping.js';
import { readCsvFile, type ParsedCsv } from './csv-read.js';
import { planRecordIds, type RecordUpdate } from './csv-update.js';
import { cellsByColumn, checkRow, DuplicateIndex, isRecordIdCell, type RowCheck } from './csv-validate.js';

export interface CsvImportDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now'>;
  onProgress?: (progress: { token: string; done: number; total: number }) => void;
  /** The vault's clock, shared with every other writer of syncable records. */
  clock?: VaultClock;
  /** Rows written between progress events. */
  batchSize?: number;
}

interface Session {
  fileName: string;
  parsed: ParsedCsv;
  /** The mapping of the last preview or commit attempt: what "save invalid rows" reports on. */
  lastMapping: ImportMapping | null;
  /** The last analysis, reused by a commit with the same mapping while the vault has not changed since. */
  analysis: { mapping: string; db: ReadableDB; changes: number; result: ImportAnalysis } | null;
}

export interface ImportAnalysis {
  checks: RowCheck[];
  issues: ImportIssue[];
  duplicates: ImportDuplicate[];
  missingRequired: CsvColumn[];
  /** By spreadsheet row: rows carrying the id of a live collaborator they change. */
  updates: Map<number, RecordUpdate>;
  /** Rows carrying the id of a live collaborator they match exactly. */
  unchanged: Set<number>;
}

const SAMPLE_ROWS = 5;
/** Page cache for the import transaction (KiB, as SQLite's negative cache_size): large writes spill less, so re-encrypt less. */
const IMPORT_CACHE_KIB = 128 * 1024;

const DEFAULT_BATCH = 2000;

export type CsvImporter = ReturnType<typeof createCsvImporter>;

function liveNamesAndCountries(db: ReadableDB): DuplicateIndex<string> {
  const index = new DuplicateIndex<string>();
  for (const row of iterateLiveCollaboratorNames(db)) index.add(row.name, row.countries, row.id);
  return index;
}

/** Only a column of record ids is suggested as `id`: a spreadsheet's own "ID" column (1, 2, 3…) is left unmapped. */
function withoutForeignIdColumn(mapping: ImportMapping, parsed: ParsedCsv): ImportMapping {
  const at = mapping.indexOf('id');
  if (at < 0) return mapping;
  const allIds = parsed.rows.every(({ cells }) => isRecordIdCell(cells[at] ?? ''));
  return allIds ? mapping : mapping.map((column) => (column === 'id' ? null : column));
}

/** UUIDv7s drawing their random bits from one buffer per import: one system call instead of one per id. */
function idSource(count: number): () => string {
  const pool = randomBytes(count * 16);
  let next = 0;
  return () => {
    const random = pool.subarray(next * 16, next * 16 + 16);
    next += 1;
    return uuidv7({ random });
  };
}

export function createCsvImporter(deps: CsvImportDeps) {
  const sessions = new Map<string, Session>();
  const clock = deps.clock ?? createVaultClock(deps.platform.now);

  function requireSession(token: string): Session {
    const session = sessions.get(token);
    if (!session) throw new CreFailure('not_found', 'This import has ended or expired; choose the file again.');
    return session;
  }

  function checkMapping(session: Session, mapping: ImportMapping): void {
    if (mapping.length !== session.parsed.headers.length) {
      throw new CreFailure('invalid_input', 'The mapping must give one entry per header.', { reason: 'mapping_length' });
    }
    const seen = new Set<CsvColumn>();
    for (const column of mapping) {
      if (column === null) continue;
      if (seen.has(column)) throw new CreFailure('invalid_input', 'A column is mapped from two headers.', { reason: 'mapping_twice', column });
      seen.add(column);
    }
  }

  function analyse(token: string, mapping: ImportMapping): ImportAnalysis {
    const session = requireSession(token);
    checkMapping(session, mapping);
    session.lastMapping = mapping;
    const { db } = deps.openVault();
    const key = JSON.stringify(mapping);
    const changes = totalChanges(db);
    const kept = session.analysis;
    if (kept && kept.mapping === key && kept.db === db && kept.changes === changes) return kept.result;
    const result = analyseRows(session, mapping, db);
    session.analysis = { mapping: key, db, changes, result };
    return result;
  }

  function analyseRows(session: Session, mapping: ImportMapping, db: ReadableDB): ImportAnalysis {
    const missingRequired = REQUIRED_CSV_COLUMNS.filter((column) => !mapping.includes(column));
    const cellsAt = (index: number) => cellsByColumn(mapping, session.parsed.rows[index]?.cells ?? []);
    const { checks, updates, unchanged } = planRecordIds(
      db,
      session.parsed.rows.map(({ row }, index) => checkRow(row, cellsAt(index))),
      mapping,
      cellsAt,
    );
    const inVault = liveNamesAndCountries(db);
    const inFile = new DuplicateIndex<number>();
    const duplicates: ImportDuplicate[] = [];
    for (const check of checks) {
      if (!check.fields) continue;
      const { name, countries } = check.fields;
      const key = DuplicateIndex.keyOf(name);
      // A row naming its collaborator by id is that collaborator, not a possible copy of another.
      if (updates.has(check.row) || unchanged.has(check.row)) {
        inFile.add(name, countries, check.row, key);
        continue;
      }
      const earlier = inFile.find(name, countries, key);
      const existing = earlier === undefined ? inVault.find(name, countries, key) : undefined;
      if (earlier !== undefined) duplicates.push({ row: check.row, name, source: 'file', otherRow: earlier, existingId: null });
      else if (existing !== undefined) duplicates.push({ row: check.row, name, source: 'vault', otherRow: null, existingId: existing });
      inFile.add(name, countries, check.row, key);
    }
    return { checks, issues: checks.flatMap((check) => check.issues), duplicates, missingRequired, updates, unchanged };
  }

  return {
    /** Reads and parses the file, keeps it under a new token, and proposes a mapping. */
    open(path: string): ImportFile {
      const parsed = readCsvFile(path);
      const token = randomUUID();
      const remembered = loadRememberedMapping(deps.openVault().db, parsed.headers);
      sessions.set(token, { fileName: basename(path), parsed, lastMapping: null, analysis: null });
      return {
        token,
        fileName: basename(path),
        rowCount: parsed.rows.length,
        headers: parsed.headers,
        sample: parsed.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
        suggestedMapping: remembered ?? withoutForeignIdColumn(guessMapping(parsed.headers), parsed),
        rememberedMapping: remembered !== null,
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        warnings: parsed.warnings,
      };
    },

    analyse,

    /** Validates every row; `limit` cuts the lists sent to the page (the counts stay whole). */
    preview(token: string, mapping: ImportMapping, limit = Number.POSITIVE_INFINITY): ImportPreview {
      const analysis = analyse(token, mapping);
      const invalidRowCount = analysis.checks.filter((check) => !check.fields).length;
      return {
        rowCount: analysis.checks.length,
        valid: analysis.missingRequired.length > 0 ? 0 : analysis.checks.length - invalidRowCount,
        updateCount: analysis.updates.size,
        unchangedCount: analysis.unchanged.size,
        invalidRowCount,
        invalid: analysis.issues.slice(0, limit),
        truncated: analysis.issues.length > limit || analysis.duplicates.length > limit,
        duplicates: analysis.duplicates.slice(0, limit),
        duplicateCount: analysis.duplicates.length,
        missingRequired: analysis.missingRequired,
      };
    },

    /**
     * Writes every valid row (minus duplicates when asked, and rows that change nothing) in one transaction: a row with
     * the id of a live collaborator updates it, any other creates one. A progress event follows each batch.
     * It runs without yielding: nothing else (an auto-lock, another call) can write on the connection in the middle,
     * and any failure rolls every row back.
     */
    commit(token: string, mapping: ImportMapping, skipDuplicates: boolean): ImportResult {
      const session = requireSession(token);
      const analysis = analyse(token, mapping);
      if (analysis.missingRequired.length > 0) {
        throw new CreFailure('invalid_input', 'Required columns are not mapped.', { reason: 'missing_columns', columns: analysis.missingRequired.join(',') });
      }
      const skip = new Set(skipDuplicates ? analysis.duplicates.map((duplicate) => duplicate.row) : []);
      const rows = analysis.checks.filter((check) => check.fields !== null && !skip.has(check.row) && !analysis.unchanged.has(check.row));
      const inserts = rows.filter((check) => !analysis.updates.has(check.row));
      const result: ImportResult = {
        written: inserts.length,
        updated: analysis.updates.size,
        unchanged: analysis.unchanged.size,
        skippedInvalid: analysis.checks.filter((check) => !check.fields).length,
        skippedDuplicates: skip.size,
      };
      const { db, vaultId } = deps.openVault();
      const at = new Date(deps.platform.now()).toISOString();
      const batch = deps.batchSize ?? DEFAULT_BATCH;
      const newId = idSource(inserts.length + inserts.reduce((sum, check) => sum + (check.fields?.contacts.length ?? 0), 0));
      withCacheSize(db, IMPORT_CACHE_KIB, () =>
        inTransaction(db, () => {
          for (let start = 0; start < rows.length; start += batch) {
            for (const check of rows.slice(start, start + batch)) {
              const update = analysis.updates.get(check.row);
              if (update) {
                updateCollaborator(db, update, clock.stamp(db, vaultId));
                continue;
              }
              const { contacts, ...fields } = check.fields as CollaboratorFields;
              insertCollaborator(
                db,
                {
                  id: newId(),
                  fields,
                  contacts: contacts.map((contact) => ({ id: newId(), type: contact.type, value: contact.value ?? '', note: contact.note, sensitive: contact.sensitive })),
                  region: deriveRegion(fields.countries),
                },
                clock.stamp(db, vaultId),
              );
            }
            deps.onProgress?.({ token, done: Math.min(start + batch, rows.length), total: rows.length });
          }
          rememberMapping(db, session.parsed.headers, mapping, at);
          appendAuditEvent(db, 'roster_imported', at, { ...result });
        }),
      );
      sessions.delete(token);
      if (rows.length === 0) deps.onProgress?.({ token, done: 0, total: 0 });
      return result;
    },

    /** Drops the parsed file; nothing was written, nothing is. */
    cancel(token: string): void {
      sessions.delete(token);
    },

    /** The parsed file and the issues of its last preview, for writing the invalid rows back out. */
    invalidRows(token: string): { headers: string[]; rows: { cells: string[]; issues: ImportIssue[] }[] } {
      const session = requireSession(token);
      if (!session.lastMapping) throw new CreFailure('conflict', 'Preview the import before saving its invalid rows.');
      // The checks are in file order, one per parsed row.
      const { checks } = analyse(token, session.lastMapping);
      const rows = session.parsed.rows
        .map(({ cells }, index) => ({ cells, issues: checks[index]?.issues ?? [] }))
        .filter((entry) => entry.issues.length > 0);
      return { headers: session.parsed.headers, rows };
    },

    /** Drops every parsed file: called when the vault locks. */
    clear(): void {
      sessions.clear();
    },
  };
}
