// Everything one member's packet holds, built from the vault at the moment it is previewed or written: the rows of each
// packet table, the files that travel (their bytes read only when the frames are written), and what stays, and why.
import type { PacketInfoRow, PacketQuestion, PacketTable } from '../../../common/review/packet-frames.schema.js';
import type { PacketPreview, WithheldItem } from '../../../common/review/review.schema.js';
import { iterateChunks } from '../../../db/attachments.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import type { StoredPacket } from '../../../db/review-packets.repo.js';
import { packetApplications } from './packet-applications.js';
import { consultationRows, reportRow, type Period } from './packet-report.js';
import { createWithheld } from './packet-withheld.js';
import { reviewContents, type OutgoingFile } from './review-bundle.js';

/** What one member's packet is made of: a composition not yet recorded (preview) or a recorded packet (saving). */
export interface PacketPlan {
  packetId: string;
  title: string;
  message: string;
  blind: boolean;
  applicationIds: readonly string[];
  fileIds: readonly string[];
  period: Period | null;
  includeReport: boolean;
  questions: readonly PacketQuestion[];
  respondBy: string | null;
  expiresAt: string;
  memberVaultId: string;
  senderName: string;
}

export type PacketTables = Partial<Record<PacketTable, Record<string, unknown>[]>>;

export interface BuiltPacket {
  tables: PacketTables;
  /** The files that travel, their bytes read from the vault's chunks as the frames are written. */
  files: OutgoingFile[];
  withheld: WithheldItem[];
  shown: PacketPreview['applications'];
  collaborations: number;
  consultations: number;
}

export function planOfStored(packet: StoredPacket, senderName: string): PacketPlan {
  return {
    packetId: packet.id,
    title: packet.title,
    message: packet.message,
    blind: packet.blind,
    applicationIds: packet.applicationIds,
    fileIds: packet.fileIds,
    period: packet.periodFrom !== null && packet.periodTo !== null ? { from: packet.periodFrom, to: packet.periodTo } : null,
    includeReport: packet.includeReport,
    questions: packet.questions as PacketQuestion[],
    respondBy: packet.respondBy,
    expiresAt: packet.expiresAt,
    memberVaultId: packet.memberVaultId,
    senderName,
  };
}

/** The attachment's bytes in stored order; read only while the frames are written, with the vault held by the writer. */
function* chunksOf(db: ReadableDB, attachmentId: string): Generator<Uint8Array> {
  for (const chunk of iterateChunks(db, attachmentId)) yield chunk.data;
}

export function buildPacket(db: ReadableDB, plan: PacketPlan): BuiltPacket {
  const withheld = createWithheld();
  const chosen = packetApplications(db, plan, withheld);
  const hidden = plan.blind ? chosen.applicantCommunityIds : new Set<string>();
  const info: PacketInfoRow = {
    packetId: plan.packetId,
    title: plan.title,
    message: plan.message,
    respondBy: plan.respondBy,
    expiresAt: plan.expiresAt,
    blind: plan.blind,
    period: plan.period,
    senderName: plan.senderName.slice(0, 100),
  };
  const tables: PacketTables = { packet_info: [info] };
  if (chosen.calls.length > 0) tables.packet_calls = chosen.calls;
  if (chosen.applications.length > 0) tables.packet_applications = chosen.applications;
  let collaborations = 0;
  let consultations = 0;
  if (plan.period) {
    if (plan.includeReport) {
      const report = reportRow(db, plan.period, hidden, withheld);
      collaborations = report.collaborations.length;
      tables.packet_report = [report];
    }
    const rounds = consultationRows(db, plan.period, hidden, withheld);
    consultations = rounds.length;
    if (rounds.length > 0) tables.packet_consultations = rounds;
  }
  if (plan.questions.length > 0) tables.packet_questions = plan.questions.map((question, position) => ({ ...question, position }));
  if (chosen.files.length > 0) tables.packet_files = chosen.files;
  const files: OutgoingFile[] = chosen.files.map((file) => ({ id: file.id, size: file.size, pieces: () => chunksOf(db, file.id) }));
  return { tables, files, withheld: withheld.list(), shown: chosen.shown, collaborations, consultations };
}

/** The preview of a built packet for its member. */
export function previewOf(built: BuiltPacket, member: { id: string; displayName: string }, questions: number, expiresAt: string): PacketPreview {
  const contents = reviewContents(built.tables, built.files);
  return {
    memberId: member.id,
    memberName: member.displayName,
    applications: built.shown,
    collaborations: built.collaborations,
    consultations: built.consultations,
    questions,
    files: { count: contents.attachments.count, bytes: contents.attachments.bytes },
    contents,
    withheld: built.withheld,
    expiresAt,
  };
}

/** About how many plaintext bytes the frames of the built packet take: the total of the export's progress bar. */
export function plaintextEstimate(built: BuiltPacket): number {
  let bytes = 0;
  for (const rows of Object.values(built.tables)) bytes += Buffer.byteLength(JSON.stringify(rows));
  for (const file of built.files) bytes += file.size;
  return Math.max(1, bytes);
}
