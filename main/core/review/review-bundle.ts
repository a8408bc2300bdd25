// Review packets and returns on the wire: bundles of the usual container (docs/bundle-format.md) whose records frames
// name the tables of common/review/packet-frames.schema.ts. Writing counts the contents first; reading checks the kind,
// admits the sender, checks every row against its table's schema, and gathers everything in memory: nothing of a
// packet or return is kept before its signature, the last check, verified.
import type { PacketManifest, ReturnManifest } from '../../../common/bundles/manifest.schema.js';
import type { BundleContents, BundleManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import { PACKET_ROW_SCHEMAS, RETURN_ROW_SCHEMAS } from '../../../common/review/packet-frames.schema.js';
import { readBundle, type BundleRecipientKeys } from '../bundles/format/bundle-reader.js';
import { writeBundle, type BundleFrame } from '../bundles/format/bundle-writer.js';
import { MAX_ATTACHMENT_PIECE_BYTES, MAX_ROWS_PER_FRAME } from '../bundles/format/frames.js';
import type { Sodium } from '../crypto/sodium.js';

/** The bytes of a packet's files a reviewer's vault takes in at most: more is refused as too large. */
export const MAX_PACKET_FILE_BYTES = 512 * 1024 * 1024;

export type ReviewKind = 'review_packet' | 'review_return';
export type ReviewManifest = PacketManifest | ReturnManifest;

/** A file that travels: its id, its size, and its bytes in pieces of at most 1 MiB, read when the frames are written. */
export interface OutgoingFile {
  id: string;
  size: number;
  pieces: () => Iterable<Uint8Array>;
}

const schemasFor = (kind: ReviewKind) => (kind === 'review_packet' ? PACKET_ROW_SCHEMAS : RETURN_ROW_SCHEMAS) as Readonly<Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }>>;

/** What the frames of `tables` and `files` will hold, as the manifest states it. */
export function reviewContents(tables: Readonly<Record<string, readonly Record<string, unknown>[]>>, files: readonly OutgoingFile[]): BundleContents {
  const records: Record<string, number> = {};
  for (const [table, rows] of Object.entries(tables)) if (rows.length > 0) records[table] = rows.length;
  const travelling = files.filter((file) => file.size > 0);
  return { records, tombstones: 0, attachments: { count: travelling.length, bytes: travelling.reduce((sum, file) => sum + file.size, 0) } };
}

function* reviewFrames(tables: Readonly<Record<string, readonly Record<string, unknown>[]>>, files: readonly OutgoingFile[]): Generator<BundleFrame> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += MAX_ROWS_PER_FRAME) {
      yield { type: 'records', table, rows: rows.slice(start, start + MAX_ROWS_PER_FRAME) as Record<string, unknown>[] };
    }
  }
  for (const file of files) {
    if (file.size === 0) continue;
    let position = 0;
    for (const piece of file.pieces()) {
      for (let offset = 0; offset < piece.byteLength; offset += MAX_ATTACHMENT_PIECE_BYTES) {
        yield { type: 'attachment', attachmentId: file.id, position, bytes: piece.subarray(offset, offset + MAX_ATTACHMENT_PIECE_BYTES) };
        position += 1;
      }
    }
  }
}

export interface WriteReviewOptions {
  path: string;
  /** Complete; its contents must be reviewContents(tables, files). */
  manifest: ReviewManifest;
  signingSecretKey: Uint8Array;
  recipientEncryptionKey: Uint8Array;
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  files: readonly OutgoingFile[];
  onProgress?: (plaintextBytesWritten: number) => void;
}

/** Writes the packet or return: every row checked against its table's schema first, then sealed and signed. */
export async function writeReviewBundle(sodium: Sodium, options: WriteReviewOptions): Promise<{ bytes: number }> {
  const schemas = schemasFor(options.manifest.kind);
  for (const [table, rows] of Object.entries(options.tables)) {
    const schema = schemas[table];
    if (!schema) throw new CreFailure('internal', `The ${options.manifest.kind} cannot hold rows of ${table}.`);
    for (const row of rows) if (!schema.safeParse(row).success) throw new CreFailure('internal', `A row of ${table} is not valid.`);
  }
  return writeBundle(sodium, {
    path: options.path,
    manifest: options.manifest,
    sender: { signingSecretKey: options.signingSecretKey },
    recipients: [options.recipientEncryptionKey],
    frames: reviewFrames(options.tables, options.files),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

export interface ReadReview<M extends ReviewManifest> {
  manifest: M;
  /** Rows per table, each parsed by its table's schema. */
  tables: Record<string, unknown[]>;
  /** Each file's bytes, whole, in order. */
  files: Map<string, Uint8Array>;
  bytes: number;
}

export interface ReadReviewOptions {
  path: string;
  me: BundleRecipientKeys;
  /** After the kind is checked: may refuse (unknown_sender, not_recipient, replayed, packet_expired…). */
  admit: (manifest: ReviewManifest) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

function badPayload(why: string): CreFailure {
  return new CreFailure('bad_payload', `The file's content is damaged (${why}).`);
}

/** Reads a packet (`kind` review_packet) or a return; resolves only once the signature verified. */
export async function readReviewBundle<K extends ReviewKind>(
  sodium: Sodium,
  kind: K,
  options: ReadReviewOptions,
): Promise<ReadReview<K extends 'review_packet' ? PacketManifest : ReturnManifest>> {
  const schemas = schemasFor(kind);
  const tables: Record<string, unknown[]> = {};
  const pieces = new Map<string, { next: number; parts: Uint8Array[]; bytes: number }>();
  let total = 0;
  const read = await readBundle(sodium, {
    path: options.path,
    me: options.me,
    admitSender: (manifest: BundleManifest) => {
      if (manifest.kind !== kind) {
        throw new CreFailure('wrong_kind', `This file is a ${manifest.kind}, not a ${kind}.`, { kind: manifest.kind });
      }
      if (manifest.contents.attachments.bytes > MAX_PACKET_FILE_BYTES) throw new CreFailure('too_large', 'The files of this packet are too large to take in.');
      options.admit(manifest);
    },
    onRecords: (table, rows) => {
      const schema = Object.hasOwn(schemas, table) ? schemas[table] : undefined;
      if (!schema) throw badPayload(`a frame names the table ${table}`);
      const kept = (tables[table] ??= []);
      for (const row of rows) {
        const parsed = schema.safeParse(row);
        if (!parsed.success) throw badPayload(`a row of ${table} is not valid`);
        kept.push(parsed.data);
      }
    },
    onAttachmentChunk: (id, position, bytes) => {
      const file = pieces.get(id) ?? { next: 0, parts: [], bytes: 0 };
      if (position !== file.next) throw badPayload('a file piece came out of order');
      file.next += 1;
      file.bytes += bytes.byteLength;
      total += bytes.byteLength;
      if (total > MAX_PACKET_FILE_BYTES) throw new CreFailure('too_large', 'The files of this packet are too large to take in.');
      file.parts.push(Uint8Array.from(bytes));
      pieces.set(id, file);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const files = new Map<string, Uint8Array>();
  for (const [id, file] of pieces) files.set(id, Buffer.concat(file.parts, file.bytes));
  return { manifest: read.manifest as K extends 'review_packet' ? PacketManifest : ReturnManifest, tables, files, bytes: read.bytes };
}
