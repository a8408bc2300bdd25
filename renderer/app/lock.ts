// Reacts to the vault locking (main's event, a `locked` answer, or Lock now): clears every store and shows Unlock.
import type { Reply } from '../../common/contract/errors.js';
import { useSettings } from '../features/settings/settings-store.js';
import { onLockedReply, request } from './cre.js';
import { isVaultOpenScreen, useSession, type LockNote } from './session-store.js';
import { resetAllStores } from './store-reset.js';

function showLocked(reason: LockNote['reason']): void {
  if (useSession.getState().screen === 'unlock') return;
  const idleMinutes = useSettings.getState().autoLock?.minutes ?? null;
  resetAllStores();
  useSession.setState({ screen: 'unlock', lockNote: { reason, idleMinutes } });
}

export async function lockNow(): Promise<Reply<null>> {
  const reply = await request((api) => api.vault.lock());
  if (reply.ok) showLocked('user');
  return reply;
}

/** Wires the lock event and the `locked` answers once, at start; returns the function that unsubscribes. */
export function installLockHandling(): () => void {
  onLockedReply(() => {
    if (isVaultOpenScreen(useSession.getState().screen)) showLocked('expired');
  });
  return window.cre.on.vaultLocked(({ reason }) => showLocked(reason));
}
