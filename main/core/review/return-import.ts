// Importing a member's signed return at the secretariat: admitted from the packet it answers and the member who signed
// it, checked against that packet once the signature verified, then written in one transaction: the declarations and
// scores on the applications' reviews (advisory unless the member is an outside working-group reviewer of the call),
// the answers and advice kept with the packet, and an audit entry. A refusal writes nothing.
import { v7 as uuidv7 } from 'uuid';
import type { ReturnManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReviewKind } from '../../../common/grants/review.schema.js';
import type { ReturnImportReport } from '../../../common/review/review.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import type { StoredCall, StoredReview } from '../../../db/grant-records.js';
import { insertReview, listReviewsOfReviewerOn, updateReview, type ReviewRecord } from '../../../db/grant-reviews.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { insertReturn } from '../../../db/review-packets.repo.js';
import { readIdentity, recordBundleExchange, type TeamMemberRow } from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';
import { asBundleFailure } from '../sync/import-checks.js';
import { createVaultClock, type VaultClock } from '../sync/vault-clock.js';
import { readReviewBundle } from './review-bundle.js';
import { admitReturn, checkReturn, refuseReplayInTransaction, type AdmittedReturn, type CheckedReturn, type DeclaredApplication } from './return-checks.js';

export interface ReturnImportOptions {
  sodium: Sodium;
  db: WritableDB;
  path: string;
  /** The instant of the import, ISO 8601. */
  now: () => string;
  /** The vault's shared clock for the review rows' stamps; one started from `now` when absent. */
  clock?: VaultClock;
  onProgress?: (done: number, total: number) => void;
}

/** Working group only for an outside working-group reviewer whom the call lists in its working group; advisory otherwise. */
export function returnedReviewKind(member: Pick<TeamMemberRow, 'role' | 'vaultId'>, call: Pick<StoredCall, 'fields'>): ReviewKind {
  return member.role === 'working_group' && call.fields.workingGroup.some((m) => m.vaultId === member.vaultId) ? 'working_group' : 'advisory';
}

/** The member's review of the application as the return leaves it: their live row updated, or a new one. */
function writeReview(db: WritableDB, member: TeamMemberRow, declared: DeclaredApplication, theirs: readonly StoredReview[], stamp: SyncStamp): void {
  const kind = returnedReviewKind(member, declared.call);
  const existing = theirs.find((review) => review.kind === kind) ?? theirs[0];
  // A conflict already recorded stays as it was declared first.
  if (existing?.declaration === 'conflict') return;
  const conflict = declared.declaration.declaration === 'conflict';
  const scores = conflict ? [] : (declared.scores?.scores ?? existing?.scores ?? []);
  const submittedAt = conflict ? null : (declared.scores?.scoredAt ?? existing?.submittedAt ?? null);
  const record: ReviewRecord = {
    id: existing?.id ?? uuidv7(),
    applicationId: declared.applicationId,
    kind,
    reviewerVaultId: member.vaultId,
    reviewerName: member.displayName,
    declaration: declared.declaration.declaration,
    conflictReason: conflict ? declared.declaration.reason : '',
    declaredAt: declared.declaration.declaredAt,
    scores,
    advice: existing?.advice ?? '',
    submittedAt,
  };
  if (existing) updateReview(db, record, stamp);
  else insertReview(db, record, stamp);
}

function applyReturn(db: WritableDB, manifest: ReturnManifest, admitted: AdmittedReturn, checked: CheckedReturn, bytes: number, stamp: SyncStamp, receivedAt: string): ReturnImportReport {
  const { packet, member } = admitted;
  const { rows, applications } = checked;
  refuseReplayInTransaction(db, packet.id, manifest.bundleId);
  const live = new Map<string, StoredReview[]>();
  for (const review of listReviewsOfReviewerOn(db, member.vaultId, applications.map((declared) => declared.applicationId))) {
    if (review.deletedAt === null) live.set(review.applicationId, [...(live.get(review.applicationId) ?? []), review]);
  }
  for (const declared of applications) writeReview(db, member, declared, live.get(declared.applicationId) ?? [], stamp);
  insertReturn(db, {
    packetId: packet.id,
    bundleId: manifest.bundleId,
    memberId: member.id,
    receivedAt,
    returnedAt: rows.advice.returnedAt,
    declarations: rows.declarations,
    answers: rows.answers,
    advice: rows.advice.advice,
    bytes,
  });
  recordBundleExchange(db, member.id, receivedAt);
  const conflicts = rows.declarations.filter((row) => row.declaration === 'conflict').length;
  appendAuditEvent(db, 'return_imported', receivedAt, { packetId: packet.id, bundleId: manifest.bundleId, memberId: member.id, scores: rows.scores.length, conflicts });
  return {
    packetId: packet.id,
    title: packet.title,
    memberName: member.displayName,
    declarations: rows.declarations.length,
    conflicts,
    scores: rows.scores.length,
    answers: rows.answers.length,
    advice: rows.advice.advice.trim() !== '',
  };
}

/**
 * Imports the return at `path`, or refuses it with a CreFailure of the bundle codes (wrong_kind, unknown_packet,
 * unknown_sender, not_recipient, unverified_sender, replayed, bad_signature, truncated, bad_payload, recused…),
 * having written nothing.
 */
export async function importReturnFile(options: ReturnImportOptions): Promise<ReturnImportReport> {
  const { sodium, db } = options;
  const keys = readIdentity(db);
  // Reading needs no signing secret: zero it at once. Never log the other: key material.
  sodium.memzero(keys.signingSecretKey);
  try {
    const seen: { admitted?: AdmittedReturn } = {};
    const read = await readReviewBundle(sodium, 'review_return', {
      path: options.path,
      me: { encryptionPublicKey: keys.encryptionPublicKey, encryptionSecretKey: keys.encryptionSecretKey, signingPublicKey: keys.signingPublicKey },
      admit: (manifest) => {
        seen.admitted = admitReturn(sodium, db, manifest as ReturnManifest);
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // readReviewBundle resolves only after admit ran and the signature verified.
    const admitted = seen.admitted;
    if (!admitted) throw new CreFailure('internal', 'The return was read without being admitted.');
    const checked = checkReturn(db, admitted, read.tables);
    const receivedAt = options.now();
    const clock = options.clock ?? createVaultClock(() => Date.parse(receivedAt));
    try {
      return inTransaction(db, () => applyReturn(db, read.manifest, admitted, checked, read.bytes, clock.stamp(db, keys.vaultId), receivedAt));
    } catch (error) {
      throw asBundleFailure(error);
    }
  } finally {
    sodium.memzero(keys.encryptionSecretKey);
  }
}
