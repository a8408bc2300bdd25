// The audit entries a vault's key changes leave, including the one a kill may have cost: a passphrase change noticed late.
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { getVaultMeta, setVaultMeta } from '../../../db/settings.repo.js';
import type { KeyFile } from './key-file.js';

/** The nonce of the passphrase wrap the vault last recorded: a different one in the key file is a change not yet audited. */
export const PASSPHRASE_WRAP_META = 'passphrase_wrap_nonce';

export interface UnlockEvents {
  kind: 'vault_unlocked' | 'vault_recovered';
  /** When the failed attempts made while locked happened (kept outside the vault until now: decision 0004). */
  failedAt: readonly string[];
  keyFile: KeyFile;
  at: string;
}

/**
 * In one transaction: the failed attempts, a passphrase change the vault has not recorded (its key file carries a wrap
 * this vault never saw: a change killed between the key file's rename and its audit entry), then the unlock itself.
 */
export function recordUnlockEvents(db: WritableDB, events: UnlockEvents): void {
  inTransaction(db, () => {
    for (const failedAt of events.failedAt) appendAuditEvent(db, 'unlock_failed', failedAt);
    const known = getVaultMeta(db, PASSPHRASE_WRAP_META);
    const nonce = events.keyFile.passphrase.nonce;
    if (events.kind === 'vault_unlocked' && known !== undefined && known !== nonce) {
      appendAuditEvent(db, 'passphrase_changed', events.at, { noticedAtUnlock: true });
    }
    setVaultMeta(db, PASSPHRASE_WRAP_META, nonce);
    appendAuditEvent(db, events.kind, events.at);
  });
}

/** After the new key file is in place: the change and the wrap it made, together. */
export function recordPassphraseChange(db: WritableDB, wrapNonce: string, at: string): void {
  inTransaction(db, () => {
    appendAuditEvent(db, 'passphrase_changed', at);
    setVaultMeta(db, PASSPHRASE_WRAP_META, wrapNonce);
  });
}
