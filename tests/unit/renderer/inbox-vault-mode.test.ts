// Reviewer mode: a vault whose identity has a reviewer role opens on the Review inbox; the network's stays on Today;
// the mode is asked again on every entry into the vault and forgotten at lock.
import { describe, expect, it } from 'vitest';
import { LANDING_SECTION, modeForRole, REVIEWER_LANDING_SECTION, REVIEWER_SECTIONS, useSession } from '../../../renderer/app/session-store.js';
import { resetAllStores } from '../../../renderer/app/store-reset.js';

describe('the vault mode', () => {
  it('is reviewer for the Advisory Committee and working groups, network for everyone else or an unknown role', () => {
    expect(modeForRole('advisory_committee')).toBe('reviewer');
    expect(modeForRole('working_group')).toBe('reviewer');
    expect(modeForRole('coordinator')).toBe('network');
    expect(modeForRole('facilitator')).toBe('network');
    expect(modeForRole(null)).toBe('network');
  });

  it('lands a reviewer on the inbox and leaves the network on Today', () => {
    useSession.getState().show('home');
    expect(useSession.getState().mode).toBeNull();
    useSession.getState().enterMode('reviewer');
    expect(useSession.getState()).toMatchObject({ mode: 'reviewer', section: REVIEWER_LANDING_SECTION });
    expect(REVIEWER_SECTIONS).toEqual(['inbox', 'team', 'settings']);

    useSession.getState().show('unlock');
    useSession.getState().show('home');
    expect(useSession.getState().mode).toBeNull();
    useSession.getState().enterMode('network');
    expect(useSession.getState()).toMatchObject({ mode: 'network', section: LANDING_SECTION });
  });

  it('is forgotten at lock', () => {
    useSession.getState().show('home');
    useSession.getState().enterMode('reviewer');
    resetAllStores();
    expect(useSession.getState().mode).toBeNull();
  });
});
