// Which screen the app shows, and why the vault was last locked; no secrets live here.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import type { LockReason } from '../../common/contract/events.contract.js';
import { registerStoreReset } from './store-reset.js';

export type Screen = 'starting' | 'start-failed' | 'create' | 'unlock' | 'recover' | 'home';

/** Why the unlock screen is showing: a lock event's reason, or `expired` when a call found the vault locked. */
export interface LockNote {
  reason: LockReason | 'expired';
  /** The auto-lock delay in force when an idle lock happened, if the page knew it. */
  idleMinutes: number | null;
}

interface SessionData {
  screen: Screen;
  lockNote: LockNote | null;
  startError: CreErrorPayload | null;
}

interface SessionState extends SessionData {
  show(screen: Screen): void;
}

const initial: SessionData = { screen: 'starting', lockNote: null, startError: null };

export const useSession = create<SessionState>()((set) => ({
  ...initial,
  show: (screen) => set({ screen, lockNote: null, startError: null }),
}));

registerStoreReset(() => useSession.setState(initial));

/** Screens on which the vault is open, so a `locked` answer means it locked behind the page's back. */
export function isVaultOpenScreen(screen: Screen): boolean {
  return screen === 'home';
}
