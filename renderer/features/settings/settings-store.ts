// What the home page shows about the open vault: details, auto-lock, the recovery key's state, the last verification and recent activity.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { AuditEntry, RecoveryKeyState, VaultInfo, VerifyReport } from '../../../common/contract/vault.contract.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

const ACTIVITY_LIMIT = 20;

interface SettingsData {
  info: VaultInfo | null;
  /** null until loaded; `minutes: null` means auto-lock is off. */
  autoLock: { minutes: number | null } | null;
  /** When the current recovery key was made and whether the user typed part of it back; null until loaded. */
  recoveryKey: RecoveryKeyState | null;
  activity: AuditEntry[] | null;
  verifyReport: VerifyReport | null;
  loadError: CreErrorPayload | null;
}

interface SettingsState extends SettingsData {
  load(): Promise<void>;
  /** Reads only the recovery key's state: what the shell's warning needs on every section. */
  loadRecoveryKeyState(): Promise<void>;
  refreshActivity(): Promise<void>;
  /** Records that the user typed back part of the key just shown, then re-reads the key's state and the activity. */
  markRecoveryKeyConfirmed(): Promise<Reply<null>>;
  saveAutoLock(minutes: number | null): Promise<Reply<null>>;
  verify(): Promise<Reply<VerifyReport>>;
}

const initial: SettingsData = {
  info: null,
  autoLock: null,
  recoveryKey: null,
  activity: null,
  verifyReport: null,
  loadError: null,
};

export const useSettings = create<SettingsState>()((set) => {
  /** Writes what a call fetched, unless the stores were reset (the vault locked) while it was in flight. */
  function setIfCurrent(epoch: number, patch: Partial<SettingsData>): void {
    if (epoch === storeEpoch()) set(patch);
  }

  async function refreshActivity(): Promise<void> {
    const epoch = storeEpoch();
    const reply = await request((api) => api.vault.auditTrail({ limit: ACTIVITY_LIMIT }));
    if (reply.ok) setIfCurrent(epoch, { activity: reply.value });
  }

  async function refreshRecoveryKey(): Promise<void> {
    const epoch = storeEpoch();
    const reply = await request((api) => api.vault.getRecoveryKeyState());
    if (reply.ok) setIfCurrent(epoch, { recoveryKey: reply.value });
  }

  return {
    ...initial,

    async load() {
      const epoch = storeEpoch();
      const [info, autoLock, recoveryKey] = await Promise.all([
        request((api) => api.vault.info()),
        request((api) => api.vault.getAutoLock()),
        request((api) => api.vault.getRecoveryKeyState()),
      ]);
      const failed = [info, autoLock, recoveryKey].find((reply) => !reply.ok);
      setIfCurrent(epoch, {
        info: info.ok ? info.value : null,
        autoLock: autoLock.ok ? autoLock.value : null,
        recoveryKey: recoveryKey.ok ? recoveryKey.value : null,
        loadError: failed && !failed.ok ? failed.error : null,
      });
      await refreshActivity();
    },

    refreshActivity,

    loadRecoveryKeyState: refreshRecoveryKey,

    async markRecoveryKeyConfirmed() {
      const reply = await request((api) => api.vault.markRecoveryKeyConfirmed());
      await Promise.all([refreshRecoveryKey(), refreshActivity()]);
      return reply;
    },

    async saveAutoLock(minutes) {
      const epoch = storeEpoch();
      const reply = await request((api) => api.vault.setAutoLock({ minutes }));
      if (reply.ok) {
        setIfCurrent(epoch, { autoLock: { minutes } });
        await refreshActivity();
      }
      return reply;
    },

    async verify() {
      const epoch = storeEpoch();
      const reply = await request((api) => api.vault.verify());
      if (reply.ok) setIfCurrent(epoch, { verifyReport: reply.value });
      return reply;
    },
  };
});

registerStoreReset(() => useSettings.setState(initial));
