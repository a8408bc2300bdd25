// Making a sync bundle: what travels to the chosen recipients (preview), the frames read from the vault in batches,
// the manifest, and the bookkeeping after the file is written (sequence, cursors, history).
import { randomUUID } from 'node:crypto';
import type { BundleAcknowledgement, BundleContents, BundleManifest, BundleWithdrawal } from '../../../common/bundles/manifest.schema.js';
import { BUNDLE_FORMAT_VERSION } from '../../../common/bundles/manifest.schema.js';
import type { ExportPreview } from '../../../common/bundles/bundle-views.schema.js';
import { iterateChunks } from '../../../db/attachments.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { currentVersionVector, knownVersionVector, lastReceivedSequence, type VersionVector } from '../../../db/sync.repo.js';
import { readAckedCursor } from '../../../db/sync-acks.js';
import { countScopedFiles, countScopedRows, readScopedBatch } from '../../../db/sync-consent.js';
import { SYNC_ORDER } from '../../../db/sync-tables.js';
import type { TeamMemberRow, VaultIdentity } from '../../../db/team.repo.js';
import type { BundleFrame } from '../bundles/format/bundle-writer.js';
import type { Sodium } from '../crypto/sodium.js';
import { jointCursor, scopeView, type SyncScope } from './sync-scope.js';

const ROWS_PER_FRAME = 1000;

/**
 * Where an export starts: what the recipients acknowledged (their joint cursor), or nothing at all for "send everything
 * again". What was sent and not acknowledged is carried again: imports are idempotent, so a lost file loses nothing.
 */
export function startingCursor(db: ReadableDB, recipients: readonly TeamMemberRow[], everything: boolean): VersionVector {
  return everything ? {} : jointCursor(recipients.map((r) => readAckedCursor(db, r.vaultId)));
}

/** Per recipient, the newest of its bundles this vault imported: the acknowledgement the bundle carries to it. */
export function acknowledgementsFor(db: ReadableDB, recipients: readonly TeamMemberRow[]): BundleAcknowledgement[] {
  return recipients.map((r) => ({ vaultId: r.vaultId, sequence: lastReceivedSequence(db, r.vaultId) }));
}

/** What the bundle will carry, counted, and what consent keeps back. */
export function previewExport(db: ReadableDB, scope: SyncScope, cursor: VersionVector, withdrawals: Record<string, number>): ExportPreview {
  const records: Record<string, number> = {};
  const withheld: Record<string, number> = {};
  let tombstones = 0;
  for (const table of SYNC_ORDER) {
    const counted = countScopedRows(db, table, scope, cursor);
    if (counted.rows > 0) records[table] = counted.rows;
    tombstones += counted.tombstones;
    if (counted.withheld > 0) withheld[table] = counted.withheld;
  }
  const contents: BundleContents = { records, tombstones, attachments: countScopedFiles(db, scope, cursor) };
  const empty = Object.keys(records).length === 0 && Object.keys(withdrawals).length === 0;
  return { scope: scopeView(scope), contents, withheld, withdrawals, empty };
}

/** The frames of the bundle: rows table by table in batches, then the bytes of every live attachment that travels. */
export function* exportFrames(db: ReadableDB, scope: SyncScope, cursor: VersionVector): Generator<BundleFrame> {
  const files: string[] = [];
  for (const table of SYNC_ORDER) {
    let after = 0;
    for (;;) {
      const batch = readScopedBatch(db, table, scope, cursor, after, ROWS_PER_FRAME);
      if (batch.rows.length === 0) break;
      after = batch.last;
      if (table === 'attachments') for (const row of batch.rows) if (row['deleted_at'] === null) files.push(row['id'] as string);
      yield { type: 'records', table, rows: batch.rows };
      if (batch.rows.length < ROWS_PER_FRAME) break;
    }
  }
  for (const id of files) {
    for (const chunk of iterateChunks(db, id)) yield { type: 'attachment', attachmentId: id, position: chunk.position, bytes: chunk.data };
  }
}

const keyText = (sodium: Sodium, key: Uint8Array) => sodium.to_base64(key, sodium.base64_variants.ORIGINAL);

export function buildManifest(
  sodium: Sodium,
  db: ReadableDB,
  identity: VaultIdentity,
  recipients: readonly TeamMemberRow[],
  contents: BundleContents,
  options: {
    createdAt: string;
    everything: boolean;
    sequence: number;
    acknowledges: BundleAcknowledgement[];
    withdrawals: BundleWithdrawal[];
    collaborationId: string | null;
  },
): BundleManifest {
  return {
    format: 'cre-bundle',
    version: BUNDLE_FORMAT_VERSION,
    bundleId: randomUUID(),
    kind: 'sync',
    createdAt: options.createdAt,
    sequence: options.sequence,
    sender: { vaultId: identity.vaultId, signingKey: keyText(sodium, identity.signingPublicKey), encryptionKey: keyText(sodium, identity.encryptionPublicKey) },
    recipients: recipients.map((r) => ({ signingKey: keyText(sodium, r.signingKey), encryptionKey: keyText(sodium, r.encryptionKey) })),
    contents,
    sync: {
      knows: knownVersionVector(db),
      everything: options.everything,
      acknowledges: options.acknowledges,
      withdrawals: options.withdrawals,
      collaborationId: options.collaborationId,
    },
  };
}

/** The cursor to keep for a recipient once the bundle is written: everything this vault holds now has been considered. */
export function cursorAfterExport(db: ReadableDB, scope: SyncScope, previous: VersionVector): VersionVector {
  // One peer's cursor serves every collaboration sent to it: it stays, and each collaboration bundle carries the whole
  // collaboration (a few dozen rows), so a second collaboration's older rows are never skipped.
  if (scope.kind === 'collaboration') return previous;
  const now = currentVersionVector(db);
  if (scope.kind === 'own') {
    const own = now[scope.selfVaultId];
    return own && (!previous[scope.selfVaultId] || previous[scope.selfVaultId]! < own) ? { ...previous, [scope.selfVaultId]: own } : previous;
  }
  const next: VersionVector = { ...previous };
  for (const [origin, hlc] of Object.entries(now)) if (!next[origin] || next[origin]! < hlc) next[origin] = hlc;
  return next;
}
