// Importing a bundle in two passes over the file: the first verifies everything (signature, rows, attachments) and
// writes nothing; only then the second reads it again and applies it in one transaction, committed once the second
// pass verified the signature again and read exactly what the first one did. A refusal is counted in the history.
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ImportReport } from '../../../common/bundles/bundle-views.schema.js';
import type { BundleManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure } from '../../../common/contract/errors.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { addBundleHistory, knownVersionVector, noteReceived } from '../../../db/sync.repo.js';
import { takeAcknowledgement } from '../../../db/sync-acks.js';
import { checkpointVaultDatabase } from '../../../db/connection.js';
import { recordBundleRefusal } from '../../../db/sync-refusals.js';
import { inHeldTransaction } from '../../../db/sync-transaction.js';
import { readIdentity, recordBundleExchange } from '../../../db/team.repo.js';
import { isReviewerRole } from '../../../common/team/team.schema.js';
import { readBundle, type BundleRecipientKeys } from '../bundles/format/bundle-reader.js';
import type { Sodium } from '../crypto/sodium.js';
import { createRowApplier } from './import-apply.js';
import { admitSender, asBundleFailure, asSyncManifest, fileChanged } from './import-checks.js';
import { verifyBundle, type VerifiedBundle } from './import-verify.js';
import { applyWithdrawals, takeWithdrawalAcknowledgement } from './withdrawals.js';

export interface ImportOptions {
  sodium: Sodium;
  db: WritableDB;
  path: string;
  now: () => string;
  /** One bar over both passes: `done` of `total` (the file's size). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The first pass's share of the progress bar. It reads at the format's own speed, the second at the vault's write speed:
 * on the bundles bench (1 GiB of attachments, 10k records) the first took about a sixth of the import (4.6 of 26 s).
 */
export const VERIFY_SHARE = 1 / 6;

/** Failures that say nothing about the file: they are not counted as refusals. */
const NOT_REFUSALS = new Set(['io', 'locked', 'internal']);

/** Which file this is and whether it was written to: any change between the passes shows in one of these. */
function fileIdentity(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':');
  } catch {
    throw new CreFailure('io', 'The bundle file could not be read.');
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The second pass: the same file applied in one transaction, committed only if it read what the first pass verified. */
async function applyVerified(options: ImportOptions, me: BundleRecipientKeys & { vaultId: string }, verified: VerifiedBundle, identity: string): Promise<ImportReport> {
  const { sodium, db } = options;
  const share = (bytesRead: number, total: number) => options.onProgress?.(Math.floor(total * VERIFY_SHARE + bytesRead * (1 - VERIFY_SHARE)), total);
  return inHeldTransaction(db, async () => {
    const applier = createRowApplier(db, knownVersionVector(db), options.now);
    const read = await readBundle(sodium, {
      path: options.path,
      me,
      admitSender: (manifest: BundleManifest) => {
        // A different manifest means a different file: refused before a row is written.
        if (!isDeepStrictEqual(manifest, verified.manifest)) throw fileChanged();
        admitSender(sodium, db, manifest);
        applier.begin(asSyncManifest(manifest));
      },
      onRecords: (table, rows) => {
        try {
          applier.records(table, rows);
        } catch (error) {
          throw asBundleFailure(error);
        }
      },
      onAttachmentChunk: (id, position, bytes) => applier.attachmentChunk(id, position, bytes),
      onProgress: share,
    });
    const outcome = applier.finish();
    // The signature verified again above; the content must also be the one the first pass verified.
    if (outcome.digest !== verified.digest || read.bytes !== verified.bytes || fileIdentity(options.path) !== identity) throw fileChanged();
    const manifest = asSyncManifest(read.manifest);
    const from = verified.sender;
    const at = options.now();
    const withdrawn = applyWithdrawals(db, manifest, from, at);
    // The sender acknowledges what it imported from this vault: its cursor moves, and what it covered stops waiting.
    const acknowledged = manifest.sync.acknowledges.find((a) => a.vaultId === me.vaultId);
    if (acknowledged && acknowledged.sequence > 0) {
      takeAcknowledgement(db, from.vaultId, acknowledged.sequence, at);
      takeWithdrawalAcknowledgement(db, from.vaultId, acknowledged.sequence);
    }
    noteReceived(db, from.vaultId, manifest.sequence, manifest.bundleId);
    recordBundleExchange(db, from.id, at);
    addBundleHistory(db, {
      bundleId: manifest.bundleId, direction: 'received', peers: [from.displayName], at, sequence: manifest.sequence,
      contents: manifest.contents, outcome: 'imported', bytes: read.bytes, conflicts: outcome.conflicts,
    });
    appendAuditEvent(db, 'bundle_imported', at, { bundleId: manifest.bundleId, memberId: from.id, conflicts: outcome.conflicts, withdrawn });
    return {
      bundleId: manifest.bundleId,
      sender: { memberId: from.id, displayName: from.displayName },
      createdAt: manifest.createdAt,
      sequence: manifest.sequence,
      contents: manifest.contents,
      applied: outcome.applied,
      conflicts: outcome.conflicts,
      bytes: read.bytes,
      withdrawn,
    };
  });
}

/**
 * Imports the bundle at `path`, or refuses it with a CreFailure of the format's codes (`io` when the file could not be
 * read or changed meanwhile). A refusal is counted in the history by day, the sender the manifest claims, and code.
 */
export async function importBundle(options: ImportOptions): Promise<ImportReport> {
  const { sodium, db } = options;
  const keys = readIdentity(db);
  if (isReviewerRole(keys.role)) {
    sodium.memzero(keys.signingSecretKey);
    sodium.memzero(keys.encryptionSecretKey);
    throw new CreFailure('reviewer_only', "A reviewer's vault receives review packets only, never the network's records.");
  }
  // The signing secret key is not needed to read; zero it at once. Never log the other: key material.
  sodium.memzero(keys.signingSecretKey);
  const me = {
    vaultId: keys.vaultId,
    role: keys.role,
    region: keys.region,
    encryptionPublicKey: keys.encryptionPublicKey,
    encryptionSecretKey: keys.encryptionSecretKey,
    signingPublicKey: keys.signingPublicKey,
  };
  let claim: string | null = null;
  try {
    const identity = fileIdentity(options.path);
    const verified = await verifyBundle({
      sodium,
      db,
      path: options.path,
      me,
      onClaim: (senderVaultId) => {
        claim = senderVaultId;
      },
      onProgress: (bytesRead, total) => options.onProgress?.(Math.floor(bytesRead * VERIFY_SHARE), total),
    });
    if (fileIdentity(options.path) !== identity) throw fileChanged();
    const report = await applyVerified(options, me, verified, identity);
    // A purge's freed pages were zeroed (secure_delete); no older copy of them may stay in the WAL either.
    if (report.withdrawn > 0) checkpointVaultDatabase(db);
    return report;
  } catch (caught) {
    const error = asBundleFailure(caught);
    if (isCreFailure(error) && !NOT_REFUSALS.has(error.code)) {
      try {
        recordBundleRefusal(db, { code: error.code, claim, at: options.now(), bytes: sizeOf(options.path) });
      } catch {
        // The refusal is what the person must hear about; a history that could not count it (a full disk) changes nothing.
      }
    }
    throw error;
  } finally {
    sodium.memzero(keys.encryptionSecretKey);
  }
}
