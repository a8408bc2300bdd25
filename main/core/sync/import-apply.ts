// Applying a bundle's rows inside the import's transaction: last writer wins by HLC (the HLC text ends with the vault
// id, so equal clocks are settled by vault id), concurrent changes are kept as conflicts, attachment bytes are
// checked against their recorded size and hash.
import { createHash, type Hash, randomUUID } from 'node:crypto';
import type { BundleManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { WritableDB } from '../../../db/handles.js';
import { addConflict, noteKnowledge, type VersionVector } from '../../../db/sync.repo.js';
import { isTombstone, readTravellingRow, type TravellingRow, writeTravellingRow } from '../../../db/sync-rows.js';
import type { SyncableTable } from '../../../db/syncable.js';
import { parseTravellingRow } from './row-schemas.js';

interface PendingAttachment {
  size: number;
  sha256: string;
  received: number;
  nextPosition: number;
  hash: Hash;
}

export interface ApplyOutcome {
  applied: Record<string, number>;
  conflicts: number;
}

/**
 * The state of one import. `knownBefore` is what this vault knew of each origin before the bundle: a version the
 * vault already knew was not made concurrently with its own.
 */
export function createRowApplier(db: WritableDB, knownBefore: VersionVector, now: () => string) {
  let manifest: BundleManifest | null = null;
  const applied: Record<string, number> = {};
  const seen: VersionVector = {};
  const attachments = new Map<string, PendingAttachment>();
  let conflicts = 0;

  function concurrent(local: { hlc: string; changed_by: string }, incoming: TravellingRow, sender: BundleManifest): boolean {
    const senderKnewLocal = local.changed_by === sender.sender.vaultId || (sender.sync.knows[local.changed_by] ?? '') >= local.hlc;
    const weKnewIncoming = (knownBefore[incoming['changed_by'] as string] ?? '') >= (incoming['hlc'] as string);
    return !senderKnewLocal && !weKnewIncoming;
  }

  function applyRow(table: SyncableTable, incoming: TravellingRow, sender: BundleManifest): void {
    const hlc = incoming['hlc'] as string;
    const origin = incoming['changed_by'] as string;
    if (!seen[origin] || seen[origin] < hlc) seen[origin] = hlc;
    const local = db.prepare(`SELECT hlc, changed_by FROM ${table} WHERE id = ?`).get(incoming['id']) as { hlc: string; changed_by: string } | undefined;
    if (local?.hlc === hlc) return;
    const incomingWins = !local || hlc > local.hlc;
    const isConflict = local !== undefined && concurrent(local, incoming, sender);
    const localVersion = isConflict ? readTravellingRow(db, table, incoming['id'] as string) : null;
    if (incomingWins && writeTravellingRow(db, table, incoming)) {
      applied[table] = (applied[table] ?? 0) + 1;
      if (table === 'attachments' && !isTombstone(incoming)) startAttachment(incoming);
    }
    if (isConflict && localVersion) {
      addConflict(db, {
        id: randomUUID(),
        table,
        recordId: incoming['id'] as string,
        kept: incomingWins ? incoming : localVersion,
        other: incomingWins ? localVersion : incoming,
        bundleId: sender.bundleId,
        detectedAt: now(),
      });
      conflicts += 1;
    }
  }

  function startAttachment(row: TravellingRow): void {
    const id = row['id'] as string;
    db.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(id);
    attachments.set(id, { size: row['size'] as number, sha256: row['sha256'] as string, received: 0, nextPosition: 0, hash: createHash('sha256') });
  }

  const insertChunk = db.prepare('INSERT INTO attachment_chunks (attachment_id, position, data) VALUES (?, ?, ?)');

  return {
    begin(verifiedManifest: BundleManifest): void {
      manifest = verifiedManifest;
    },
    records(table: string, rows: Record<string, unknown>[]): void {
      if (!manifest) throw new CreFailure('bad_payload', 'Rows came before the manifest.');
      for (const row of rows) applyRow(table as SyncableTable, parseTravellingRow(db, table, row), manifest);
    },
    /** Bytes of an attachment whose row this import wrote; bytes of one it kept its own version of are skipped. */
    attachmentChunk(attachmentId: string, position: number, bytes: Uint8Array): void {
      const pending = attachments.get(attachmentId);
      if (!pending) return;
      if (position !== pending.nextPosition) throw new CreFailure('bad_payload', 'An attachment chunk came out of order.');
      pending.nextPosition += 1;
      pending.received += bytes.byteLength;
      if (pending.received > pending.size) throw new CreFailure('bad_payload', 'An attachment is longer than its recorded size.');
      pending.hash.update(bytes);
      insertChunk.run(attachmentId, position, bytes);
    },
    /** Checks every written attachment is whole, and notes what this vault now knows; returns what was written. */
    finish(): ApplyOutcome {
      for (const pending of attachments.values()) {
        if (pending.received !== pending.size || pending.hash.digest('hex') !== pending.sha256) {
          throw new CreFailure('bad_payload', 'An attachment in the bundle does not match its recorded size and hash.');
        }
      }
      noteKnowledge(db, seen);
      return { applied, conflicts };
    },
  };
}
