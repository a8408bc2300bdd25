// Validates CSV rows against the collaborator schema: cells to fields, zod issues to (row, column, reason), duplicate keys.
import { z } from 'zod';
import type { ImportIssue, ImportMapping, ImportReason } from '../../../common/contract/roster-io.contract.js';
import { collaboratorInputSchema, type CollaboratorFields } from '../../../common/roster/collaborator.schema.js';
import {
  CONTACT_TYPE_SEPARATOR,
  CSV_COLUMN_SPECS,
  foldForMatch,
  splitMultiValue,
  type CsvColumn,
} from '../../../common/roster/csv-columns.js';
import { isIsoDate, lookupCountry, lookupLanguage, lookupVocabulary, type Vocabulary } from './csv-values.js';

export interface RowCheck {
  row: number;
  /** The record id the row carries (lowercase), or null for a row that only describes a collaborator. */
  id: string | null;
  /** The parsed record when the row is valid. */
  fields: CollaboratorFields | null;
  issues: ImportIssue[];
}

/** Export puts a `'` before cells a spreadsheet would run as formulas; import takes it off again so values round-trip. */
const GUARDED_CELL = /^'(?=[=+\-@\t\r])/;

/** The cells of one row by column; a column mapped from no header reads as empty. */
export function cellsByColumn(mapping: ImportMapping, cells: readonly string[]): Partial<Record<CsvColumn, string>> {
  const out: Partial<Record<CsvColumn, string>> = {};
  mapping.forEach((column, index) => {
    if (column !== null) out[column] = (cells[index] ?? '').replace(GUARDED_CELL, '').trim();
  });
  return out;
}

const recordIdSchema = z.uuid();

/** True for a cell an `id` column may hold: empty (a new collaborator) or a record id. */
export function isRecordIdCell(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed === '' || recordIdSchema.safeParse(trimmed).success;
}

const reason = (code: ImportReason['code'], params: ImportReason['params'] = {}): ImportReason => ({ code, params });

class RowBuilder {
  readonly issues: ImportIssue[] = [];
  constructor(
    readonly row: number,
    readonly cells: Partial<Record<CsvColumn, string>>,
  ) {}

  flag(column: CsvColumn | null, why: ImportReason): void {
    this.issues.push({ row: this.row, column, reason: why });
  }

  recordId(): string | null {
    const cell = this.cells.id ?? '';
    if (cell === '') return null;
    if (!isRecordIdCell(cell)) {
      this.flag('id', reason('invalid_id', { value: cell }));
      return null;
    }
    return cell.toLowerCase();
  }

  text(column: CsvColumn): string {
    const value = this.cells[column] ?? '';
    if (value === '' && CSV_COLUMN_SPECS[column].required) this.flag(column, reason('required'));
    return value;
  }

  vocabulary<V extends Vocabulary>(column: CsvColumn, vocabulary: V, fallback: string | null): string {
    const cell = this.text(column);
    if (cell === '') return fallback ?? '';
    const value = lookupVocabulary(vocabulary, cell);
    if (value === undefined) this.flag(column, reason('unknown_value', { value: cell }));
    return value ?? cell;
  }

  list(column: CsvColumn, lookup: (part: string) => string | undefined, code: ImportReason['code']): string[] {
    const out: string[] = [];
    for (const part of splitMultiValue(this.text(column))) {
      const value = lookup(part);
      if (value === undefined) this.flag(column, reason(code, { value: part }));
      else out.push(value);
    }
    return out;
  }

  date(column: CsvColumn): string | null {
    const cell = this.text(column);
    if (cell === '') return null;
    if (!isIsoDate(cell)) this.flag(column, reason('invalid_date', { value: cell }));
    return cell;
  }

  contacts(column: 'contacts' | 'publicContacts'): { type: string; value: string; note: string; sensitive: boolean }[] {
    const out: { type: string; value: string; note: string; sensitive: boolean }[] = [];
    for (const part of splitMultiValue(this.text(column))) {
      const at = part.indexOf(CONTACT_TYPE_SEPARATOR);
      const type = at > 0 ? lookupVocabulary('contactType', part.slice(0, at)) : undefined;
      const value = at > 0 ? part.slice(at + 1).trim() : '';
      // The cell part is not echoed: contact values are sensitive, and the report may be shown or saved.
      if (type === undefined || value === '') this.flag(column, reason('invalid_contact', { position: out.length + 1 }));
      else out.push({ type, value, note: '', sensitive: column === 'contacts' });
    }
    return out;
  }
}

/** Which CSV column a zod issue path points at; contact indexes count the sensitive channels first. */
function columnOfPath(path: readonly PropertyKey[], sensitiveContacts: number): CsvColumn | null {
  const [head, second, third] = path;
  switch (head) {
    case 'vetting':
      return second === 'status' ? 'vettingStatus' : second === 'vouchedBy' ? 'vouchedBy' : second === 'date' ? 'vettingDate' : 'vettingNote';
    case 'availability':
      return second === 'until' ? 'availableUntil' : 'availabilityStatus';
    case 'contacts':
      return typeof second === 'number' && second >= sensitiveContacts && third !== undefined ? 'publicContacts' : 'contacts';
    case 'name':
    case 'kind':
    case 'countries':
    case 'levels':
    case 'strategyAreas':
    case 'expertise':
    case 'languages':
    case 'sharing':
    case 'riskNotes':
    case 'notes':
      return head;
    default:
      return null;
  }
}

function reasonOfIssue(issue: z.core.$ZodIssue): ImportReason {
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return issue.origin === 'array' ? reason('too_many', { max }) : reason('too_long', { max });
  }
  if (issue.code === 'too_small') return reason('required');
  return reason('invalid');
}

/**
 * Checks record input with the collaborator schema; its problems come back by CSV column. `sensitiveContacts` is how many
 * of the contacts came from the sensitive column (they come first).
 */
export function checkFields(row: number, input: unknown, sensitiveContacts: number): { fields: CollaboratorFields | null; issues: ImportIssue[] } {
  const parsed = collaboratorInputSchema.safeParse(input);
  if (parsed.success) return { fields: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({ row, column: columnOfPath(issue.path, sensitiveContacts), reason: reasonOfIssue(issue) }));
  return { fields: null, issues };
}

/** Checks one row. Conversion problems are reported per cell; the schema then checks lengths and counts. */
export function checkRow(row: number, cells: Partial<Record<CsvColumn, string>>): RowCheck {
  const b = new RowBuilder(row, cells);
  const id = b.recordId();
  const sensitiveContacts = b.contacts('contacts');
  const input = {
    name: b.text('name'),
    kind: b.vocabulary('kind', 'kind', null),
    countries: b.list('countries', lookupCountry, 'unknown_country'),
    levels: b.list('levels', (part) => lookupVocabulary('level', part), 'unknown_value'),
    strategyAreas: b.list('strategyAreas', (part) => lookupVocabulary('strategy', part), 'unknown_value'),
    expertise: splitMultiValue(b.text('expertise')),
    languages: b.list('languages', lookupLanguage, 'unknown_language'),
    contacts: [...sensitiveContacts, ...b.contacts('publicContacts')],
    vetting: {
      status: b.vocabulary('vettingStatus', 'vetting', 'proposed'),
      vouchedBy: b.text('vouchedBy'),
      date: b.date('vettingDate'),
      note: b.text('vettingNote'),
    },
    availability: { status: b.vocabulary('availabilityStatus', 'availability', 'available'), until: b.date('availableUntil') },
    // Until someone decides otherwise, an imported record travels nowhere.
    sharing: b.vocabulary('sharing', 'sharing', 'secretariat'),
    riskNotes: b.text('riskNotes'),
    notes: b.text('notes'),
  };
  if (b.issues.length > 0) return { row, id, fields: null, issues: b.issues };
  return { row, id, ...checkFields(row, input, sensitiveContacts.length) };
}

/**
 * Finds earlier entries with the same folded name that share a country, or where either side has no country: the
 * roster's rule for "probably the same collaborator" (normalized name + country).
 */
export class DuplicateIndex<T> {
  private readonly byName = new Map<string, { countries: readonly string[]; ref: T }[]>();

  /** The key `find` and `add` file a name under; pass it back in to fold a name once for several calls. */
  static keyOf(name: string): string {
    return foldForMatch(name);
  }

  find(name: string, countryCodes: readonly string[], key = DuplicateIndex.keyOf(name)): T | undefined {
    const entries = this.byName.get(key);
    return entries?.find(
      (entry) => entry.countries.length === 0 || countryCodes.length === 0 || entry.countries.some((code) => countryCodes.includes(code)),
    )?.ref;
  }

  add(name: string, countryCodes: readonly string[], ref: T, key = DuplicateIndex.keyOf(name)): void {
    const entries = this.byName.get(key);
    if (entries) entries.push({ countries: countryCodes, ref });
    else this.byName.set(key, [{ countries: countryCodes, ref }]);
  }
}
