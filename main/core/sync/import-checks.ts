// What both passes of an import check the same way: the sender admitted from the team directory, attachment bytes
// against their recorded size and SHA-256, and a digest of what was read, so the applying pass can tell that it read
// exactly what the verifying pass verified.
import { createHash, type Hash } from 'node:crypto';
import type { BundleManifest, SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure, isCreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB } from '../../../db/handles.js';
import { lastReceivedSequence, wasImported } from '../../../db/sync.repo.js';
import type { TravellingRow } from '../../../db/sync-rows.js';
import { findTeamMemberBySigningKey, type TeamMemberRow } from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';

/** A sync import reads sync bundles only: a review packet or return goes through the review commands. */
export function asSyncManifest(manifest: BundleManifest): SyncManifest {
  if (manifest.kind !== 'sync') {
    throw new CreFailure('wrong_kind', 'This file is not a sync bundle: open review packets and returns where reviews are handled.', { kind: manifest.kind });
  }
  return manifest;
}

/** Steps 10–12 of the format: a verified contact of the directory, and a bundle newer than any imported from it. */
export function admitSender(sodium: Sodium, db: ReadableDB, manifest: BundleManifest): TeamMemberRow {
  const signingKey = sodium.from_base64(manifest.sender.signingKey, sodium.base64_variants.ORIGINAL);
  const member = findTeamMemberBySigningKey(db, signingKey);
  if (!member || member.vaultId !== manifest.sender.vaultId) {
    throw new CreFailure('unknown_sender', 'The bundle was signed by a key that is not in the team directory.');
  }
  if (!member.verified) throw new CreFailure('unverified_sender', 'The bundle comes from a team member who is not verified.', { name: member.displayName });
  if (wasImported(db, manifest.bundleId)) throw new CreFailure('replayed', 'This bundle was imported before.');
  if (manifest.sequence <= lastReceivedSequence(db, member.vaultId)) {
    throw new CreFailure('replayed', 'A newer bundle from the same sender was imported before.');
  }
  return member;
}

/** A database refusal while applying (a record pointing at one this vault lacks) is the bundle's fault, not a crash. */
export function asBundleFailure(error: unknown): unknown {
  if (isCreFailure(error)) return error;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
    return new CreFailure('bad_payload', 'A record in the bundle refers to one this vault does not have.', { reason: 'missing_record' });
  }
  return error;
}

interface PendingAttachment {
  size: number;
  sha256: string;
  received: number;
  nextPosition: number;
  hash: Hash | null;
}

/**
 * The bytes of attachments whose rows a pass took: in order, no longer than recorded, whole, and (when `hashed`) with
 * the SHA-256 the row records.
 */
export class IncomingAttachments {
  private readonly pending = new Map<string, PendingAttachment>();

  constructor(private readonly hashed: boolean) {}

  /** Expects the bytes of a live attachment row; a second row for the same id replaces the first. */
  expect(row: TravellingRow): void {
    const id = row['id'] as string;
    this.pending.set(id, { size: row['size'] as number, sha256: row['sha256'] as string, received: 0, nextPosition: 0, hash: this.hashed ? createHash('sha256') : null });
  }

  expects(attachmentId: string): boolean {
    return this.pending.has(attachmentId);
  }

  /** Checks one piece of an expected attachment, in order and within its size, and takes it into the hash. */
  piece(attachmentId: string, position: number, bytes: Uint8Array): void {
    const pending = this.pending.get(attachmentId);
    if (!pending) throw new CreFailure('bad_payload', "An attachment's bytes came without its record.");
    if (position !== pending.nextPosition) throw new CreFailure('bad_payload', 'An attachment chunk came out of order.');
    pending.nextPosition += 1;
    pending.received += bytes.byteLength;
    if (pending.received > pending.size) throw new CreFailure('bad_payload', 'An attachment is longer than its recorded size.');
    pending.hash?.update(bytes);
  }

  /** Every expected attachment arrived whole, with the SHA-256 its row records when hashed. */
  finish(): void {
    for (const pending of this.pending.values()) {
      if (pending.received !== pending.size || (pending.hash !== null && pending.hash.digest('hex') !== pending.sha256)) {
        throw new CreFailure('bad_payload', 'An attachment in the bundle does not match its recorded size and hash.');
      }
    }
  }
}

/**
 * A SHA-256 over what the reader handed over: the manifest, every records frame as its JSON, and where each attachment
 * piece goes and how long it is. The pieces' bytes are left out: each pass checks those it keeps against the SHA-256
 * its row records, and the rows are in the digest. Two passes with equal digests read the same bundle.
 */
export class ContentDigest {
  private readonly hash = createHash('sha256');

  private part(label: string, text: string): void {
    this.hash.update(`${label}\u0000${Buffer.byteLength(text)}\u0000`);
    this.hash.update(text);
  }

  manifest(manifest: BundleManifest): void {
    this.part('manifest', JSON.stringify(manifest));
  }

  records(table: string, rows: readonly Record<string, unknown>[]): void {
    this.part(`records ${table}`, JSON.stringify(rows));
  }

  piece(attachmentId: string, position: number, length: number): void {
    this.part('piece', `${attachmentId} ${position} ${length}`);
  }

  /** The digest so far, as hex; the digest can take no more after this. */
  value(): string {
    return this.hash.digest('hex');
  }
}

/** The file changed between the passes, or while one of them read it: nothing is imported, and it is no refusal. */
export function fileChanged(): CreFailure {
  return new CreFailure('io', 'The bundle file changed while it was being imported. Nothing was imported; open it again.');
}
