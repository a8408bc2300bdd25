// The communities screens' state: which view shows, the search text and region, the fetched list, and the undo notice.
// No sensitive value lives here: revealed contact values stay in the component that asked for them.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

/** How many communities one request brings; "Show more" asks for the next batch. */
export const COMMUNITY_PAGE_SIZE = 100;

export type CommunitiesView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface CommunitiesData {
  view: CommunitiesView;
  text: string;
  region: Region | null;
  /** null until the first answer for the current search. */
  items: CommunitySummary[] | null;
  /** True when the last batch was full, so there may be more to show. */
  hasMore: boolean;
  listError: CreErrorPayload | null;
  /** The community just deleted, offered for undo. */
  undo: { id: string; name: string } | null;
}

interface CommunitiesState extends CommunitiesData {
  open(view: CommunitiesView): void;
  setText(text: string): void;
  setRegion(region: Region | null): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  remove(id: string, name: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

const initial: CommunitiesData = {
  view: { name: 'list' },
  text: '',
  region: null,
  items: null,
  hasMore: false,
  listError: null,
  undo: null,
};

export const useCommunities = create<CommunitiesState>()((set, get) => {
  // Each new search gets a number; a batch that comes back for an older search is dropped.
  let generation = 0;
  let moreInFlight = false;

  async function fetchBatch(fresh: boolean): Promise<void> {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const { text, region } = get();
    const offset = fresh ? 0 : (get().items?.length ?? 0);
    const reply = await request((api) => api.communities.list({ text, region, offset, limit: COMMUNITY_PAGE_SIZE }));
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (!reply.ok) {
      set({ listError: reply.error });
      return;
    }
    set((state) => ({
      listError: null,
      items: fresh ? reply.value : [...(state.items ?? []), ...reply.value],
      hasMore: reply.value.length === COMMUNITY_PAGE_SIZE,
    }));
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void fetchBatch(true);
    },
    setRegion: (region) => {
      set({ region });
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
      const reply = await request((api) => api.communities.delete({ id }));
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
      const reply = await request((api) => api.communities.restore({ id: undo.id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        void fetchBatch(true);
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
});

registerStoreReset(() => useCommunities.setState(initial));
