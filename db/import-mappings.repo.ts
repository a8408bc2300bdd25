// CSV import mappings remembered per header signature: which column each header of a file filled last time.
import { importMappingSchema, type ImportMapping } from '../common/contract/roster-io.contract.js';
import type { ReadableDB, WritableDB } from './handles.js';

interface ImportMappingRow {
  mapping: string;
}

/** The mapping remembered for files with this header signature; null when none is, or it no longer reads as a mapping. */
export function getImportMapping(db: ReadableDB, headerSignature: string): ImportMapping | null {
  const row = db.prepare('SELECT mapping FROM import_mappings WHERE header_signature = ?').get(headerSignature) as ImportMappingRow | undefined;
  if (!row) return null;
  const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

/** Remembers (or replaces) the mapping for files with this header signature. */
export function saveImportMapping(db: WritableDB, headerSignature: string, mapping: ImportMapping, at: string): void {
  db.prepare(
    `INSERT INTO import_mappings (header_signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (header_signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headerSignature, JSON.stringify(mapping), at);
}
