// Where an open vault lands (Today), and the sidebar's collapsed state outliving a lock.
import { describe, expect, it } from 'vitest';
import { LANDING_SECTION, useSession } from '../../../renderer/app/session-store.js';
import { resetAllStores } from '../../../renderer/app/store-reset.js';

describe('the session store', () => {
  it('opens the vault on Today after create, unlock, recover or the sample, wherever it was before', () => {
    expect(LANDING_SECTION).toBe('today');
    useSession.getState().show('home');
    useSession.getState().showSection('roster');
    useSession.getState().show('unlock');
    useSession.getState().show('home');
    expect(useSession.getState().section).toBe('today');
  });

  it('keeps the sidebar collapsed across a lock, and starts expanded', () => {
    resetAllStores();
    expect(useSession.getState().sidebarCollapsed).toBe(false);
    useSession.getState().setSidebarCollapsed(true);
    useSession.getState().show('home');
    resetAllStores();
    expect(useSession.getState()).toMatchObject({ screen: 'starting', sidebarCollapsed: true });
    useSession.getState().setSidebarCollapsed(false);
  });
});
