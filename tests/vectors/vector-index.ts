// The shape of tests/vectors/index.json, shared by the generator that writes it and the test that runs every vector.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BUNDLE_ERROR_CODES, CreFailure } from '../../common/contract/errors.js';
import { bundleAcknowledgementSchema, bundleWithdrawalSchema, hlcTextSchema, type BundleManifest } from '../../common/bundles/manifest.schema.js';

const hex = z.string().regex(/^([0-9a-f]{2})+$/);

export const vectorPartySchema = z
  .object({ signingPublicKey: hex, signingSecretKey: hex, encryptionPublicKey: hex, encryptionSecretKey: hex })
  .strict();

/** What the reader's team directory and bundle history hold: the runner's admitSender answers from this. */
export const vectorDirectorySchema = z
  .object({
    senderKnown: z.boolean(),
    senderVerified: z.boolean(),
    alreadyImported: z.array(z.uuid()),
    lastSequence: z.number().int().min(0),
  })
  .strict();
export type VectorDirectory = z.infer<typeof vectorDirectorySchema>;

/** A sync manifest's `sync` part as the reader hands it on: every field stated, the defaults of an older manifest too. */
export const expectedSyncSchema = z
  .object({
    knows: z.record(z.uuid(), hlcTextSchema),
    everything: z.boolean(),
    acknowledges: z.array(bundleAcknowledgementSchema),
    withdrawals: z.array(bundleWithdrawalSchema),
    collaborationId: z.uuid().nullable(),
  })
  .strict();

export const expectedContentSchema = z
  .object({
    bundleId: z.uuid(),
    sync: expectedSyncSchema,
    records: z.array(z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.unknown())) }).strict()),
    attachments: z.array(z.object({ attachmentId: z.uuid(), position: z.number().int().min(0), length: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict();

export const vectorSchema = z
  .object({
    file: z.string().regex(/^[a-z_]+(\.[a-z0-9-]+)?\.bin$/),
    outcome: z.enum(['success', ...BUNDLE_ERROR_CODES]),
    description: z.string(),
    /** Whose keys read it: a name from `keys`. */
    reader: z.string(),
    directory: vectorDirectorySchema,
    expected: expectedContentSchema.optional(),
  })
  .strict();
export type Vector = z.infer<typeof vectorSchema>;

export const vectorIndexSchema = z
  .object({
    format: z.literal('cre-bundle'),
    version: z.literal(1),
    /** The sender of every vector is `sender`; signing keys are Ed25519 (secret 64 bytes), encryption keys X25519. */
    keys: z.record(z.string(), vectorPartySchema),
    fileKey: hex,
    vectors: z.array(vectorSchema).min(1),
  })
  .strict();
export type VectorIndex = z.infer<typeof vectorIndexSchema>;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Steps 10–12 as a reader with this directory makes them; `senderSigningKey` is the directory's one contact (base64). */
export function directoryAdmitter(directory: VectorDirectory, senderSigningKey: string): (manifest: BundleManifest) => void {
  return (manifest) => {
    if (!directory.senderKnown || manifest.sender.signingKey !== senderSigningKey) throw new CreFailure('unknown_sender', 'The sender is not in the team directory.');
    if (!directory.senderVerified) throw new CreFailure('unverified_sender', 'The sender is not verified.');
    if (directory.alreadyImported.includes(manifest.bundleId) || manifest.sequence <= directory.lastSequence) {
      throw new CreFailure('replayed', 'This bundle, or a newer one from its sender, was already imported.');
    }
  };
}
