// A reviewer's inbox as stored (schema 12): packets received, their files in chunks, the member's own responses, and
// the purge at expiry that drops a packet's content and files while the responses stay.
import { checkpointVaultDatabase } from './connection.js';
import type { ReadableDB, WritableDB } from './handles.js';

export interface NewInboxPacket {
  packetId: string;
  bundleId: string;
  senderMemberId: string;
  senderName: string;
  title: string;
  receivedAt: string;
  respondBy: string | null;
  /** An ISO instant as Date#toISOString writes it, so that it compares as text with other such instants. */
  expiresAt: string;
  /** JSON of the packet's content; null once purged. */
  content: string;
}

export interface StoredInboxPacket extends Omit<NewInboxPacket, 'content'> {
  content: string | null;
  purgedAt: string | null;
}

/** The member's own part: JSON of their declarations, scores and answers, their advice, and the return once written. */
export interface StoredInboxResponse {
  packetId: string;
  declarations: string;
  scores: string;
  answers: string;
  advice: string;
  updatedAt: string;
  returnBundleId: string | null;
  returnedAt: string | null;
}

export interface StoredInboxFile {
  seq: number;
  packetId: string;
  fileId: string;
  applicationId: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

interface PacketRow {
  packet_id: string;
  bundle_id: string;
  sender_member_id: string;
  sender_name: string;
  title: string;
  received_at: string;
  respond_by: string | null;
  expires_at: string;
  content: string | null;
  purged_at: string | null;
}

interface ResponseRow {
  packet_id: string;
  declarations: string;
  scores: string;
  answers: string;
  advice: string;
  updated_at: string;
  return_bundle_id: string | null;
  returned_at: string | null;
}

interface FileRow {
  seq: number;
  packet_id: string;
  file_id: string;
  application_id: string | null;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
}

const PACKET_COLUMNS = 'packet_id, bundle_id, sender_member_id, sender_name, title, received_at, respond_by, expires_at, content, purged_at';

function toPacket(row: PacketRow): StoredInboxPacket {
  return {
    packetId: row.packet_id,
    bundleId: row.bundle_id,
    senderMemberId: row.sender_member_id,
    senderName: row.sender_name,
    title: row.title,
    receivedAt: row.received_at,
    respondBy: row.respond_by,
    expiresAt: row.expires_at,
    content: row.content,
    purgedAt: row.purged_at,
  };
}

function toResponse(row: ResponseRow): StoredInboxResponse {
  return {
    packetId: row.packet_id,
    declarations: row.declarations,
    scores: row.scores,
    answers: row.answers,
    advice: row.advice,
    updatedAt: row.updated_at,
    returnBundleId: row.return_bundle_id,
    returnedAt: row.returned_at,
  };
}

function toFile(row: FileRow): StoredInboxFile {
  return {
    seq: row.seq,
    packetId: row.packet_id,
    fileId: row.file_id,
    applicationId: row.application_id,
    name: row.name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
  };
}

/** The packet and its empty response row; call inside the transaction that writes its files too. */
export function insertInboxPacket(db: WritableDB, packet: NewInboxPacket): void {
  db.prepare(
    `INSERT INTO inbox_packets (packet_id, bundle_id, sender_member_id, sender_name, title, received_at, respond_by, expires_at, content)
     VALUES (@packetId, @bundleId, @senderMemberId, @senderName, @title, @receivedAt, @respondBy, @expiresAt, @content)`,
  ).run(packet);
  db.prepare(
    `INSERT INTO inbox_responses (packet_id, declarations, scores, answers, advice, updated_at)
     VALUES (?, '{}', '{}', '[]', '', ?)`,
  ).run(packet.packetId, packet.receivedAt);
}

/** A file's row, then its bytes in chunks of `chunkBytes`, in order. */
export function insertInboxFile(db: WritableDB, file: Omit<StoredInboxFile, 'seq'>, bytes: Uint8Array, chunkBytes: number): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO inbox_files (packet_id, file_id, application_id, name, media_type, size, sha256)
       VALUES (@packetId, @fileId, @applicationId, @name, @mediaType, @size, @sha256)`,
    )
    .run(file);
  const insert = db.prepare('INSERT INTO inbox_file_chunks (file_seq, position, data) VALUES (?, ?, ?)');
  for (let offset = 0, position = 0; offset < bytes.byteLength; offset += chunkBytes, position += 1) {
    insert.run(lastInsertRowid, position, bytes.subarray(offset, offset + chunkBytes));
  }
}

/** Whether a packet of this id, or from this bundle, is already in the inbox. */
export function inboxHolds(db: ReadableDB, packetId: string, bundleId: string): boolean {
  return db.prepare('SELECT 1 FROM inbox_packets WHERE packet_id = ? OR bundle_id = ?').get(packetId, bundleId) !== undefined;
}

/** Every packet with its response, newest first. */
export function listInboxPackets(db: ReadableDB): { packet: StoredInboxPacket; response: StoredInboxResponse }[] {
  const rows = db
    .prepare(
      `SELECT p.packet_id, p.bundle_id, p.sender_member_id, p.sender_name, p.title, p.received_at, p.respond_by, p.expires_at,
         p.content, p.purged_at, r.declarations, r.scores, r.answers, r.advice, r.updated_at, r.return_bundle_id, r.returned_at
       FROM inbox_packets p JOIN inbox_responses r ON r.packet_id = p.packet_id
       ORDER BY p.received_at DESC, p.seq DESC`,
    )
    .all() as (PacketRow & ResponseRow)[];
  return rows.map((row) => ({ packet: toPacket(row), response: toResponse(row) }));
}

export function getInboxPacket(db: ReadableDB, packetId: string): StoredInboxPacket | null {
  const row = db.prepare(`SELECT ${PACKET_COLUMNS} FROM inbox_packets WHERE packet_id = ?`).get(packetId) as PacketRow | undefined;
  return row ? toPacket(row) : null;
}

export function getInboxResponse(db: ReadableDB, packetId: string): StoredInboxResponse | null {
  const row = db.prepare('SELECT * FROM inbox_responses WHERE packet_id = ?').get(packetId) as ResponseRow | undefined;
  return row ? toResponse(row) : null;
}

/** Saves the member's draft: the JSON fields given replace those stored. */
export function updateInboxResponse(
  db: WritableDB,
  packetId: string,
  change: Partial<Pick<StoredInboxResponse, 'declarations' | 'scores' | 'answers' | 'advice'>>,
  at: string,
): void {
  const current = getInboxResponse(db, packetId);
  if (!current) return;
  db.prepare('UPDATE inbox_responses SET declarations = ?, scores = ?, answers = ?, advice = ?, updated_at = ? WHERE packet_id = ?').run(
    change.declarations ?? current.declarations,
    change.scores ?? current.scores,
    change.answers ?? current.answers,
    change.advice ?? current.advice,
    at,
    packetId,
  );
}

export function markInboxReturned(db: WritableDB, packetId: string, returnBundleId: string, at: string): void {
  db.prepare('UPDATE inbox_responses SET return_bundle_id = ?, returned_at = ?, updated_at = ? WHERE packet_id = ?').run(returnBundleId, at, at, packetId);
}

export function listInboxFiles(db: ReadableDB, packetId: string): StoredInboxFile[] {
  const rows = db.prepare('SELECT * FROM inbox_files WHERE packet_id = ? ORDER BY seq').all(packetId) as FileRow[];
  return rows.map(toFile);
}

export function getInboxFile(db: ReadableDB, packetId: string, fileId: string): StoredInboxFile | null {
  const row = db.prepare('SELECT * FROM inbox_files WHERE packet_id = ? AND file_id = ?').get(packetId, fileId) as FileRow | undefined;
  return row ? toFile(row) : null;
}

/** A file's chunks in order, one at a time. */
export function* iterateInboxFileChunks(db: ReadableDB, fileSeq: number): Generator<{ position: number; data: Uint8Array }> {
  const rows = db.prepare('SELECT position, data FROM inbox_file_chunks WHERE file_seq = ? ORDER BY position').iterate(fileSeq) as Iterable<{ position: number; data: Buffer }>;
  for (const row of rows) yield { position: row.position, data: row.data };
}

/** Packets past their expiry (an instant as text, see NewInboxPacket) whose content is still there. */
export function listExpiredInboxPackets(db: ReadableDB, now: string): string[] {
  const rows = db.prepare('SELECT packet_id FROM inbox_packets WHERE purged_at IS NULL AND expires_at <= ? ORDER BY seq').all(now) as { packet_id: string }[];
  return rows.map((row) => row.packet_id);
}

/**
 * Drops a packet's content, files and chunks; its row (title, sender, dates) and the member's response stay. The vault
 * runs with secure_delete on, so the freed cells and pages are overwritten with zeros. Call inside a transaction.
 */
export function purgeInboxPacket(db: WritableDB, packetId: string, at: string): void {
  db.prepare('DELETE FROM inbox_file_chunks WHERE file_seq IN (SELECT seq FROM inbox_files WHERE packet_id = ?)').run(packetId);
  db.prepare('DELETE FROM inbox_files WHERE packet_id = ?').run(packetId);
  db.prepare('UPDATE inbox_packets SET content = NULL, purged_at = ? WHERE packet_id = ?').run(at, packetId);
}

/** After a purge: moves every page into the main file and empties the WAL, so no older copy of a page stays in it. */
export function checkpointAfterPurge(db: WritableDB): void {
  checkpointVaultDatabase(db);
}
