// The collaborations screens' state: which view shows, the state filter, the fetched list, and the undo notice.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { Collaboration, CollaborationState } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

/** How many collaborations one request brings; "Show more" asks for the next batch. */
export const COLLABORATION_PAGE_SIZE = 100;

export type CollaborationsView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create'; communityId: string | null; requestId: string | null }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface CollaborationsData {
  view: CollaborationsView;
  /** The one state the list shows, or null for every state. */
  state: CollaborationState | null;
  /** null until the first answer for the current filter. */
  items: Collaboration[] | null;
  /** True when the last batch was full, so there may be more to show. */
  hasMore: boolean;
  listError: CreErrorPayload | null;
  /** The collaboration just deleted, offered for undo. */
  undo: { id: string; name: string } | null;
}

interface CollaborationsState extends CollaborationsData {
  open(view: CollaborationsView): void;
  setState(state: CollaborationState | null): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  remove(id: string, name: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

const initial: CollaborationsData = {
  view: { name: 'list' },
  state: null,
  items: null,
  hasMore: false,
  listError: null,
  undo: null,
};

export const useCollaborations = create<CollaborationsState>()((set, get) => {
  // Each new filter gets a number; a batch that comes back for an older filter is dropped.
  let generation = 0;
  let moreInFlight = false;

  async function fetchBatch(fresh: boolean): Promise<void> {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const { state } = get();
    const offset = fresh ? 0 : (get().items?.length ?? 0);
    const states = state ? [state] : [];
    const reply = await request((api) => api.collaborations.list({ states, offset, limit: COLLABORATION_PAGE_SIZE }));
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (!reply.ok) {
      set({ listError: reply.error });
      return;
    }
    set((current) => ({
      listError: null,
      items: fresh ? reply.value : [...(current.items ?? []), ...reply.value],
      hasMore: reply.value.length === COLLABORATION_PAGE_SIZE,
    }));
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setState: (state) => {
      set({ state });
      void fetchBatch(true);
    },
    load: () => fetchBatch(true),
    loadMore: async () => {
      if (!get().hasMore || moreInFlight) return;
      moreInFlight = true;
      try {
        await fetchBatch(false);
      } finally {
        moreInFlight = false;
      }
    },

    async remove(id, name) {
      const epoch = storeEpoch();
      const reply = await request((api) => api.collaborations.delete({ id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: { id, name }, view: { name: 'list' } });
        void fetchBatch(true);
      }
      return reply;
    },

    async undoRemove() {
      const undo = get().undo;
      if (!undo) return { ok: true, value: null };
      const epoch = storeEpoch();
      const reply = await request((api) => api.collaborations.restore({ id: undo.id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        void fetchBatch(true);
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
});

registerStoreReset(() => useCollaborations.setState(initial));
