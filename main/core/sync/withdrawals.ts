// Consent withdrawn travels (schema 13). The sender side: which records each recipient holds that consent no longer
// lets it hold (sync_holders against the consent SQL), noted when a bundle carries them and forgotten once the peer
// acknowledged it. The receiver side: a withdrawal is checked against who may withdraw what, then the record and
// everything that depends on it are purged, leaving only a marker without content (sync_withdrawn).
import { MAX_WITHDRAWALS_PER_BUNDLE, type BundleWithdrawal, type SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { readAckedCursor } from '../../../db/sync-acks.js';
import {
  backfillRegionHolders,
  forgetWithdrawnHolders,
  holdersUntracked,
  isHeldBy,
  listWithdrawable,
  markHoldersTracked,
  noteTravelledRecords,
  noteWithdrawalsSent,
  readOwnRole,
} from '../../../db/sync-holders.js';
import { purgeRecord, rewriteTextIndexAfterPurge } from '../../../db/sync-purge.js';
import type { VersionVector } from '../../../db/sync.repo.js';
import type { TeamMemberRow } from '../../../db/team.repo.js';
import { isSyncableTable } from './row-schemas.js';
import type { SyncScope } from './sync-scope.js';

export interface WithdrawalPlan {
  /** What the bundle carries, at most MAX_WITHDRAWALS_PER_BUNDLE; the rest go in the next bundle. */
  list: BundleWithdrawal[];
  /** The same, counted per table, for the preview. */
  counts: Record<string, number>;
}

/**
 * The withdrawals a bundle from this vault to `recipients` carries: per recipient, the records it holds that consent
 * no longer lets reach its region (judged for it alone: a review reaches its reviewer only in a bundle to them alone),
 * unless a recipient wrote last what decides the record's consent (a facilitator keeps a record it narrowed itself).
 * A bundle to the secretariat carries none: the secretariat holds everything.
 */
export function planWithdrawals(db: ReadableDB, scope: SyncScope, recipients: readonly TeamMemberRow[]): WithdrawalPlan {
  if (scope.kind === 'own') return { list: [], counts: {} };
  const spared = recipients.map((r) => r.vaultId);
  const seen = new Set<string>();
  const list: BundleWithdrawal[] = [];
  const counts: Record<string, number> = {};
  for (const recipient of recipients) {
    if (list.length >= MAX_WITHDRAWALS_PER_BUNDLE) break;
    for (const held of listWithdrawable(db, recipient.vaultId, recipient.region, spared, MAX_WITHDRAWALS_PER_BUNDLE)) {
      const key = `${held.table}\u0000${held.id}`;
      if (seen.has(key) || list.length >= MAX_WITHDRAWALS_PER_BUNDLE) continue;
      seen.add(key);
      list.push({ table: held.table, id: held.id });
      counts[held.table] = (counts[held.table] ?? 0) + 1;
    }
  }
  return { list, counts };
}

export interface SentBundleNote {
  scope: SyncScope;
  /** The cursor the bundle's rows were read from. */
  cursor: VersionVector;
  recipients: readonly TeamMemberRow[];
  withdrawals: readonly BundleWithdrawal[];
  sequence: number;
}

/** After a bundle was written: its recipients hold the records that travelled, and were sent these withdrawals. */
export function noteBundleSent(db: WritableDB, note: SentBundleNote): void {
  const peers = note.recipients.map((r) => r.vaultId);
  for (const recipient of note.recipients) {
    // A cursor from before schema 13: what the peer received then is entered once, as far as consent tells it now.
    if (!holdersUntracked(db, recipient.vaultId)) continue;
    if (note.scope.kind === 'region') backfillRegionHolders(db, recipient.vaultId, recipient.region, readAckedCursor(db, recipient.vaultId));
    markHoldersTracked(db, recipient.vaultId);
  }
  noteTravelledRecords(db, peers, note.scope, note.cursor);
  for (const peer of peers) noteWithdrawalsSent(db, peer, note.withdrawals, note.sequence);
}

/** The peer acknowledged this vault's bundles up to `sequence`: withdrawals they carried are done. */
export function takeWithdrawalAcknowledgement(db: WritableDB, peerVaultId: string, sequence: number): void {
  forgetWithdrawnHolders(db, peerVaultId, sequence);
}

const refused = (message: string, reason: string) => new CreFailure('bad_payload', message, { reason });

/** First pass: refuses (bad_payload) withdrawals this sender may not make to this vault, or of tables that do not sync. */
export function checkWithdrawals(db: ReadableDB, manifest: SyncManifest, sender: TeamMemberRow): void {
  const withdrawals = manifest.sync.withdrawals;
  if (withdrawals.length === 0) return;
  for (const w of withdrawals) {
    if (!isSyncableTable(w.table)) throw refused('The bundle withdraws a record of a table this vault does not sync.', 'withdrawal_table');
  }
  if (sender.role === 'coordinator') return;
  if (sender.role !== 'facilitator') throw refused('Only the secretariat and the facilitators withdraw records.', 'withdrawal_sender');
  if (readOwnRole(db) !== 'facilitator') {
    throw refused('A facilitator does not withdraw records from the secretariat: the secretariat holds everything.', 'withdrawal_to_secretariat');
  }
  for (const w of withdrawals) {
    if (!isHeldBy(db, sender.vaultId, w.table, w.id)) {
      throw refused('The bundle withdraws a record this vault did not receive from its sender.', 'withdrawal_not_received');
    }
  }
}

/** In the import's transaction: purges each withdrawn record and what depends on it; answers how many records went. */
export function applyWithdrawals(db: WritableDB, manifest: SyncManifest, sender: TeamMemberRow, at: string): number {
  const purged = new Set<string>();
  let count = 0;
  for (const w of manifest.sync.withdrawals) {
    if (!isSyncableTable(w.table)) throw refused('The bundle withdraws a record of a table this vault does not sync.', 'withdrawal_table');
    count += purgeRecord(db, w.table, w.id, { withdrawnBy: sender.vaultId, at }, purged);
  }
  if ([...purged].some((key) => key.startsWith('collaborators\u0000'))) rewriteTextIndexAfterPurge(db);
  return count;
}
