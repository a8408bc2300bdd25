// Sample data: create a vault of fictional collaborators to explore the app, tell whether the vault is one, discard it.
import { z } from 'zod';
import { method } from './define.js';

/** How many collaborators a sample vault gets unless asked, and at most (the benchmark's size). */
export const SAMPLE_SIZE_DEFAULT = 500;
export const SAMPLE_SIZE_MAX = 100_000;

/**
 * The passphrase of every sample vault. Public on purpose (first-run screen, `cre demo`, docs/sample-data.md): a sample
 * vault holds only invented records, so there is nothing to protect, and whoever tries the app must be able to unlock it
 * again after it locks. Plain ASCII, so any keyboard can type it; it still passes the passphrase policy.
 */
export const SAMPLE_VAULT_PASSPHRASE = 'sample vault only, not for real records';

export const sampleStatusSchema = z.object({
  isSample: z.boolean(),
  /** The sample vault's passphrase: public by design, since a sample vault holds only invented records. Null otherwise. */
  passphrase: z.string().nullable(),
});
export type SampleStatus = z.infer<typeof sampleStatusSchema>;

export const sampleContract = {
  /** Creates the vault (the folder must hold none) with `size` fictional collaborators, and leaves it open. */
  create: method(
    z.object({ size: z.number().int().min(1).max(SAMPLE_SIZE_MAX).default(SAMPLE_SIZE_DEFAULT) }).strict(),
    z.object({ count: z.number().int(), passphrase: z.string() }),
  ),
  status: method(z.object({}).strict(), sampleStatusSchema),
  /** Deletes the open vault's files if, and only if, it is a sample vault; the first-run screen shows again. */
  discard: method(z.object({}).strict(), z.null()),
} as const;
