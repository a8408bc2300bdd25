// Reads a spreadsheet's CSV export: guesses its encoding (UTF-8 with or without BOM, UTF-16 with or without BOM, else Windows-1252) and delimiter.
import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { CsvEncoding, ImportWarning } from '../../../common/contract/roster-io.contract.js';
import { CreFailure } from '../../../common/contract/errors.js';

const MIB = 1024 * 1024;

/** Larger files are refused before reading: a roster this size is far beyond the pilot's, and memory is finite. */
export const MAX_CSV_BYTES = 64 * MIB;

/** How much of the file the UTF-16 sniffing looks at. */
const SNIFF_BYTES = 1024;

export interface ParsedCsv {
  headers: string[];
  /** Data rows with their spreadsheet row number (header = 1); blank rows are left out but keep their numbers. */
  rows: { row: number; cells: string[] }[];
  encoding: CsvEncoding;
  delimiter: ',' | ';' | '\t';
  warnings: ImportWarning[];
}

/**
 * UTF-16 without a BOM, recognised by its NUL bytes: in text of Latin script nearly every code unit has a zero high byte
 * (at odd offsets in little-endian, even ones in big-endian), while UTF-8 and single-byte text have no NUL at all.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let unit = 0; unit < units; unit += 1) {
    if (bytes[unit * 2] === 0) evenNuls += 1;
    if (bytes[unit * 2 + 1] === 0) oddNuls += 1;
  }
  // A quarter of the units is far above what a stray NUL gives, and below what a header row of Latin letters gives.
  const many = units / 4;
  const few = units / 50;
  if (oddNuls >= many && evenNuls <= few) return 'utf-16le';
  if (evenNuls >= many && oddNuls <= few) return 'utf-16be';
  return null;
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
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // Before UTF-8: NUL bytes are valid UTF-8, so UTF-16 without a BOM would otherwise decode as garbage with no error.
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
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
  if (encoding === 'utf-16le' || encoding === 'utf-16be') warnings.push({ code: 'utf16', params: {} });
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

/** The refusal of a file over MAX_CSV_BYTES; `limitBytes` lets each screen name the limit in its own words. */
export function csvTooLarge(): CreFailure {
  return new CreFailure('too_large', `The file is larger than the import limit of ${MAX_CSV_BYTES / MIB} MiB.`, { limitBytes: MAX_CSV_BYTES });
}

/** Reads and parses the file at `path`; unreadable files fail with `io`, oversized ones with `too_large`. */
export function readCsvFile(path: string): ParsedCsv {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_CSV_BYTES) throw csvTooLarge();
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CreFailure) throw error;
    throw new CreFailure('io', 'The file could not be read.');
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  return parseCsvText(text, encoding);
}
