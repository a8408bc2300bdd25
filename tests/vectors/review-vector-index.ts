// The shape of tests/vectors/review/index.json, shared by its generator (generate-review.ts) and the test that reads every
// review packet and return vector (tests/unit/bundles/review-vectors.test.ts).
import { z } from 'zod';
import { BUNDLE_ERROR_CODES, CreFailure } from '../../common/contract/errors.js';
import type { BundleManifest } from '../../common/bundles/manifest.schema.js';
import { vectorPartySchema } from './vector-index.js';

const hex = z.string().regex(/^([0-9a-f]{2})+$/);

/** What the reader's team directory says about the party who wrote the file (`from`). */
export const reviewDirectorySchema = z.object({ authorKnown: z.boolean(), authorVerified: z.boolean() }).strict();
export type ReviewDirectory = z.infer<typeof reviewDirectorySchema>;

export const reviewExpectedSchema = z
  .object({
    bundleId: z.uuid(),
    /** The manifest's kind-specific part: `packet` for a packet, `review` for a return. */
    packet: z.object({ packetId: z.uuid(), expiresAt: z.string() }).strict().optional(),
    review: z.object({ packetId: z.uuid(), packetBundleId: z.uuid() }).strict().optional(),
    /** Every row, table by table, as the reader hands them on after checking them against their schemas. */
    tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
    files: z.array(z.object({ id: z.uuid(), length: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict();

export const reviewVectorSchema = z
  .object({
    file: z.string().regex(/^[a-z_]+(\.[a-z0-9-]+)?\.bin$/),
    /** The kind the reader expects: where the file was dropped (a reviewer's inbox, or the secretariat's returns). */
    expect: z.enum(['review_packet', 'review_return']),
    outcome: z.enum(['success', 'too_large', ...BUNDLE_ERROR_CODES]),
    description: z.string(),
    /** Who wrote and signed it, and whose keys read it: names in `keys`. */
    from: z.string(),
    reader: z.string(),
    directory: reviewDirectorySchema,
    expected: reviewExpectedSchema.optional(),
  })
  .strict();
export type ReviewVector = z.infer<typeof reviewVectorSchema>;

export const reviewVectorIndexSchema = z
  .object({
    format: z.literal('cre-bundle'),
    version: z.literal(1),
    /** `sender` is the secretariat, `recipient` the committee member, `third` someone else. */
    keys: z.record(z.string(), vectorPartySchema),
    fileKey: hex,
    vectors: z.array(reviewVectorSchema).min(1),
  })
  .strict();
export type ReviewVectorIndex = z.infer<typeof reviewVectorIndexSchema>;

/** Steps 10–11 as a reader with this directory makes them; `authorSigningKey` is the file's author's key (base64). */
export function reviewAdmitter(directory: ReviewDirectory, authorSigningKey: string): (manifest: BundleManifest) => void {
  return (manifest) => {
    if (!directory.authorKnown || manifest.sender.signingKey !== authorSigningKey) throw new CreFailure('unknown_sender', 'The sender is not in the team directory.');
    if (!directory.authorVerified) throw new CreFailure('unverified_sender', 'The sender is not verified.');
  };
}
