// CSV export of the collaborators matching a roster query: record ids, ISO codes, `|` between values, formula-safe cells.
import Papa from 'papaparse';
import type { ParsedRosterQuery, RosterSearchResult } from '../../../common/contract/roster.contract.js';
import {
  CONTACT_TYPE_SEPARATOR,
  CSV_COLUMN_SPECS,
  CSV_COLUMNS,
  MULTI_VALUE_SEPARATOR,
  type CsvColumn,
} from '../../../common/roster/csv-columns.js';
import { getCollaboratorsByIds, type StoredCollaborator } from '../../../db/collaborators.repo.js';
import type { ReadableDB } from '../../../db/handles.js';

/** Cells starting with these are run as formulas by spreadsheets (CSV injection); a leading `'` makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The columns written: the sensitive ones (contact values, risk notes) only when asked for. */
export function exportColumns(includeSensitive: boolean): CsvColumn[] {
  return CSV_COLUMNS.filter((column) => includeSensitive || !CSV_COLUMN_SPECS[column].sensitive);
}

const joinValues = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);

function contactsCell(record: StoredCollaborator, sensitive: boolean): string {
  return joinValues(record.contacts.filter((c) => c.sensitive === sensitive).map((c) => `${c.type}${CONTACT_TYPE_SEPARATOR}${c.value}`));
}

export function cellOf(record: StoredCollaborator, column: CsvColumn): string {
  const { fields } = record;
  switch (column) {
    case 'id':
      return record.id;
    case 'name':
      return fields.name;
    case 'kind':
      return fields.kind;
    case 'countries':
      return joinValues(fields.countries);
    case 'levels':
      return joinValues(fields.levels);
    case 'strategyAreas':
      return joinValues(fields.strategyAreas);
    case 'expertise':
      return joinValues(fields.expertise);
    case 'languages':
      return joinValues(fields.languages);
    case 'vettingStatus':
      return fields.vetting.status;
    case 'vouchedBy':
      return fields.vetting.vouchedBy;
    case 'vettingDate':
      return fields.vetting.date ?? '';
    case 'vettingNote':
      return fields.vetting.note;
    case 'availabilityStatus':
      return fields.availability.status;
    case 'availableUntil':
      return fields.availability.until ?? '';
    case 'sharing':
      return fields.sharing;
    case 'publicContacts':
      return contactsCell(record, false);
    case 'contacts':
      return contactsCell(record, true);
    case 'riskNotes':
      return fields.riskNotes;
    case 'notes':
      return fields.notes;
  }
}

const CHUNK = 500;

/** The roster's search (the indexed one in the app); export reads the ids it finds, in its order. */
export type RosterSearchFn = (query: ParsedRosterQuery, offset: number, limit: number) => RosterSearchResult;

/** Every live collaborator matching the query, in the query's order, read in chunks. */
export function* matchingCollaborators(db: ReadableDB, search: RosterSearchFn, query: ParsedRosterQuery): Generator<StoredCollaborator> {
  // One search for every id: each search also counts facets, too slow to repeat per chunk.
  const { total } = search(query, 0, 1);
  const all = search(query, 0, Math.max(total, 1)).items.map((item) => item.id);
  for (let offset = 0; offset < all.length; offset += CHUNK) {
    const ids = all.slice(offset, offset + CHUNK);
    const records = getCollaboratorsByIds(db, ids);
    for (const id of ids) {
      const record = records.get(id);
      if (record) yield record;
    }
  }
}

/** The CSV text (UTF-8 BOM, so spreadsheets read accents right) and how many collaborators it holds. */
export function exportRosterCsv(
  db: ReadableDB,
  search: RosterSearchFn,
  query: ParsedRosterQuery,
  includeSensitive: boolean,
): { text: string; rowCount: number } {
  const columns = exportColumns(includeSensitive);
  const data: string[][] = [];
  for (const record of matchingCollaborators(db, search, query)) data.push(columns.map((column) => guardCell(cellOf(record, column))));
  return { text: `\uFEFF${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' })}\r\n`, rowCount: data.length };
}
