// Applying a verified bundle's rows inside the import's transaction: last writer wins by HLC (the HLC text ends with the
// vault id, so equal clocks are settled by vault id), concurrent changes are kept as conflicts, attachment bytes are
// checked again against their recorded size, and what was read is digested to compare with the first pass.
import { randomUUID } from 'node:crypto';
import type { SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { WritableDB } from '../../../db/handles.js';
import { addConflict, noteKnowledge, type VersionVector } from '../../../db/sync.repo.js';
import {
  clearAttachmentChunks,
  incomingChunkWriter,
  isTombstone,
  readRowClock,
  readTravellingRow,
  type TravellingRow,
  writeTravellingRow,
} from '../../../db/sync-rows.js';
import type { SyncableTable } from '../../../db/syncable.js';
import { holderWriter } from '../../../db/sync-holders.js';
import { clearWithdrawnMarker, hasWithdrawnMarkers, holdsRecord, syncableParents, withdrawnBy } from '../../../db/sync-purge.js';
import { findTeamMemberByVaultId } from '../../../db/team.repo.js';
import { ContentDigest, IncomingAttachments } from './import-checks.js';
import { parseTravellingRow } from './row-schemas.js';

export interface ApplyOutcome {
  applied: Record<string, number>;
  conflicts: number;
  /** ContentDigest of everything this pass read. */
  digest: string;
}

/**
 * The state of one applying pass. `knownBefore` is what this vault knew of each origin before the bundle: a version the
 * vault already knew was not made concurrently with its own.
 */
export function createRowApplier(db: WritableDB, knownBefore: VersionVector, now: () => string) {
  let manifest: SyncManifest | null = null;
  const applied: Record<string, number> = {};
  const seen: VersionVector = {};
  // Sizes and order only: the first pass checked every attachment's SHA-256, and this pass's signature, verified before
  // the commit, covers the same bytes (hashing 1 GiB again cost 0.7 s of a 25 s import).
  const attachments = new IncomingAttachments(false);
  const digest = new ContentDigest();
  const insertChunk = incomingChunkWriter(db);
  const noteHolder = holderWriter(db);
  // Markers of withdrawn records are looked up only in a vault that has some: most imports pay nothing for them.
  const markers = hasWithdrawnMarkers(db);
  let senderIsHub = false;
  let conflicts = 0;

  /**
   * A withdrawn record comes back: from the vault that withdrew it (or the secretariat, the hub) consent was widened
   * again, so it is written and no longer withdrawn; from anyone else it is a stale copy, skipped, as is a row that
   * points at a withdrawn record this vault no longer has.
   */
  function takesWithdrawn(table: SyncableTable, incoming: TravellingRow, sender: SyncManifest, hub: boolean): boolean {
    const from = sender.sender.vaultId;
    const by = withdrawnBy(db, table, incoming['id'] as string);
    if (by !== undefined) {
      if (by !== from && !hub) return false;
      clearWithdrawnMarker(db, table, incoming['id'] as string);
    }
    for (const { column, parent } of syncableParents(db, table)) {
      const parentId = incoming[column];
      if (typeof parentId !== 'string') continue;
      const parentBy = withdrawnBy(db, parent, parentId);
      if (parentBy !== undefined && parentBy !== from && !hub && !holdsRecord(db, parent, parentId)) return false;
    }
    return true;
  }

  function concurrent(local: { hlc: string; changed_by: string }, incoming: TravellingRow, sender: SyncManifest): boolean {
    const senderKnewLocal = local.changed_by === sender.sender.vaultId || (sender.sync.knows[local.changed_by] ?? '') >= local.hlc;
    const weKnewIncoming = (knownBefore[incoming['changed_by'] as string] ?? '') >= (incoming['hlc'] as string);
    return !senderKnewLocal && !weKnewIncoming;
  }

  function applyRow(table: SyncableTable, incoming: TravellingRow, sender: SyncManifest): void {
    const hlc = incoming['hlc'] as string;
    const origin = incoming['changed_by'] as string;
    if (!seen[origin] || seen[origin] < hlc) seen[origin] = hlc;
    if (markers && !takesWithdrawn(table, incoming, sender, senderIsHub)) return;
    noteHolder(sender.sender.vaultId, table, incoming['id'] as string);
    const local = readRowClock(db, table, incoming['id'] as string);
    if (local?.hlc === hlc) return;
    const incomingWins = !local || hlc > local.hlc;
    const isConflict = local !== undefined && concurrent(local, incoming, sender);
    const localVersion = isConflict ? readTravellingRow(db, table, incoming['id'] as string) : null;
    if (incomingWins && writeTravellingRow(db, table, incoming)) {
      applied[table] = (applied[table] ?? 0) + 1;
      if (table === 'attachments' && !isTombstone(incoming)) {
        clearAttachmentChunks(db, incoming['id'] as string);
        attachments.expect(incoming);
      }
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

  return {
    begin(admittedManifest: SyncManifest): void {
      manifest = admittedManifest;
      senderIsHub = findTeamMemberByVaultId(db, admittedManifest.sender.vaultId)?.role === 'coordinator';
      digest.manifest(admittedManifest);
    },
    records(table: string, rows: Record<string, unknown>[]): void {
      if (!manifest) throw new CreFailure('bad_payload', 'Rows came before the manifest.');
      digest.records(table, rows);
      for (const row of rows) applyRow(table as SyncableTable, parseTravellingRow(db, table, row), manifest);
    },
    /** Bytes of an attachment whose row this import wrote; bytes of one it kept its own version of are skipped. */
    attachmentChunk(attachmentId: string, position: number, bytes: Uint8Array): void {
      digest.piece(attachmentId, position, bytes.byteLength);
      if (!attachments.expects(attachmentId)) return;
      attachments.piece(attachmentId, position, bytes);
      insertChunk(attachmentId, position, bytes);
    },
    /** Checks every written attachment is whole, and notes what this vault now knows; returns what was written. */
    finish(): ApplyOutcome {
      attachments.finish();
      noteKnowledge(db, seen);
      return { applied, conflicts, digest: digest.value() };
    },
  };
}
