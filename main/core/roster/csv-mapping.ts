// Which header fills which column: a mapping remembered for files with the same headers, else header names in four languages.
import { createHash } from 'node:crypto';
import type { ImportMapping } from '../../../common/contract/roster-io.contract.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES } from '../../../common/languages.js';
import { CSV_COLUMNS, CSV_HEADER_ALIASES, foldForMatch, type CsvColumn } from '../../../common/roster/csv-columns.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getImportMapping, saveImportMapping } from '../../../db/import-mappings.repo.js';

/** Same headers in the same order, whatever their case or accents, give the same signature. */
export function headerSignature(headers: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(headers.map(foldForMatch))).digest('hex');
}

function columnLabel(language: (typeof LANGUAGES)[number], column: CsvColumn): string | undefined {
  const columns = (CATALOG[language].import as { column?: Record<string, string> }).column;
  return columns?.[column];
}

let headerIndex: Map<string, CsvColumn> | null = null;

function getHeaderIndex(): Map<string, CsvColumn> {
  if (headerIndex) return headerIndex;
  const index = new Map<string, CsvColumn>();
  const add = (text: string, column: CsvColumn) => {
    const folded = foldForMatch(text);
    if (folded !== '' && !index.has(folded)) index.set(folded, column);
  };
  for (const column of CSV_COLUMNS) {
    add(column, column);
    add(column.replace(/([a-z])([A-Z])/g, '$1 $2'), column);
    for (const language of LANGUAGES) {
      const label = columnLabel(language, column);
      if (label !== undefined) add(label, column);
    }
  }
  for (const [column, aliases] of Object.entries(CSV_HEADER_ALIASES) as [CsvColumn, readonly string[]][]) {
    for (const alias of aliases) add(alias, column);
  }
  headerIndex = index;
  return index;
}

/** Guesses a column for each header by name; a column is given to the first header that names it only. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const used = new Set<CsvColumn>();
  return headers.map((header) => {
    const column = getHeaderIndex().get(foldForMatch(header));
    if (column === undefined || used.has(column)) return null;
    used.add(column);
    return column;
  });
}

/** The mapping remembered for these headers, if it still gives one entry per header. */
export function loadRememberedMapping(db: ReadableDB, headers: readonly string[]): ImportMapping | null {
  const mapping = getImportMapping(db, headerSignature(headers));
  return mapping !== null && mapping.length === headers.length ? mapping : null;
}

export function rememberMapping(db: WritableDB, headers: readonly string[], mapping: ImportMapping, at: string): void {
  saveImportMapping(db, headerSignature(headers), mapping, at);
}
