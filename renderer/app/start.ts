// Start-up: apply the saved language, then ask main whether a vault exists and whether it is open.
import type { VaultState } from '../../common/contract/vault.contract.js';
import { request } from './cre.js';
import { applyLanguage } from './i18n.js';
import { useSession, type Screen } from './session-store.js';

const SCREEN_FOR_STATE: Readonly<Record<VaultState, Screen>> = {
  none: 'create',
  locked: 'unlock',
  unlocked: 'home',
};

export async function start(): Promise<void> {
  useSession.setState({ screen: 'starting', startError: null, lockNote: null });
  const preferences = await request((api) => api.preferences.get());
  // Without saved preferences the page keeps the system's language; the vault still opens.
  if (preferences.ok) await applyLanguage(preferences.value.language);
  const status = await request((api) => api.vault.status());
  if (!status.ok) {
    useSession.setState({ screen: 'start-failed', startError: status.error });
    return;
  }
  useSession.getState().show(SCREEN_FOR_STATE[status.value.state]);
}
