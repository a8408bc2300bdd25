// Which screen the app shows, why the vault was last locked, and whether the sidebar is collapsed; no secrets live here.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import type { LockReason } from '../../common/contract/events.contract.js';
import { isReviewerRole } from '../../common/team/team.schema.js';
import { registerStoreReset } from './store-reset.js';

export type Screen = 'starting' | 'start-failed' | 'create' | 'unlock' | 'recover' | 'home';

/**
 * Where the open vault (screen `home`) is: today's to-dos (which every unlock lands on), the roster, communities, projects,
 * requests, collaborations, small grants, consultations, resources, the dashboard, the team directory, bundles exchanged
 * with the team, the Advisory Committee's review packets, or the vault's settings. A reviewer's vault has the Review
 * inbox, the team directory and its settings only.
 */
export type Section =
  | 'today'
  | 'roster'
  | 'communities'
  | 'projects'
  | 'requests'
  | 'collaborations'
  | 'grants'
  | 'consultations'
  | 'resources'
  | 'dashboard'
  | 'team'
  | 'bundles'
  | 'reviews'
  | 'inbox'
  | 'settings';

/**
 * Which app an open vault is: the network's (coordinator, facilitator), or a reviewer's, whose identity has a reviewer
 * role (docs/advisory-committee.md). Null until the open vault's role is known.
 */
export type VaultMode = 'network' | 'reviewer';

/** The mode of a vault whose identity has this role; the network's when the role could not be read. */
export function modeForRole(role: string | null): VaultMode {
  return role !== null && isReviewerRole(role) ? 'reviewer' : 'network';
}

/** The places a reviewer's vault has: the Review inbox, the team directory and its settings. */
export const REVIEWER_SECTIONS: readonly Section[] = ['inbox', 'team', 'settings'];

/** Why the unlock screen is showing: a lock event's reason, or `expired` when a call found the vault locked. */
export interface LockNote {
  reason: LockReason | 'expired';
  /** The auto-lock delay in force when an idle lock happened, if the page knew it. */
  idleMinutes: number | null;
}

interface SessionData {
  screen: Screen;
  section: Section;
  mode: VaultMode | null;
  lockNote: LockNote | null;
  startError: CreErrorPayload | null;
  /** The sidebar shows icons only; a layout choice kept until the app closes, across locks (it reveals nothing). */
  sidebarCollapsed: boolean;
}

interface SessionState extends SessionData {
  show(screen: Screen): void;
  showSection(section: Section): void;
  /** Once the open vault's role is known: a reviewer's vault lands on its inbox, the network's stays on Today. */
  enterMode(mode: VaultMode): void;
  setSidebarCollapsed(collapsed: boolean): void;
}

/** The place an open vault lands on after create, unlock, recover or sample: what needs attention today. */
export const LANDING_SECTION: Section = 'today';
/** Where a reviewer's vault lands instead: the packets it received. */
export const REVIEWER_LANDING_SECTION: Section = 'inbox';

const initial: SessionData = { screen: 'starting', section: LANDING_SECTION, mode: null, lockNote: null, startError: null, sidebarCollapsed: false };

export const useSession = create<SessionState>()((set) => ({
  ...initial,
  show: (screen) => set({ screen, section: LANDING_SECTION, mode: null, lockNote: null, startError: null }),
  showSection: (section) => set({ section }),
  enterMode: (mode) => set(mode === 'reviewer' ? { mode, section: REVIEWER_LANDING_SECTION } : { mode }),
  setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
}));

registerStoreReset(() => useSession.setState({ ...initial, sidebarCollapsed: useSession.getState().sidebarCollapsed }));

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
