// A lock must empty every renderer store at once and make answers still in flight stale.
import { describe, expect, it } from 'vitest';
import { useSession } from '../../../renderer/app/session-store.js';
import { registerStoreReset, resetAllStores, storeEpoch } from '../../../renderer/app/store-reset.js';

describe('resetAllStores', () => {
  it('resets every registered store, including the session store', () => {
    let resetCount = 0;
    registerStoreReset(() => {
      resetCount += 1;
    });
    useSession.setState({ screen: 'home', lockNote: { reason: 'idle', idleMinutes: 5 } });
    resetAllStores();
    expect(resetCount).toBe(1);
    expect(useSession.getState().screen).toBe('starting');
    expect(useSession.getState().lockNote).toBeNull();
  });

  it('keeps the store actions after a reset', () => {
    resetAllStores();
    useSession.getState().show('unlock');
    expect(useSession.getState().screen).toBe('unlock');
  });

  it('changes the epoch on every reset so in-flight answers can be dropped', () => {
    const before = storeEpoch();
    resetAllStores();
    expect(storeEpoch()).toBe(before + 1);
  });
});
