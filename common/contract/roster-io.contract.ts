// Roster CSV import and export: main shows the file dialogs and reads or writes the files; the page sees counts and reports.
import { z } from 'zod';
import { csvColumnSchema } from '../roster/csv-columns.js';
import { method } from './define.js';
import { rosterQuerySchema } from './roster.contract.js';

export const IMPORT_REASON_CODES = [
  'required',
  'unknown_country',
  'unknown_language',
  'unknown_value',
  'invalid_date',
  'invalid_contact',
  'too_long',
  'too_many',
  'invalid',
  /** The id cell is not a record id. */
  'invalid_id',
  /** An earlier row of the file carries the same record id (params.otherRow). */
  'repeated_id',
  /** The record with this id was deleted or merged into another: restore it, or empty the id cell to add it as new. */
  'deleted_record',
] as const;
export const importReasonCodeSchema = z.enum(IMPORT_REASON_CODES);
export type ImportReasonCode = z.infer<typeof importReasonCodeSchema>;

/** A reason to show with `import:reason.<code>`; params are interpolated (the offending cell part, a limit). */
export const importReasonSchema = z.object({
  code: importReasonCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportReason = z.infer<typeof importReasonSchema>;

export const importWarningSchema = z.object({
  code: z.enum(['encoding_fallback', 'utf16', 'empty_rows_skipped']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export const csvEncodingSchema = z.enum(CSV_ENCODINGS);
export type CsvEncoding = z.infer<typeof csvEncodingSchema>;

/** For each header, by position, the column it fills, or null to ignore it. */
export const importMappingSchema = z.array(csvColumnSchema.nullable()).min(1).max(200);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importFileSchema = z.object({
  /** Opaque handle of the parsed file kept in main; it expires on lock, cancel or commit. */
  token: z.uuid(),
  /** The file's name without its folder. */
  fileName: z.string(),
  rowCount: z.number().int(),
  headers: z.array(z.string()),
  /** The first data rows, cell by cell, as read. */
  sample: z.array(z.array(z.string())),
  suggestedMapping: importMappingSchema,
  /** True when the suggestion is the mapping remembered for files with the same headers. */
  rememberedMapping: z.boolean(),
  encoding: csvEncodingSchema,
  delimiter: z.enum([',', ';', '\t']),
  warnings: z.array(importWarningSchema),
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** Row numbers are the spreadsheet's: the header is row 1, the first data row is row 2. */
export const importIssueSchema = z.object({
  row: z.number().int(),
  /** Null when the problem is the whole row. */
  column: csvColumnSchema.nullable(),
  reason: importReasonSchema,
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importDuplicateSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  /** `file`: an earlier row of the same file (otherRow); `vault`: a collaborator already in the vault (existingId). */
  source: z.enum(['file', 'vault']),
  otherRow: z.number().int().nullable(),
  existingId: z.string().nullable(),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

/** The list sent to the page stops here; the CLI and the "save invalid rows" file have them all. */
export const PREVIEW_ISSUE_LIMIT = 1000;

export const importPreviewSchema = z.object({
  rowCount: z.number().int(),
  /** Rows without problems (duplicates, updates and unchanged rows included). */
  valid: z.number().int(),
  /** Valid rows whose id names a collaborator of the vault that they change. */
  updateCount: z.number().int(),
  /** Valid rows whose id names a collaborator of the vault that they leave exactly as it is: nothing to write. */
  unchangedCount: z.number().int(),
  invalidRowCount: z.number().int(),
  invalid: z.array(importIssueSchema),
  /** True when `invalid` or `duplicates` were cut at PREVIEW_ISSUE_LIMIT. */
  truncated: z.boolean(),
  duplicates: z.array(importDuplicateSchema),
  duplicateCount: z.number().int(),
  /** Required columns no header is mapped to: nothing can be imported until they are. */
  missingRequired: z.array(csvColumnSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  /** New collaborators created. */
  written: z.number().int(),
  /** Collaborators of the vault changed by rows carrying their id. */
  updated: z.number().int(),
  /** Rows carrying the id of a collaborator they match exactly: nothing written. */
  unchanged: z.number().int(),
  skippedInvalid: z.number().int(),
  skippedDuplicates: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const tokenInput = z.object({ token: z.uuid() }).strict();

export const rosterIoContract = {
  /** Shows the open dialog, reads and parses the file; null when the user cancelled the dialog. */
  chooseImportFile: method(z.object({}).strict(), importFileSchema.nullable()),
  previewImport: method(z.object({ token: z.uuid(), mapping: importMappingSchema }).strict(), importPreviewSchema),
  /**
   * Writes every valid row in one transaction (nothing on any error), remembers the mapping, ends the token. A row with
   * the id of a live collaborator updates it (or is left out when it changes nothing); other rows create collaborators.
   */
  commitImport: method(
    z.object({ token: z.uuid(), mapping: importMappingSchema, skipDuplicates: z.boolean().default(false) }).strict(),
    importResultSchema,
  ),
  cancelImport: method(tokenInput, z.null()),
  /** Shows the save dialog and writes the invalid rows of the last preview, with an `errors` column. */
  saveInvalidRows: method(tokenInput, z.object({ saved: z.boolean(), rowCount: z.number().int() })),
  /** Shows the save dialog and writes the collaborators matching the query. */
  exportCsv: method(
    z.object({ query: rosterQuerySchema, includeSensitive: z.boolean().default(false) }).strict(),
    z.object({ saved: z.boolean(), rowCount: z.number().int() }),
  ),
} as const;
