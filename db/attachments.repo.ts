// Attachment rows and their chunks: facts in one table, the bytes in order in another, read back one chunk at a time.
import type { Attachment } from '../common/resources/resource.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';

interface AttachmentRow {
  id: string;
  resource_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  chunk_size: number;
  created_at: string;
  deleted_at: string | null;
}

export interface StoredAttachment extends Attachment {
  chunkSize: number;
  deletedAt: string | null;
}

function rowToAttachment(row: AttachmentRow): StoredAttachment {
  return {
    id: row.id,
    resourceId: row.resource_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    chunkSize: row.chunk_size,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  };
}

// This file is the only reader and writer of attachment_chunks rows: attaching a file, saving a copy, and a bundle's
// bytes (sync) all come through the functions below.

/** One prepared insert for chunks of any attachment, reused for every chunk; call inside the transaction that writes them. */
export function attachmentChunkWriter(db: WritableDB): (attachmentId: string, position: number, data: Uint8Array) => void {
  const insert = db.prepare('INSERT INTO attachment_chunks (attachment_id, position, data) VALUES (?, ?, ?)');
  return (attachmentId, position, data) => void insert.run(attachmentId, position, data);
}

/** A prepared insert for one attachment's chunks, reused for every chunk of a file. Call inside the attach transaction. */
export function chunkWriter(db: WritableDB, attachmentId: string): (position: number, data: Uint8Array) => void {
  const write = attachmentChunkWriter(db);
  return (position, data) => write(attachmentId, position, data);
}

/** Drops every chunk of an attachment (its bytes are about to be written again, from a bundle). */
export function deleteAttachmentChunks(db: WritableDB, attachmentId: string): void {
  db.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(attachmentId);
}

/** The attachment's row, written after its chunks in the same transaction (the chunks' link is checked at commit). */
export function insertAttachment(db: WritableDB, attachment: Omit<StoredAttachment, 'createdAt' | 'deletedAt'>, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO attachments (id, resource_id, file_name, media_type, size, sha256, chunk_size, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @resourceId, @fileName, @mediaType, @size, @sha256, @chunkSize, @at, @at, @hlc, @changedBy)`,
  ).run({ ...attachment, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy });
}

export function getAttachment(db: ReadableDB, id: string): StoredAttachment | undefined {
  const row = db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  return row ? rowToAttachment(row) : undefined;
}

/** A resource's live attachments in the order they were added. */
export function listAttachments(db: ReadableDB, resourceId: string): StoredAttachment[] {
  const rows = db.prepare('SELECT * FROM attachments WHERE resource_id = ? AND deleted_at IS NULL ORDER BY seq').all(resourceId) as AttachmentRow[];
  return rows.map(rowToAttachment);
}

/**
 * The attachment's chunks in order, one row in memory at a time. One statement reads them all, so they come from one
 * snapshot; the connection is busy until the iteration ends, so the caller must not pause in between.
 */
export function iterateChunks(db: ReadableDB, attachmentId: string): IterableIterator<{ position: number; data: Buffer }> {
  return db
    .prepare('SELECT position, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY position')
    .iterate(attachmentId) as IterableIterator<{ position: number; data: Buffer }>;
}

/** Tombstone (`deleted` true) or restore an attachment; its chunks stay until the row is purged. */
export function setAttachmentDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'attachments', id, deleted, stamp);
}
