// Settings kept inside the vault: the auto-lock delay and the state of the recovery key.
import { z } from 'zod';
import {
  autoLockMinutesSchema,
  DEFAULT_AUTO_LOCK_MINUTES,
  type RecoveryKeyState,
} from '../../../common/contract/vault.contract.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import { getSetting, setSetting } from '../../../db/settings.repo.js';

const AUTO_LOCK = 'autoLockMinutes';
const RECOVERY_KEY = 'recoveryKey';

const recoveryKeyStateSchema = z.object({ confirmed: z.boolean(), createdAt: z.string() });

export function readAutoLockMinutes(db: ReadableDB): number | null {
  const stored = autoLockMinutesSchema.safeParse(getSetting(db, AUTO_LOCK));
  return stored.success ? stored.data : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(db: WritableDB, minutes: number | null, at: string): void {
  inTransaction(db, () => {
    setSetting(db, AUTO_LOCK, minutes);
    appendAuditEvent(db, 'auto_lock_changed', at, { minutes });
  });
}

/** A vault whose recovery key state was never recorded is treated as unconfirmed, so the app offers a new key. */
export function readRecoveryKeyState(db: ReadableDB, fallbackCreatedAt: string): RecoveryKeyState {
  const stored = recoveryKeyStateSchema.safeParse(getSetting(db, RECOVERY_KEY));
  return stored.success ? stored.data : { confirmed: false, createdAt: fallbackCreatedAt };
}

/** Records a new, not yet confirmed recovery key (the caller writes the audit event). */
export function writeNewRecoveryKeyState(db: WritableDB, createdAt: string): void {
  setSetting(db, RECOVERY_KEY, { confirmed: false, createdAt });
}

export function markRecoveryKeyConfirmed(db: WritableDB, at: string, fallbackCreatedAt: string): void {
  const current = readRecoveryKeyState(db, fallbackCreatedAt);
  if (current.confirmed) return;
  inTransaction(db, () => {
    setSetting(db, RECOVERY_KEY, { ...current, confirmed: true });
    appendAuditEvent(db, 'recovery_key_confirmed', at);
  });
}
