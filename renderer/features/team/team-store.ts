// The team screen's state: the vault's own identity, the members, and which member's safety number is open.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { IdentityView, TeamMember } from '../../../common/team/team.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

interface TeamData {
  me: IdentityView | null;
  members: TeamMember[] | null;
  loadError: CreErrorPayload | null;
  /** The member whose safety number dialog is open. */
  openMemberId: string | null;
  /** What the last change to the list did, e.g. a removal, announced under the table. */
  notice: string | null;
}

interface TeamState extends TeamData {
  loadMe(): Promise<void>;
  loadMembers(): Promise<void>;
  openMember(id: string | null): void;
  setNotice(notice: string | null): void;
}

const initial: TeamData = { me: null, members: null, loadError: null, openMemberId: null, notice: null };

export const useTeam = create<TeamState>()((set) => ({
  ...initial,
  loadMe: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.team.me({}));
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { me: reply.value } : { loadError: reply.error });
  },
  loadMembers: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.team.list({}));
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { members: reply.value, loadError: null } : { loadError: reply.error });
  },
  openMember: (id) => set({ openMemberId: id }),
  setNotice: (notice) => set({ notice }),
}));

registerStoreReset(() => useTeam.setState(initial));
