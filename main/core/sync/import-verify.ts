// The first pass of an import: the whole bundle read and checked (every step of the format, the signature last, every
// row against its table's rules, every attachment against its size and SHA-256) without writing anything to the vault.
import type { SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB } from '../../../db/handles.js';
import { isTombstone } from '../../../db/sync-rows.js';
import type { TeamMemberRow } from '../../../db/team.repo.js';
import { readBundle, type BundleRecipientKeys } from '../bundles/format/bundle-reader.js';
import type { Sodium } from '../crypto/sodium.js';
import { admitSender, asSyncManifest, ContentDigest, IncomingAttachments } from './import-checks.js';
import { checkIncomingScope, type IncomingScopeCheck } from './incoming-scope.js';
import { parseTravellingRow } from './row-schemas.js';
import { checkWithdrawals } from './withdrawals.js';

export interface VerifyOptions {
  sodium: Sodium;
  /** Read only: this pass writes nothing, not even in a transaction it would roll back. */
  db: ReadableDB;
  path: string;
  me: BundleRecipientKeys & { role: string; region: string };
  /** Told the sender vault id the manifest claims as soon as the manifest was read (steps 8–9), before it is checked. */
  onClaim: (senderVaultId: string) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** What the first pass established: the applying pass must read the same, from the same sender. */
export interface VerifiedBundle {
  manifest: SyncManifest;
  sender: TeamMemberRow;
  /** ContentDigest of everything read. */
  digest: string;
  bytes: number;
}

/** Resolves only when every check passed, the signature included; any refusal is the CreFailure the import answers. */
export async function verifyBundle(options: VerifyOptions): Promise<VerifiedBundle> {
  const { sodium, db } = options;
  const digest = new ContentDigest();
  const attachments = new IncomingAttachments(true);
  let sender: TeamMemberRow | null = null;
  let scope: IncomingScopeCheck | null = null;
  const read = await readBundle(sodium, {
    path: options.path,
    me: options.me,
    admitSender: (manifest) => {
      options.onClaim(manifest.sender.vaultId);
      const sync = asSyncManifest(manifest);
      sender = admitSender(sodium, db, manifest);
      scope = checkIncomingScope(db, sync, sender, options.me);
      checkWithdrawals(db, sync, sender);
      digest.manifest(manifest);
    },
    onRecords: (table, rows) => {
      digest.records(table, rows);
      for (const row of rows) {
        const parsed = parseTravellingRow(db, table, row);
        scope?.row(table, parsed);
        if (table === 'attachments' && !isTombstone(parsed)) attachments.expect(parsed);
      }
    },
    onAttachmentChunk: (attachmentId, position, bytes) => {
      digest.piece(attachmentId, position, bytes.byteLength);
      attachments.piece(attachmentId, position, bytes);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  attachments.finish();
  (scope as IncomingScopeCheck | null)?.finish();
  const admitted = sender as TeamMemberRow | null;
  if (!admitted) throw new CreFailure('internal', 'The sender was not admitted.');
  return { manifest: asSyncManifest(read.manifest), sender: admitted, digest: digest.value(), bytes: read.bytes };
}
