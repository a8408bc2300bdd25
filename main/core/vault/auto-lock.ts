// Locks the vault after the chosen idle time, and at once on suspend, screen lock or shutdown.
import type { LockReason } from '../../../common/contract/events.contract.js';
import type { Platform, PowerEvent } from '../platform.js';

export const AUTO_LOCK_CHECK_MS = 5_000;

const REASON_FOR: Readonly<Record<PowerEvent, LockReason>> = {
  suspend: 'suspend',
  'lock-screen': 'screen-lock',
  shutdown: 'shutdown',
};

export interface AutoLockDeps {
  platform: Platform;
  isUnlocked: () => boolean;
  /** Minutes of idle before locking, or null for never. Read on every check, so a new setting applies at once. */
  idleMinutes: () => number | null;
  lock: (reason: LockReason) => void;
}

/** Starts watching; returns the function that stops watching. */
export function startAutoLock(deps: AutoLockDeps): () => void {
  const stopPower = deps.platform.onPowerEvent((event) => {
    if (deps.isUnlocked()) deps.lock(REASON_FOR[event]);
  });
  const stopTimer = deps.platform.every(AUTO_LOCK_CHECK_MS, () => {
    if (!deps.isUnlocked()) return;
    const minutes = deps.idleMinutes();
    if (minutes !== null && deps.platform.systemIdleSeconds() >= minutes * 60) deps.lock('idle');
  });
  return () => {
    stopPower();
    stopTimer();
  };
}
