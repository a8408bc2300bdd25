// Opening a review packet into a reviewer's inbox: the sender admitted from the team directory, the signature verified,
// the rows checked to make one coherent packet, then everything written in one transaction. A refusal writes nothing.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { PacketManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import { ATTACHMENT_CHUNK_BYTES } from '../../../common/resources/resource.schema.js';
import type {
  PacketApplicationRow,
  PacketCallRow,
  PacketConsultationRow,
  PacketFileRow,
  PacketInfoRow,
  PacketReportRow,
  packetQuestionRowSchema,
} from '../../../common/review/packet-frames.schema.js';
import type { InboxImportReport } from '../../../common/review/inbox.schema.js';
import { isReviewerRole } from '../../../common/team/team.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { inboxHolds, insertInboxFile, insertInboxPacket } from '../../../db/inbox.repo.js';
import { findTeamMemberBySigningKey, readIdentity, type TeamMemberRow } from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';
import type { PacketContent } from './inbox-content.js';
import { readReviewBundle, type ReadReview } from './review-bundle.js';

type QuestionRow = z.infer<typeof packetQuestionRowSchema>;

export interface ImportPacketOptions {
  sodium: Sodium;
  db: WritableDB;
  path: string;
  /** The vault's clock, in ms. */
  now: () => number;
  onProgress?: (done: number, total: number) => void;
}

/** A vault of the network (secretariat, facilitator) has no inbox: it refuses packets before reading the file. */
export function refuseUnlessReviewer(db: WritableDB): void {
  const { role } = readIdentity(db);
  if (!isReviewerRole(role)) {
    throw new CreFailure('invalid_input', "Review packets are opened in a reviewer's vault.", { reason: 'not_reviewer' });
  }
}

/** Steps 10–12 for a packet: a verified coordinator of the directory, a packet not seen before, not expired yet. */
function admitPacket(sodium: Sodium, db: WritableDB, manifest: PacketManifest, now: number): TeamMemberRow {
  const member = findTeamMemberBySigningKey(db, sodium.from_base64(manifest.sender.signingKey, sodium.base64_variants.ORIGINAL));
  if (!member || member.vaultId !== manifest.sender.vaultId) {
    throw new CreFailure('unknown_sender', 'The packet was signed by a key that is not in the team directory.');
  }
  if (!member.verified) throw new CreFailure('unverified_sender', 'The packet comes from a team member who is not verified.', { name: member.displayName });
  if (member.role !== 'coordinator') throw new CreFailure('unknown_sender', 'Review packets come from the secretariat only.', { reason: 'not_coordinator' });
  if (inboxHolds(db, manifest.packet.packetId, manifest.bundleId)) throw new CreFailure('replayed', 'This packet is already in the inbox.');
  if (Date.parse(manifest.packet.expiresAt) <= now) throw new CreFailure('packet_expired', 'This packet expired before it was opened.', { packetId: manifest.packet.packetId });
  return member;
}

function incoherent(why: string): CreFailure {
  return new CreFailure('bad_payload', `The packet's content does not hold together (${why}).`);
}

function unique(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw incoherent(`two ${what} share an id`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The rows of a verified packet as one packet, or bad_payload: one cover naming it, calls for every application, whole files. */
export function coherentPacket(read: ReadReview<PacketManifest>): { content: PacketContent; bytes: Map<string, Uint8Array> } {
  const rows = <T>(table: string) => (read.tables[table] ?? []) as T[];
  const infos = rows<PacketInfoRow>('packet_info');
  const info = infos[0];
  if (infos.length !== 1 || !info || info.packetId !== read.manifest.packet.packetId) throw incoherent('its cover is not the one its manifest names');
  if (Date.parse(info.expiresAt) !== Date.parse(read.manifest.packet.expiresAt)) throw incoherent('two expiry dates');
  const calls = rows<PacketCallRow>('packet_calls');
  const applications = rows<PacketApplicationRow>('packet_applications');
  const reports = rows<PacketReportRow>('packet_report');
  const consultations = rows<PacketConsultationRow>('packet_consultations');
  const questions = rows<QuestionRow>('packet_questions');
  const files = rows<PacketFileRow>('packet_files');
  unique(calls.map((c) => c.id), 'calls');
  unique(applications.map((a) => a.id), 'applications');
  unique(consultations.map((c) => c.id), 'consultations');
  unique(questions.map((q) => q.id), 'questions');
  unique(files.map((f) => f.id), 'files');
  if (reports.length > 1) throw incoherent('two monitoring reports');
  const callIds = new Set(calls.map((c) => c.id));
  const applicationIds = new Set(applications.map((a) => a.id));
  const fileIds = new Set(files.map((f) => f.id));
  for (const application of applications) {
    if (!callIds.has(application.callId)) throw incoherent('an application without its call');
    if (!application.fileIds.every((id) => fileIds.has(id))) throw incoherent('an application names a file the packet lacks');
  }
  const bytes = new Map<string, Uint8Array>();
  for (const file of files) {
    if (file.applicationId !== null && !applicationIds.has(file.applicationId)) throw incoherent('a file of an application the packet lacks');
    const content = read.files.get(file.id) ?? (file.size === 0 ? new Uint8Array(0) : undefined);
    if (!content || content.byteLength !== file.size || sha256(content) !== file.sha256) throw incoherent('a file does not match its size and hash');
    bytes.set(file.id, content);
  }
  for (const id of read.files.keys()) if (!fileIds.has(id)) throw incoherent('bytes of a file the packet does not list');
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  return {
    content: {
      info,
      calls,
      applications,
      report: reports[0] ?? null,
      consultations,
      questions: ordered.map(({ position: _position, ...question }) => question),
      files,
    },
    bytes,
  };
}

/** Reads, checks and keeps the packet at `path` in one transaction, audited; refusals (CreFailure) write nothing. */
export async function importPacket(options: ImportPacketOptions): Promise<InboxImportReport> {
  const { sodium, db } = options;
  refuseUnlessReviewer(db);
  const keys = readIdentity(db);
  // The signing secret key is not needed to read; zero it at once. Never log the other: key material.
  sodium.memzero(keys.signingSecretKey);
  try {
    let sender: TeamMemberRow | null = null;
    const read = await readReviewBundle(sodium, 'review_packet', {
      path: options.path,
      me: { encryptionPublicKey: keys.encryptionPublicKey, encryptionSecretKey: keys.encryptionSecretKey, signingPublicKey: keys.signingPublicKey },
      admit: (manifest) => {
        if (manifest.kind !== 'review_packet') throw new CreFailure('wrong_kind', 'This file is not a review packet.', { kind: manifest.kind });
        sender = admitPacket(sodium, db, manifest, options.now());
      },
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const from = sender as TeamMemberRow | null;
    if (!from) throw new CreFailure('internal', 'The packet was read without its sender admitted.');
    const { content, bytes } = coherentPacket(read);
    const { manifest } = read;
    const at = new Date(options.now()).toISOString();
    inTransaction(db, () => {
      insertInboxPacket(db, {
        packetId: manifest.packet.packetId,
        bundleId: manifest.bundleId,
        senderMemberId: from.id,
        senderName: from.displayName,
        title: content.info.title,
        receivedAt: at,
        respondBy: content.info.respondBy,
        expiresAt: new Date(manifest.packet.expiresAt).toISOString(),
        content: JSON.stringify(content),
      });
      for (const file of content.files) {
        const { id, applicationId, name, mediaType, size, sha256: hash } = file;
        insertInboxFile(db, { packetId: manifest.packet.packetId, fileId: id, applicationId, name, mediaType, size, sha256: hash }, bytes.get(id) ?? new Uint8Array(0), ATTACHMENT_CHUNK_BYTES);
      }
      appendAuditEvent(db, 'packet_received', at, {
        packetId: manifest.packet.packetId,
        bundleId: manifest.bundleId,
        memberId: from.id,
        applications: content.applications.length,
        files: content.files.length,
      });
    });
    return {
      packetId: manifest.packet.packetId,
      title: content.info.title,
      senderName: from.displayName,
      applications: content.applications.length,
      questions: content.questions.length,
      files: content.files.length,
      expiresAt: new Date(manifest.packet.expiresAt).toISOString(),
    };
  } finally {
    sodium.memzero(keys.encryptionSecretKey);
  }
}
