// The Bundles screen's vocabulary: record types in travel order, labelled fields, counts, and field values as text.
import type { BundleContents } from '../../../common/bundles/manifest.schema.js';
import { SYNCABLE_TABLES } from '../../../common/bundles/syncable-tables.js';

/** The synced tables, in the order their rows travel: the order counts are listed in. */
export const RECORD_TYPES = SYNCABLE_TABLES;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Fields the conflicts view has a label for; any other column is shown humanised ("risk_category" → "Risk category"). */
const LABELLED_FIELDS = [
  'name',
  'title',
  'kind',
  'type',
  'country',
  'countries',
  'area',
  'location',
  'region',
  'languages',
  'sharing',
  'notes',
  'description',
  'summary',
  'status',
  'urgency',
  'deadline',
  'level',
  'levels',
  'strategy_areas',
  'expertise',
  'stage',
  'sectors',
  'financiers',
  'companies',
  'members',
  'owner',
  'state',
  'outcomes',
  'learnings',
  'next_follow_up',
  'date',
  'text',
  'file_name',
  'community_contacts',
  'collaborator_contacts',
] as const;
export type LabelledField = (typeof LABELLED_FIELDS)[number];

export const isRecordType = (table: string): table is RecordType => (RECORD_TYPES as readonly string[]).includes(table);
export const isLabelledField = (field: string): field is LabelledField => (LABELLED_FIELDS as readonly string[]).includes(field);

/** A column name as words: "risk_category" → "Risk category". */
export function humanise(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Record counts per type, known types first in travel order, then any other the core names. */
export function countsByType(records: Readonly<Record<string, number>>): [string, number][] {
  const known = RECORD_TYPES.filter((type) => (records[type] ?? 0) > 0).map((type): [string, number] => [type, records[type] ?? 0]);
  const others = Object.entries(records).filter(([type, count]) => !isRecordType(type) && count > 0);
  return [...known, ...others];
}

export function totalRecords(contents: Pick<BundleContents, 'records'> | null): number {
  return contents === null ? 0 : Object.values(contents.records).reduce((sum, count) => sum + count, 0);
}

/** A field's value as text: lists joined, objects as short JSON, empty values as the given placeholder. */
export function fieldValueText(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') {
    // Lists are stored as JSON text in their column.
    if (value.startsWith('[') || value.startsWith('{')) {
      try {
        return fieldValueText(JSON.parse(value) as unknown, empty);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  return JSON.stringify(value);
}

/** Reasons main gives for refusing a choice of recipients, which the page words itself. */
export const CHOICE_REFUSALS = ['mixed_recipients', 'role', 'unverified_recipient'] as const;
