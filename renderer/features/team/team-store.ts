// The team screen's state: the vault's own identity, the members, delivery of bundles to them, and which member's safety
// number is open.
import { create } from 'zustand';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { IdentityView, TeamMember } from '../../../common/team/team.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

interface TeamData {
  me: IdentityView | null;
  members: TeamMember[] | null;
  loadError: CreErrorPayload | null;
  /** Per member bundles were sent to: the last bundle acknowledged and what waits (bundles.delivery); null until read. */
  delivery: DeliveryState[] | null;
  /** The member whose safety number dialog is open. */
  openMemberId: string | null;
  /** What the last change to the list did, e.g. a removal, announced under the table. */
  notice: string | null;
}

interface TeamState extends TeamData {
  loadMe(): Promise<void>;
  loadMembers(): Promise<void>;
  loadDelivery(): Promise<void>;
  openMember(id: string | null): void;
  setNotice(notice: string | null): void;
}

const initial: TeamData = { me: null, members: null, loadError: null, delivery: null, openMemberId: null, notice: null };

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
  loadDelivery: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.delivery({}));
    if (epoch !== storeEpoch()) return;
    // The directory reads without it: a member then shows no delivery state rather than the page an error.
    set({ delivery: reply.ok ? reply.value : [] });
  },
  openMember: (id) => set({ openMemberId: id }),
  setNotice: (notice) => set({ notice }),
}));

registerStoreReset(() => useTeam.setState(initial));
