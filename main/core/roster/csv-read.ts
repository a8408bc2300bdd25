// Reads a spreadsheet's CSV export: guesses its encoding (UTF-8 with or without BOM, UTF-16, else Windows-1252) and delimiter.
import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { CsvEncoding, ImportWarning } from '../../../common/contract/roster-io.contract.js';
import { CreFailure } from '../../../common/contract/errors.js';

/** Larger files are refused before reading: a roster this size is far beyond the pilot's, and memory is finite. */
export const MAX_CSV_BYTES = 64 * 1024 * 1024;

export interface ParsedCsv {
  headers: string[];
  /** Data rows with their spreadsheet row number (header = 1); blank rows are left out but keep their numbers. */
  rows: { row: number; cells: string[] }[];
  encoding: CsvEncoding;
  delimiter: ',' | ';' | '\t';
  warnings: ImportWarning[];
}

/** Decodes bytes as a spreadsheet would have written them; a file that is not valid UTF-8 is read as Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  // Excel's "Unicode text" export is UTF-16 little-endian with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export function parseCsvText(text: string, encoding: CsvEncoding): ParsedCsv {
  const result = Papa.parse<string[]>(text, { header: false, delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const delimiter = (result.meta.delimiter === ';' || result.meta.delimiter === '\t' ? result.meta.delimiter : ',') as ParsedCsv['delimiter'];
  const [header, ...records] = result.data;
  if (!header || isBlank(header)) throw new CreFailure('invalid_input', 'The file has no header row.', { reason: 'no_header' });
  const warnings: ImportWarning[] = [];
  if (encoding === 'windows-1252') warnings.push({ code: 'encoding_fallback', params: { encoding: 'Windows-1252' } });
  if (encoding === 'utf-16le') warnings.push({ code: 'utf16', params: {} });
  const rows: ParsedCsv['rows'] = [];
  let blank = 0;
  records.forEach((cells, index) => {
    if (isBlank(cells)) blank += 1;
    else rows.push({ row: index + 2, cells });
  });
  // A final newline gives one empty record: not worth a warning.
  const lastIsBlank = records.length > 0 && isBlank(records[records.length - 1] ?? []);
  if (blank - (lastIsBlank ? 1 : 0) > 0) warnings.push({ code: 'empty_rows_skipped', params: { count: blank - (lastIsBlank ? 1 : 0) } });
  return { headers: header.map((cell) => cell.trim()), rows, encoding, delimiter, warnings };
}

/** Reads and parses the file at `path`; unreadable or oversized files fail with `io` / `invalid_input`. */
export function readCsvFile(path: string): ParsedCsv {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_CSV_BYTES) {
      throw new CreFailure('invalid_input', 'The file is too large to import.', { reason: 'too_large', maxBytes: MAX_CSV_BYTES });
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CreFailure) throw error;
    throw new CreFailure('io', 'The file could not be read.');
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  return parseCsvText(text, encoding);
}
