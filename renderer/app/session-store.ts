// Which screen the app shows, and why the vault was last locked; no secrets live here.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import type { LockReason } from '../../common/contract/events.contract.js';
import { registerStoreReset } from './store-reset.js';

export type Screen = 'starting' | 'start-failed' | 'create' | 'unlock' | 'recover' | 'home';

/** Where the open vault (screen `home`) is: today's to-dos, the roster (which every unlock lands on), communities, projects, requests, collaborations, resources, the dashboard, the team directory, bundles exchanged with the team, or the vault's settings. */
export type Section = 'today' | 'roster' | 'communities' | 'projects' | 'requests' | 'collaborations' | 'resources' | 'dashboard' | 'team' | 'bundles' | 'settings';

/** Why the unlock screen is showing: a lock event's reason, or `expired` when a call found the vault locked. */
export interface LockNote {
  reason: LockReason | 'expired';
  /** The auto-lock delay in force when an idle lock happened, if the page knew it. */
  idleMinutes: number | null;
}

interface SessionData {
  screen: Screen;
  section: Section;
  lockNote: LockNote | null;
  startError: CreErrorPayload | null;
}

interface SessionState extends SessionData {
  show(screen: Screen): void;
  showSection(section: Section): void;
}

const initial: SessionData = { screen: 'starting', section: 'roster', lockNote: null, startError: null };

export const useSession = create<SessionState>()((set) => ({
  ...initial,
  show: (screen) => set({ screen, section: 'roster', lockNote: null, startError: null }),
  showSection: (section) => set({ section }),
}));

registerStoreReset(() => useSession.setState(initial));

/** Screens on which the vault is open, so a `locked` answer means it locked behind the page's back. */
export function isVaultOpenScreen(screen: Screen): boolean {
  return screen === 'home';
}

/** Asked before in-app navigation leaves a screen; a form with unsaved changes answers by confirming first. */
type LeaveGuard = (proceed: () => void) => void;
let leaveGuard: LeaveGuard | null = null;

/** A screen sets its guard while it has something to lose and clears it (null) when it unmounts. */
export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}

/** Runs `proceed` now, or once the current screen's guard agrees. A lock never asks: it drops everything anyway. */
export function leaveThen(proceed: () => void): void {
  if (leaveGuard) leaveGuard(proceed);
  else proceed();
}
