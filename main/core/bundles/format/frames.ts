// The frames of a bundle's plaintext (docs/bundle-format.md, "Plaintext"): their types and limits, encoding, and an
// incremental splitter that cuts a stream of decrypted chunks back into frames, whatever their boundaries.
import { parse as parseUuid } from 'uuid';
import { z } from 'zod';
import { CreFailure } from '../../../../common/contract/errors.js';

export type BundleFrame =
  | { type: 'records'; table: string; rows: Record<string, unknown>[] }
  | { type: 'attachment'; attachmentId: string; position: number; bytes: Uint8Array };

export const FRAME_TYPE = { manifest: 0x01, records: 0x02, attachment: 0x03, signature: 0xff } as const;
/** Type (1) and body length (4). */
export const FRAME_HEADER_BYTES = 5;
export const MAX_FRAME_BODY_BYTES = 16 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MAX_ROWS_PER_FRAME = 1000;
export const MAX_ATTACHMENT_PIECE_BYTES = 1024 * 1024;
/** Attachment id (16) and chunk position (4) before an attachment frame's bytes. */
export const ATTACHMENT_PREFIX_BYTES = 20;
export const SIGNATURE_BYTES = 64;

export const tableNameSchema = z.string().regex(/^[a-z_]{1,64}$/);

/** A records frame's body once parsed: rows are plain JSON objects, at most 1,000. */
export const recordsBodySchema = z
  .object({ table: tableNameSchema, rows: z.array(z.record(z.string(), z.unknown())).max(MAX_ROWS_PER_FRAME) })
  .strict();

function badPayload(why: string): CreFailure {
  return new CreFailure('bad_payload', `The bundle's content is damaged (${why}).`);
}

/** The shortest and longest body a frame of this type may have; undefined for a type that does not exist. */
export function bodyLimits(type: number): { min: number; max: number } | undefined {
  switch (type) {
    case FRAME_TYPE.manifest:
      return { min: 1, max: MAX_MANIFEST_BYTES };
    case FRAME_TYPE.records:
      return { min: 1, max: MAX_FRAME_BODY_BYTES };
    case FRAME_TYPE.attachment:
      return { min: ATTACHMENT_PREFIX_BYTES + 1, max: ATTACHMENT_PREFIX_BYTES + MAX_ATTACHMENT_PIECE_BYTES };
    case FRAME_TYPE.signature:
      return { min: SIGNATURE_BYTES, max: SIGNATURE_BYTES };
    default:
      return undefined;
  }
}

export function encodeFrameHeader(type: number, bodyLength: number): Uint8Array {
  const header = new Uint8Array(FRAME_HEADER_BYTES);
  header[0] = type;
  new DataView(header.buffer).setUint32(1, bodyLength);
  return header;
}

/** One frame's bytes, header and body. No limit is checked here: the writer checks its frames, tests build bad ones. */
export function encodeFrame(type: number, body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(FRAME_HEADER_BYTES + body.byteLength);
  bytes.set(encodeFrameHeader(type, body.byteLength), 0);
  bytes.set(body, FRAME_HEADER_BYTES);
  return bytes;
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** What comes before an attachment piece's bytes in its frame body: the attachment id, then the piece's position. */
export function encodeAttachmentPrefix(attachmentId: string, position: number): Uint8Array {
  const prefix = new Uint8Array(ATTACHMENT_PREFIX_BYTES);
  prefix.set(parseUuid(attachmentId), 0);
  new DataView(prefix.buffer).setUint32(16, position);
  return prefix;
}

export function encodeAttachmentBody(attachmentId: string, position: number, bytes: Uint8Array): Uint8Array {
  const body = new Uint8Array(ATTACHMENT_PREFIX_BYTES + bytes.byteLength);
  body.set(encodeAttachmentPrefix(attachmentId, position), 0);
  body.set(bytes, ATTACHMENT_PREFIX_BYTES);
  return body;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8 JSON; anything else is a bad payload. */
export function decodeJson(body: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(utf8.decode(body)) as unknown;
  } catch {
    throw badPayload(`${what} is not UTF-8 JSON`);
  }
}

export function decodeRecordsBody(body: Uint8Array): { table: string; rows: Record<string, unknown>[] } {
  const parsed = recordsBodySchema.safeParse(decodeJson(body, 'a records frame'));
  if (!parsed.success) throw badPayload('a records frame is not {table, rows} with at most 1,000 rows');
  return parsed.data;
}

/** Any 16 bytes as UUID text (lower-case hex, 8-4-4-4-12): whether the id means something is the caller's question. */
export function uuidText(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function decodeAttachmentBody(body: Uint8Array): { attachmentId: string; position: number; bytes: Uint8Array } {
  if (body.byteLength <= ATTACHMENT_PREFIX_BYTES) throw badPayload('an attachment frame is too short');
  return {
    attachmentId: uuidText(body.subarray(0, 16)),
    position: new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(16),
    bytes: body.subarray(ATTACHMENT_PREFIX_BYTES),
  };
}

/**
 * Cuts plaintext pieces into frames as they arrive. Checks what the frame layer alone can tell: known types, lengths
 * within their limits, nothing after the signature frame, no frame cut short at the end. Holds at most one frame.
 */
export class FrameSplitter {
  private readonly header = new Uint8Array(FRAME_HEADER_BYTES);
  private headerFill = 0;
  private type = 0;
  private body: Uint8Array | undefined;
  private bodyFill = 0;
  private ended = false;
  /** One buffer for every frame's body, grown to the largest: a gigabyte of attachment frames makes no garbage. */
  private scratch = new Uint8Array(0);

  /** `onFrame` gets a body that is reused for the next frame: it must copy what it keeps. */
  constructor(private readonly onFrame: (type: number, body: Uint8Array) => void) {}

  push(piece: Uint8Array): void {
    let offset = 0;
    while (offset < piece.byteLength) {
      if (this.ended) throw badPayload('there are bytes after the signature frame');
      if (this.body === undefined) {
        const take = Math.min(FRAME_HEADER_BYTES - this.headerFill, piece.byteLength - offset);
        this.header.set(piece.subarray(offset, offset + take), this.headerFill);
        this.headerFill += take;
        offset += take;
        if (this.headerFill === FRAME_HEADER_BYTES) this.startBody();
      } else {
        const take = Math.min(this.body.byteLength - this.bodyFill, piece.byteLength - offset);
        this.body.set(piece.subarray(offset, offset + take), this.bodyFill);
        this.bodyFill += take;
        offset += take;
      }
      if (this.body !== undefined && this.bodyFill === this.body.byteLength) this.completeFrame();
    }
  }

  /** The plaintext ended: it must end right after the signature frame. */
  finish(): void {
    if (!this.ended) throw badPayload(this.headerFill > 0 || this.body ? 'the last frame is cut short' : 'there is no signature frame');
  }

  private startBody(): void {
    this.type = this.header[0] ?? 0;
    const length = new DataView(this.header.buffer).getUint32(1);
    const limits = bodyLimits(this.type);
    if (!limits) throw badPayload(`unknown frame type ${this.type}`);
    if (length < limits.min || length > limits.max) throw badPayload(`a frame of type ${this.type} has a length out of its limits`);
    if (this.scratch.byteLength < length) this.scratch = new Uint8Array(length);
    this.body = this.scratch.subarray(0, length);
    this.bodyFill = 0;
  }

  private completeFrame(): void {
    const body = this.body ?? new Uint8Array(0);
    this.body = undefined;
    this.headerFill = 0;
    if (this.type === FRAME_TYPE.signature) this.ended = true;
    this.onFrame(this.type, body);
  }
}
