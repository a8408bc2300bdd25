// The conflicts view: both versions of a record changed on both sides, field by field, and the user's choice, which
// is written as a new change of this vault so it travels like any other.
import type { ConflictView } from '../../../common/bundles/bundle-views.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import { getConflict, listConflicts, markConflictResolved, type StoredConflict } from '../../../db/sync.repo.js';
import { isTombstone, readTravellingRow, type TravellingRow, writeTravellingRow } from '../../../db/sync-rows.js';
import { listTeamMembers } from '../../../db/team.repo.js';
import { isSyncableTable } from './row-schemas.js';

/** Columns every version has that say who and when, not what: shown apart, never merged. */
const STAMP_COLUMNS = new Set(['id', 'hlc', 'changed_by', 'updated_at', 'created_at', 'deleted_at']);

function labelOf(version: TravellingRow): string {
  for (const key of ['name', 'title', 'file_name', 'description', 'text']) {
    const value = version[key];
    if (typeof value === 'string' && value.trim()) return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  }
  return String(version['id']);
}

function fieldsOf(version: TravellingRow): Record<string, ConflictView['kept']['fields'][string]> {
  return Object.fromEntries(Object.entries(version).filter(([key]) => !STAMP_COLUMNS.has(key))) as ConflictView['kept']['fields'];
}

export function listConflictViews(db: ReadableDB, myVaultId: string, resolved: boolean, limit: number): ConflictView[] {
  const names = new Map(listTeamMembers(db).map((m) => [m.vaultId, m.displayName]));
  const versionView = (v: TravellingRow) => ({
    writtenBy: { vaultId: String(v['changed_by']), displayName: names.get(String(v['changed_by'])) ?? null, isMe: v['changed_by'] === myVaultId },
    at: String(v['updated_at']),
    deleted: isTombstone(v),
    fields: fieldsOf(v),
  });
  return listConflicts(db, !resolved, limit).map((c) => {
    const kept = versionView(c.kept);
    const other = versionView(c.other);
    const keys = [...new Set([...Object.keys(kept.fields), ...Object.keys(other.fields)])];
    return {
      id: c.id,
      table: c.table,
      recordId: c.recordId,
      label: labelOf(isTombstone(c.kept) ? c.other : c.kept),
      kept,
      other,
      differing: keys.filter((k) => JSON.stringify(kept.fields[k]) !== JSON.stringify(other.fields[k])),
      detectedAt: c.detectedAt,
      resolvedAt: c.resolvedAt,
      resolution: c.resolution,
    };
  });
}

/** The version the user chose, built from the stored versions: one of them whole, or the kept one with some fields of the other. */
function chosenVersion(conflict: StoredConflict, choice: 'other' | 'merged', fields: readonly string[]): TravellingRow {
  if (choice === 'other') return conflict.other;
  if (isTombstone(conflict.kept) || isTombstone(conflict.other)) {
    throw new CreFailure('invalid_input', 'A deleted version cannot be merged field by field: keep one of the two.', { reason: 'merge_deleted' });
  }
  const merged: TravellingRow = { ...conflict.kept };
  for (const field of fields) {
    if (STAMP_COLUMNS.has(field) || !(field in conflict.other)) throw new CreFailure('invalid_input', `"${field}" is not a field of this record.`);
    merged[field] = conflict.other[field];
  }
  return merged;
}

/**
 * Settles a conflict. "kept" changes nothing but the conflict; "other" and "merged" write the chosen version over the
 * record as a new change stamped now, in one transaction with the conflict's resolution and the audit entry.
 */
export function resolveConflict(
  db: WritableDB,
  input: { id: string; choice: 'kept' | 'other' | 'merged'; fields: readonly string[] },
  stamp: () => SyncStamp,
): void {
  inTransaction(db, () => {
    const conflict = getConflict(db, input.id);
    if (!conflict) throw new CreFailure('not_found', 'That conflict was not found.');
    if (conflict.resolvedAt) throw new CreFailure('conflict', 'That conflict was already resolved.');
    if (!isSyncableTable(conflict.table)) throw new CreFailure('internal', 'The conflict names a table this vault does not sync.');
    const { at, hlc, changedBy } = stamp();
    if (input.choice !== 'kept') {
      const version = chosenVersion(conflict, input.choice, input.fields);
      const stamped: TravellingRow = isTombstone(version)
        ? { ...version, updated_at: at, hlc, changed_by: changedBy, deleted_at: at }
        : { ...version, updated_at: at, hlc, changed_by: changedBy };
      // A version that deletes a record this vault no longer has, or revives one it purged, has nothing to write to.
      if (!writeTravellingRow(db, conflict.table, stamped) && readTravellingRow(db, conflict.table, conflict.recordId) === null) {
        throw new CreFailure('not_found', 'The record of this conflict is no longer in the vault.');
      }
    }
    markConflictResolved(db, conflict.id, input.choice, at);
    appendAuditEvent(db, 'conflict_resolved', at, { conflictId: conflict.id, table: conflict.table, recordId: conflict.recordId, choice: input.choice });
  });
}
