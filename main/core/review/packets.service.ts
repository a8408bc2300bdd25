// The secretariat's review packets (docs/advisory-committee.md): one per member, composed from a selection, previewed
// exactly as it will travel, recorded, then written as a bundle sealed to its member alone and signed; the list, a
// packet's page with what its return brought, discarding a packet never written, and importing returns.
import { randomUUID } from 'node:crypto';
import { BUNDLE_FORMAT_VERSION, type PacketManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import { packetComposeSchema, type PacketCompose, type PacketPreview, type PacketSaved, type ReturnImportReport } from '../../../common/review/review.schema.js';
import { isReviewerRole } from '../../../common/team/team.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import { deleteUnsentPacket, getPacket, insertPacket, listPackets, markPacketSent, type StoredPacket } from '../../../db/review-packets.repo.js';
import { takeNextSequence } from '../../../db/sync.repo.js';
import { getTeamMember, listTeamMembers, readIdentity, recordBundleExchange, type TeamMemberRow } from '../../../db/team.repo.js';
import { catalogText } from '../catalog-message.js';
import type { Sodium } from '../crypto/sodium.js';
import { buildPacket, planOfStored, plaintextEstimate, previewOf, type PacketPlan } from './packet-content.js';
import { packetDetail, packetSummary } from './packet-views.js';
import { importReturnFile } from './return-import.js';
import { reviewContents, writeReviewBundle } from './review-bundle.js';
import type { ReviewDeps, ReviewPacketsService } from './review-services.js';

const DAY_MS = 86_400_000;

const keyText = (sodium: Sodium, key: Uint8Array) => sodium.to_base64(key, sodium.base64_variants.ORIGINAL);

/** A member a packet may go to: a reviewer (committee or working group) whose card was verified. */
function reviewerMember(db: ReadableDB, id: string): TeamMemberRow {
  const member = getTeamMember(db, id);
  if (!member) throw new CreFailure('not_found', 'That team member was not found.');
  if (!isReviewerRole(member.role)) {
    throw new CreFailure('invalid_input', 'Packets go to Advisory Committee members and working-group reviewers only.', { reason: 'not_reviewer' });
  }
  if (!member.verified) throw new CreFailure('invalid_input', 'Verify a team member before sending them a packet.', { reason: 'unverified_recipient' });
  return member;
}

/** The composition checked against the vault: its recipients, and applications that exist and are not deleted. */
function checkedComposition(db: ReadableDB, input: PacketCompose): { packet: PacketCompose; members: TeamMemberRow[] } {
  const packet = packetComposeSchema.parse(input);
  if (new Set(packet.recipientIds).size !== packet.recipientIds.length) {
    throw new CreFailure('invalid_input', 'A recipient is named twice.', { reason: 'duplicate_recipient' });
  }
  if (new Set(packet.questions.map((q) => q.id)).size !== packet.questions.length) {
    throw new CreFailure('invalid_input', 'Two questions have the same id.', { reason: 'duplicate_question' });
  }
  const members = packet.recipientIds.map((id) => reviewerMember(db, id));
  for (const applicationId of packet.applicationIds) {
    const application = getApplication(db, applicationId);
    if (!application || application.deletedAt !== null) throw new CreFailure('not_found', 'That application was not found.', { applicationId });
  }
  return { packet: { ...packet, applicationIds: [...new Set(packet.applicationIds)], fileIds: [...new Set(packet.fileIds)] }, members };
}

export function createReviewPacketsService(deps: ReviewDeps): ReviewPacketsService {
  const nowIso = () => new Date(deps.platform.now()).toISOString();
  const text = (key: string) => catalogText(deps.language(), 'review', key);
  const filters = () => [{ name: text('dialog.filter'), extensions: ['crebundle'] }];

  function planFor(db: ReadableDB, packet: PacketCompose, member: TeamMemberRow, packetId: string, expiresAt: string): PacketPlan {
    return {
      packetId,
      title: packet.title,
      message: packet.message,
      blind: packet.blind,
      applicationIds: packet.applicationIds,
      fileIds: packet.fileIds,
      period: packet.period,
      includeReport: packet.includeReport,
      questions: packet.questions,
      respondBy: packet.respondBy,
      expiresAt,
      memberVaultId: member.vaultId,
      senderName: readIdentity(db).displayName,
    };
  }

  const expiryOf = (days: number) => new Date(deps.platform.now() + days * DAY_MS).toISOString();

  /** The recorded packet that may still be written: not yet sent, its member still a verified reviewer, not expired. */
  function writablePacket(db: ReadableDB, id: string): { packet: StoredPacket; member: TeamMemberRow } {
    const packet = getPacket(db, id);
    if (!packet) throw new CreFailure('not_found', 'That packet was not found.');
    if (packet.bundleId !== null) {
      throw new CreFailure('illegal_transition', 'This packet was already saved for its member; compose a new one to send again.', { reason: 'already_sent' });
    }
    const member = reviewerMember(db, packet.memberId);
    if (nowIso() >= packet.expiresAt) throw new CreFailure('packet_expired', 'This packet expired before it was saved; compose a new one.');
    return { packet, member };
  }

  async function saveTo(id: string, path: string, token: string): Promise<PacketSaved> {
    return deps.exclusive(async ({ db }) => {
      const { packet, member } = writablePacket(db, id);
      const identity = readIdentity(db);
      const built = buildPacket(db, planOfStored(packet, identity.displayName));
      const sequence = inTransaction(db, () => takeNextSequence(db));
      const createdAt = nowIso();
      const manifest: PacketManifest = {
        format: 'cre-bundle',
        version: BUNDLE_FORMAT_VERSION,
        bundleId: randomUUID(),
        kind: 'review_packet',
        createdAt,
        sequence,
        sender: { vaultId: identity.vaultId, signingKey: keyText(deps.sodium, identity.signingPublicKey), encryptionKey: keyText(deps.sodium, identity.encryptionPublicKey) },
        recipients: [{ signingKey: keyText(deps.sodium, member.signingKey), encryptionKey: keyText(deps.sodium, member.encryptionKey) }],
        contents: reviewContents(built.tables, built.files),
        packet: { packetId: packet.id, expiresAt: packet.expiresAt },
      };
      const total = plaintextEstimate(built);
      deps.progress({ token, phase: 'export', done: 0, total });
      const written = await writeReviewBundle(deps.sodium, {
        path,
        manifest,
        signingSecretKey: identity.signingSecretKey,
        recipientEncryptionKey: member.encryptionKey,
        tables: built.tables,
        files: built.files,
        onProgress: (done) => deps.progress({ token, phase: 'export', done: Math.min(done, total), total }),
      });
      inTransaction(db, () => {
        markPacketSent(db, packet.id, { bundleId: manifest.bundleId, sentAt: createdAt, bytes: written.bytes });
        recordBundleExchange(db, member.id, createdAt);
        appendAuditEvent(db, 'packet_saved', createdAt, { packetId: packet.id, bundleId: manifest.bundleId, memberId: member.id });
      });
      deps.progress({ token, phase: 'export', done: total, total });
      return { saved: true, bundleId: manifest.bundleId, bytes: written.bytes };
    });
  }

  async function importReturnFrom(path: string, token: string): Promise<ReturnImportReport> {
    const report = await deps.exclusive(async ({ db }: { db: WritableDB }) =>
      importReturnFile({
        sodium: deps.sodium,
        db,
        path,
        now: nowIso,
        clock: deps.clock,
        onProgress: (done, total) => deps.progress({ token, phase: 'import', done, total }),
      }),
    );
    deps.onReturnImported?.();
    return report;
  }

  return {
    members() {
      const { db } = deps.openVault();
      return listTeamMembers(db)
        .filter((member) => isReviewerRole(member.role))
        .map((member) => ({ id: member.id, displayName: member.displayName, role: member.role, verified: member.verified }));
    },

    preview(input): PacketPreview[] {
      const { db } = deps.openVault();
      const { packet, members } = checkedComposition(db, input);
      const expiresAt = expiryOf(packet.expiresInDays);
      return members.map((member) => {
        const built = buildPacket(db, planFor(db, packet, member, randomUUID(), expiresAt));
        return previewOf(built, member, packet.questions.length, expiresAt);
      });
    },

    compose(input) {
      const { db } = deps.openVault();
      const { packet, members } = checkedComposition(db, input);
      const createdAt = nowIso();
      const expiresAt = expiryOf(packet.expiresInDays);
      const ids = members.map(() => randomUUID());
      inTransaction(db, () => {
        members.forEach((member, i) => {
          const id = ids[i]!;
          insertPacket(db, {
            id,
            memberId: member.id,
            memberVaultId: member.vaultId,
            title: packet.title,
            message: packet.message,
            blind: packet.blind,
            applicationIds: packet.applicationIds,
            fileIds: packet.fileIds,
            periodFrom: packet.period?.from ?? null,
            periodTo: packet.period?.to ?? null,
            includeReport: packet.includeReport,
            questions: packet.questions,
            respondBy: packet.respondBy,
            expiresAt,
            createdAt,
          });
          appendAuditEvent(db, 'packet_composed', createdAt, { packetId: id, memberId: member.id, applications: packet.applicationIds.length });
        });
      });
      return { ids };
    },

    list(limit) {
      const { db } = deps.openVault();
      const now = nowIso();
      return listPackets(db, limit).map((packet) => packetSummary(db, packet, now));
    },

    get(id) {
      const { db } = deps.openVault();
      const packet = getPacket(db, id);
      if (!packet) throw new CreFailure('not_found', 'That packet was not found.');
      return packetDetail(db, packet, nowIso());
    },

    async save(id, token) {
      // Refuse a packet that cannot be written before any dialog.
      const { db } = deps.openVault();
      writablePacket(db, id);
      const defaultName = `cre-review-${nowIso().slice(0, 10)}-${id.slice(0, 8)}.crebundle`;
      const path = await deps.platform.chooseSaveFile({ title: text('dialog.saveTitle'), defaultName, filters: filters() });
      if (path === null) return { saved: false, bundleId: null, bytes: 0 };
      return saveTo(id, path, token);
    },

    saveTo,

    discard(id) {
      const { db } = deps.openVault();
      inTransaction(db, () => {
        const packet = getPacket(db, id);
        if (!packet) throw new CreFailure('not_found', 'That packet was not found.');
        if (!deleteUnsentPacket(db, id)) throw new CreFailure('illegal_transition', 'A packet saved for its member stays on record.', { reason: 'already_sent' });
        appendAuditEvent(db, 'packet_discarded', nowIso(), { packetId: id });
      });
    },

    async importReturn(token) {
      deps.openVault();
      const path = await deps.platform.chooseOpenFile({ title: text('dialog.importTitle'), filters: filters() });
      return path === null ? null : importReturnFrom(path, token);
    },

    importReturnFrom,
  };
}
