// The secretariat's review packets (one per member) and the returns imported from them (schema 12).
import type { ReadableDB, WritableDB } from './handles.js';

export interface StoredPacket {
  id: string;
  memberId: string;
  memberVaultId: string;
  title: string;
  message: string;
  blind: boolean;
  applicationIds: string[];
  fileIds: string[];
  periodFrom: string | null;
  periodTo: string | null;
  includeReport: boolean;
  /** JSON of PacketQuestion[]. */
  questions: unknown[];
  respondBy: string | null;
  expiresAt: string;
  createdAt: string;
  bundleId: string | null;
  sentAt: string | null;
  bytes: number | null;
}

interface PacketRow {
  id: string;
  member_id: string;
  member_vault_id: string;
  title: string;
  message: string;
  blind: number;
  application_ids: string;
  file_ids: string;
  period_from: string | null;
  period_to: string | null;
  include_report: number;
  questions: string;
  respond_by: string | null;
  expires_at: string;
  created_at: string;
  bundle_id: string | null;
  sent_at: string | null;
  bytes: number | null;
}

function fromRow(row: PacketRow): StoredPacket {
  return {
    id: row.id,
    memberId: row.member_id,
    memberVaultId: row.member_vault_id,
    title: row.title,
    message: row.message,
    blind: row.blind === 1,
    applicationIds: JSON.parse(row.application_ids) as string[],
    fileIds: JSON.parse(row.file_ids) as string[],
    periodFrom: row.period_from,
    periodTo: row.period_to,
    includeReport: row.include_report === 1,
    questions: JSON.parse(row.questions) as unknown[],
    respondBy: row.respond_by,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    bundleId: row.bundle_id,
    sentAt: row.sent_at,
    bytes: row.bytes,
  };
}

export function insertPacket(db: WritableDB, packet: Omit<StoredPacket, 'bundleId' | 'sentAt' | 'bytes'>): void {
  db.prepare(
    `INSERT INTO review_packets (id, member_id, member_vault_id, title, message, blind, application_ids, file_ids, period_from, period_to,
       include_report, questions, respond_by, expires_at, created_at)
     VALUES (@id, @memberId, @memberVaultId, @title, @message, @blind, @applicationIds, @fileIds, @periodFrom, @periodTo,
       @includeReport, @questions, @respondBy, @expiresAt, @createdAt)`,
  ).run({
    ...packet,
    blind: packet.blind ? 1 : 0,
    includeReport: packet.includeReport ? 1 : 0,
    applicationIds: JSON.stringify(packet.applicationIds),
    fileIds: JSON.stringify(packet.fileIds),
    questions: JSON.stringify(packet.questions),
  });
}

export function getPacket(db: ReadableDB, id: string): StoredPacket | undefined {
  const row = db.prepare('SELECT * FROM review_packets WHERE id = ?').get(id) as PacketRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Newest first. */
export function listPackets(db: ReadableDB, limit: number): StoredPacket[] {
  return (db.prepare('SELECT * FROM review_packets ORDER BY created_at DESC, seq DESC LIMIT ?').all(limit) as PacketRow[]).map(fromRow);
}

/** The packets sent to a member's vault, oldest first. */
export function listPacketsForMember(db: ReadableDB, memberVaultId: string): StoredPacket[] {
  return (db.prepare('SELECT * FROM review_packets WHERE member_vault_id = ? ORDER BY created_at, seq').all(memberVaultId) as PacketRow[]).map(fromRow);
}

export function markPacketSent(db: WritableDB, id: string, sent: { bundleId: string; sentAt: string; bytes: number }): void {
  db.prepare('UPDATE review_packets SET bundle_id = @bundleId, sent_at = @sentAt, bytes = @bytes WHERE id = @id').run({ id, ...sent });
}

/** Only a packet never saved as a file may go; answers whether one did. */
export function deleteUnsentPacket(db: WritableDB, id: string): boolean {
  return db.prepare('DELETE FROM review_packets WHERE id = ? AND bundle_id IS NULL').run(id).changes === 1;
}

export interface StoredReturn {
  packetId: string;
  bundleId: string;
  memberId: string;
  receivedAt: string;
  returnedAt: string;
  /** JSON of ReturnDeclarationRow[]. */
  declarations: unknown[];
  /** JSON of ReturnAnswerRow[]. */
  answers: unknown[];
  advice: string;
  bytes: number;
}

interface ReturnRow {
  packet_id: string;
  bundle_id: string;
  member_id: string;
  received_at: string;
  returned_at: string;
  declarations: string;
  answers: string;
  advice: string;
  bytes: number;
}

function returnFromRow(row: ReturnRow): StoredReturn {
  return {
    packetId: row.packet_id,
    bundleId: row.bundle_id,
    memberId: row.member_id,
    receivedAt: row.received_at,
    returnedAt: row.returned_at,
    declarations: JSON.parse(row.declarations) as unknown[],
    answers: JSON.parse(row.answers) as unknown[],
    advice: row.advice,
    bytes: row.bytes,
  };
}

export function insertReturn(db: WritableDB, stored: StoredReturn): void {
  db.prepare(
    `INSERT INTO review_returns (packet_id, bundle_id, member_id, received_at, returned_at, declarations, answers, advice, bytes)
     VALUES (@packetId, @bundleId, @memberId, @receivedAt, @returnedAt, @declarations, @answers, @advice, @bytes)`,
  ).run({ ...stored, declarations: JSON.stringify(stored.declarations), answers: JSON.stringify(stored.answers) });
}

export function getReturnForPacket(db: ReadableDB, packetId: string): StoredReturn | undefined {
  const row = db.prepare('SELECT * FROM review_returns WHERE packet_id = ?').get(packetId) as ReturnRow | undefined;
  return row ? returnFromRow(row) : undefined;
}

export function returnWithBundle(db: ReadableDB, bundleId: string): boolean {
  return db.prepare('SELECT 1 FROM review_returns WHERE bundle_id = ?').get(bundleId) !== undefined;
}
