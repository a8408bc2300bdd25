// On entering an open vault, asks who it belongs to: a reviewer role puts the app in reviewer mode (inbox, team, settings).
import { useEffect } from 'react';
import { request } from './cre.js';
import { modeForRole, useSession, type Screen, type VaultMode } from './session-store.js';
import { storeEpoch } from './store-reset.js';

/** Resolves the mode once per entry into the open vault (create, unlock, recover, sample); a lock clears it. */
export function useVaultMode(screen: Screen, mode: VaultMode | null): void {
  useEffect(() => {
    if (screen !== 'home' || mode !== null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.team.me({})).then((reply) => {
      if (!current || epoch !== storeEpoch() || useSession.getState().screen !== 'home') return;
      useSession.getState().enterMode(modeForRole(reply.ok ? reply.value.role : null));
    });
    return () => {
      current = false;
    };
  }, [screen, mode]);
}
