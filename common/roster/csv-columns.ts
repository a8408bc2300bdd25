// The columns of the roster CSV format, shared by import (mapping), export (header order), the mapping screen and the CLI.
import { z } from 'zod';

/**
 * Column ids, in the order export writes them. Each is also an accepted header (any case) on import. `id` is the record's
 * id: a re-imported export updates the records it came from instead of adding them again.
 */
export const CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'countries',
  'levels',
  'strategyAreas',
  'expertise',
  'languages',
  'vettingStatus',
  'vouchedBy',
  'vettingDate',
  'vettingNote',
  'availabilityStatus',
  'availableUntil',
  'sharing',
  'publicContacts',
  'notes',
  'contacts',
  'riskNotes',
] as const;
export const csvColumnSchema = z.enum(CSV_COLUMNS);
export type CsvColumn = z.infer<typeof csvColumnSchema>;

export interface CsvColumnSpec {
  /** A row without a value here is invalid. */
  required: boolean;
  /** Several values in one cell, separated by `|` (Uwazi's convention). */
  multi: boolean;
  /** Exported only when the user asks for sensitive fields; the file is not encrypted. */
  sensitive: boolean;
}

export const CSV_COLUMN_SPECS: Readonly<Record<CsvColumn, CsvColumnSpec>> = {
  id: { required: false, multi: false, sensitive: false },
  name: { required: true, multi: false, sensitive: false },
  kind: { required: true, multi: false, sensitive: false },
  countries: { required: false, multi: true, sensitive: false },
  levels: { required: false, multi: true, sensitive: false },
  strategyAreas: { required: false, multi: true, sensitive: false },
  expertise: { required: false, multi: true, sensitive: false },
  languages: { required: false, multi: true, sensitive: false },
  vettingStatus: { required: false, multi: false, sensitive: false },
  vouchedBy: { required: false, multi: false, sensitive: false },
  vettingDate: { required: false, multi: false, sensitive: false },
  vettingNote: { required: false, multi: false, sensitive: false },
  availabilityStatus: { required: false, multi: false, sensitive: false },
  availableUntil: { required: false, multi: false, sensitive: false },
  sharing: { required: false, multi: false, sensitive: false },
  publicContacts: { required: false, multi: true, sensitive: false },
  notes: { required: false, multi: false, sensitive: false },
  contacts: { required: false, multi: true, sensitive: true },
  riskNotes: { required: false, multi: false, sensitive: true },
};

export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter((column) => CSV_COLUMN_SPECS[column].required);

/** Separates the values of a multi-value cell. */
export const MULTI_VALUE_SEPARATOR = '|';

/** Separates a contact's type from its value in a contacts cell: `email:ana@example.org`. */
export const CONTACT_TYPE_SEPARATOR = ':';

/**
 * Header words spreadsheets commonly use for a column, besides its id and its translated names (import.json
 * `column.*`). Compared after folding case, accents and punctuation.
 */
export const CSV_HEADER_ALIASES: Readonly<Partial<Record<CsvColumn, readonly string[]>>> = {
  id: ['record id', 'uuid'],
  name: ['full name', 'organisation', 'organization', 'nombre', 'nom', 'nome'],
  kind: ['type', 'tipo', 'category'],
  countries: ['country', 'pais', 'pays'],
  levels: ['level', 'nivel', 'niveau'],
  strategyAreas: ['strategy area', 'strategy', 'areas'],
  expertise: ['tags', 'skills'],
  languages: ['language', 'idioma', 'idiomas', 'langue', 'langues', 'lingua'],
  vettingStatus: ['vetting', 'status'],
  availabilityStatus: ['availability'],
  contacts: ['contact', 'safe contacts'],
};

/** A cell, header or label reduced for comparison: no case, no accents, single spaces, no punctuation. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits a multi-value cell; empty parts are dropped. */
export function splitMultiValue(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
