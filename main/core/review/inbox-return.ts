// Writing a member's return: their declarations, scores (only where they declared no conflict), answers and advice,
// nothing else, signed by this vault and sealed to the secretariat member who sent the packet. A packet whose content
// expired can still be returned: the answers are the member's own and stay in the vault after the purge.
import { randomUUID } from 'node:crypto';
import { BUNDLE_FORMAT_VERSION, type ReturnManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReturnAdviceRow, ReturnAnswerRow, ReturnDeclarationRow, ReturnScoresRow } from '../../../common/review/packet-frames.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { markInboxReturned } from '../../../db/inbox.repo.js';
import { takeNextSequence } from '../../../db/sync.repo.js';
import { getTeamMember, readIdentity } from '../../../db/team.repo.js';
import { publicKeyText } from '../bundles/format/bundle-crypto.js';
import type { Sodium } from '../crypto/sodium.js';
import { requireHeldPacket, type HeldPacket, type InboxResponse } from './inbox-content.js';
import { reviewContents, writeReviewBundle } from './review-bundle.js';

export interface ReturnTables {
  return_declarations: ReturnDeclarationRow[];
  return_scores: ReturnScoresRow[];
  return_answers: ReturnAnswerRow[];
  return_advice: ReturnAdviceRow[];
}

/** The four tables of a return, from the member's response as it stands. */
export function returnTables(response: InboxResponse, returnedAt: string): ReturnTables {
  const declared = Object.entries(response.declarations);
  return {
    return_declarations: declared.map(([applicationId, d]) => ({ applicationId, declaration: d.declaration, reason: d.reason, declaredAt: d.declaredAt })),
    return_scores: declared.flatMap(([applicationId, d]) => {
      const draft = response.scores[applicationId];
      return d.declaration === 'none' && draft && draft.scores.length > 0 ? [{ applicationId, scores: draft.scores, scoredAt: draft.scoredAt }] : [];
    }),
    return_answers: response.answers.map((a) => ({ questionId: a.questionId, text: a.text, rating: a.rating })),
    return_advice: [{ advice: response.advice, returnedAt }],
  };
}

/** Refuses before any dialog: a packet not in the inbox, or one already returned. */
export function requireReturnable(db: WritableDB, packetId: string): HeldPacket {
  const held = requireHeldPacket(db, packetId);
  if (held.response.returnedAt !== null) throw new CreFailure('illegal_transition', 'This review was returned already.', { reason: 'returned' });
  return held;
}

export interface WriteReturnOptions {
  sodium: Sodium;
  db: WritableDB;
  packetId: string;
  path: string;
  now: () => number;
  onProgress?: (done: number, total: number) => void;
}

/** Writes the return at `path`, then marks the packet returned and audits it in one transaction. */
export async function writeReturn(options: WriteReturnOptions): Promise<{ saved: true; bundleId: string; bytes: number }> {
  const { sodium, db, packetId } = options;
  const held = requireReturnable(db, packetId);
  const member = getTeamMember(db, held.packet.senderMemberId);
  if (!member) throw new CreFailure('not_found', "The secretariat member who sent this packet is no longer in the team directory.");
  if (!member.verified) throw new CreFailure('invalid_input', 'Verify the secretariat member before returning your review.', { reason: 'unverified_recipient' });
  const createdAt = new Date(options.now()).toISOString();
  const tables = returnTables(held.response, createdAt);
  const identity = readIdentity(db);
  sodium.memzero(identity.encryptionSecretKey);
  try {
    const sequence = inTransaction(db, () => takeNextSequence(db));
    const manifest: ReturnManifest = {
      format: 'cre-bundle',
      version: BUNDLE_FORMAT_VERSION,
      bundleId: randomUUID(),
      kind: 'review_return',
      createdAt,
      sequence,
      sender: { vaultId: identity.vaultId, signingKey: publicKeyText(sodium, identity.signingPublicKey), encryptionKey: publicKeyText(sodium, identity.encryptionPublicKey) },
      recipients: [{ signingKey: publicKeyText(sodium, member.signingKey), encryptionKey: publicKeyText(sodium, member.encryptionKey) }],
      contents: reviewContents({ ...tables }, []),
      review: { packetId, packetBundleId: held.packet.bundleId },
    };
    const total = Buffer.byteLength(JSON.stringify(tables)) + 1;
    options.onProgress?.(0, total);
    const written = await writeReviewBundle(sodium, {
      path: options.path,
      manifest,
      signingSecretKey: identity.signingSecretKey,
      recipientEncryptionKey: member.encryptionKey,
      tables: { ...tables },
      files: [],
      onProgress: (done) => options.onProgress?.(Math.min(done, total), total),
    });
    inTransaction(db, () => {
      markInboxReturned(db, packetId, manifest.bundleId, createdAt);
      appendAuditEvent(db, 'review_returned', createdAt, {
        packetId,
        bundleId: manifest.bundleId,
        declarations: tables.return_declarations.length,
        scores: tables.return_scores.length,
        answers: tables.return_answers.length,
      });
    });
    options.onProgress?.(total, total);
    return { saved: true, bundleId: manifest.bundleId, bytes: written.bytes };
  } finally {
    sodium.memzero(identity.signingSecretKey);
  }
}
