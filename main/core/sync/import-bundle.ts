// Importing a bundle: one transaction open while the file is read, the sender admitted from the team directory, rows
// applied as they come, and a commit only after the signature verified; anything else rolls back every row.
import type { BundleManifest } from '../../../common/bundles/manifest.schema.js';
import type { ImportReport } from '../../../common/bundles/bundle-views.schema.js';
import { CreFailure, isCreFailure } from '../../../common/contract/errors.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { addBundleHistory, knownVersionVector, lastReceivedSequence, noteReceived, wasImported } from '../../../db/sync.repo.js';
import { findTeamMemberBySigningKey, readIdentity, recordBundleExchange, type TeamMemberRow } from '../../../db/team.repo.js';
import { readBundle } from '../bundles/format/bundle-reader.js';
import type { Sodium } from '../crypto/sodium.js';
import { createRowApplier } from './import-apply.js';

export interface ImportOptions {
  sodium: Sodium;
  db: WritableDB;
  path: string;
  now: () => string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Steps 10–12 of the format: a verified contact of the directory, and a bundle newer than any imported from it. */
function admit(sodium: Sodium, db: WritableDB, manifest: BundleManifest): TeamMemberRow {
  const signingKey = sodium.from_base64(manifest.sender.signingKey, sodium.base64_variants.ORIGINAL);
  const member = findTeamMemberBySigningKey(db, signingKey);
  if (!member || member.vaultId !== manifest.sender.vaultId) {
    throw new CreFailure('unknown_sender', 'The bundle was signed by a key that is not in the team directory.');
  }
  if (!member.verified) throw new CreFailure('unverified_sender', 'The bundle comes from a team member who is not verified.', { name: member.displayName });
  if (wasImported(db, manifest.bundleId)) throw new CreFailure('replayed', 'This bundle was imported before.');
  if (manifest.sequence <= lastReceivedSequence(db, member.vaultId)) {
    throw new CreFailure('replayed', 'A newer bundle from the same sender was imported before.');
  }
  return member;
}

/** A database refusal while applying (a record pointing at one this vault lacks) is the bundle's fault, not a crash. */
function asBundleFailure(error: unknown): unknown {
  if (isCreFailure(error)) return error;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
    return new CreFailure('bad_payload', 'A record in the bundle refers to one this vault does not have.', { reason: 'missing_record' });
  }
  return error;
}

export async function importBundle(options: ImportOptions): Promise<ImportReport> {
  const { sodium, db } = options;
  const identity = readIdentity(db);
  const me = { encryptionPublicKey: identity.encryptionPublicKey, encryptionSecretKey: identity.encryptionSecretKey, signingPublicKey: identity.signingPublicKey };
  const applier = createRowApplier(db, knownVersionVector(db), options.now);
  let sender: TeamMemberRow | null = null;
  db.exec('BEGIN IMMEDIATE');
  try {
    const read = await readBundle(sodium, {
      path: options.path,
      me,
      admitSender: (manifest) => {
        sender = admit(sodium, db, manifest);
        applier.begin(manifest);
      },
      onRecords: (table, rows) => {
        try {
          applier.records(table, rows);
        } catch (error) {
          throw asBundleFailure(error);
        }
      },
      onAttachmentChunk: (id, position, bytes) => applier.attachmentChunk(id, position, bytes),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const outcome = applier.finish();
    const from = sender as TeamMemberRow | null;
    if (!from) throw new CreFailure('internal', 'The sender was not admitted.');
    const { manifest } = read;
    const at = options.now();
    noteReceived(db, from.vaultId, manifest.sequence, manifest.bundleId);
    recordBundleExchange(db, from.id, at);
    addBundleHistory(db, {
      bundleId: manifest.bundleId, direction: 'received', peers: [from.displayName], at, sequence: manifest.sequence,
      contents: manifest.contents, outcome: 'imported', bytes: read.bytes, conflicts: outcome.conflicts,
    });
    appendAuditEvent(db, 'bundle_imported', at, { bundleId: manifest.bundleId, memberId: from.id, conflicts: outcome.conflicts });
    db.exec('COMMIT');
    return {
      bundleId: manifest.bundleId,
      sender: { memberId: from.id, displayName: from.displayName },
      createdAt: manifest.createdAt,
      sequence: manifest.sequence,
      contents: manifest.contents,
      applied: outcome.applied,
      conflicts: outcome.conflicts,
      bytes: read.bytes,
    };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw asBundleFailure(error);
  }
}

/** A refused file is remembered in the history (its code only: the file told nothing trustworthy). */
export function recordRefusal(db: WritableDB, code: string, at: string, bytes: number): void {
  db.transaction(() => {
    addBundleHistory(db, { bundleId: null, direction: 'received', peers: [], at, sequence: null, contents: null, outcome: code, bytes, conflicts: 0 });
    appendAuditEvent(db, 'bundle_refused', at, { code });
  })();
}
