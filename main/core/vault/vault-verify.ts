// The vault's checks: `verify` (SQLCipher's page HMACs and the audit chain, once the database file alone is whole), and
// the strength a new passphrase must have.
import { CreFailure } from '../../../common/contract/errors.js';
import type { VerifyReport } from '../../../common/contract/vault.contract.js';
import type { Language } from '../../../common/languages.js';
import { assessPassphrase } from '../../../common/passphrase-policy.js';
import { verifyAuditTrail } from '../../../db/audit.repo.js';
import { checkpointVaultDatabase } from '../../../db/connection.js';
import type { WritableDB } from '../../../db/handles.js';
import { checkPageIntegrity } from '../../../db/page-integrity.js';
import { storageFailureOf } from '../../../db/storage-errors.js';
import type { VaultFiles } from './vault-files.js';

/** Never log `dataKey`: key material. */
export function verifyOpenVault(db: WritableDB, dataKey: Uint8Array, files: VaultFiles): VerifyReport {
  // A checkpoint the disk refused (full) leaves the file part-written while the WAL still holds the pages: not damage.
  try {
    checkpointVaultDatabase(db);
  } catch (error) {
    throw storageFailureOf(error, files.dir) ?? new CreFailure('io', 'The vault could not be checkpointed before the check.');
  }
  const problems = checkPageIntegrity(files.database, dataKey);
  let audit: VerifyReport['audit'];
  try {
    audit = verifyAuditTrail(db);
  } catch {
    // A damaged page can make the trail unreadable; that is a failed verification, not a crash.
    audit = { ok: false, entries: 0, firstBrokenSeq: null };
  }
  return { integrity: { ok: problems.length === 0, problems }, audit };
}

/** Refuses a passphrase that is too short or too easy to guess, with the reason in the user's language. */
export function assertStrongPassphrase(passphrase: string, language: Language): void {
  const assessment = assessPassphrase(passphrase, language);
  if (!assessment.acceptable) {
    throw new CreFailure('weak_passphrase', assessment.warning ?? 'This passphrase is too easy to guess.', {
      reason: assessment.reason ?? 'too_guessable',
      score: assessment.score,
      ...(assessment.warning ? { warning: assessment.warning } : {}),
    });
  }
}
