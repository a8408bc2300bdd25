// The requests screens' state: which view shows, the status filter, the fetched list (most urgent first), and the undo notice.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { SupportRequest } from '../../../common/community/request.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';
import { statusesOf, type StatusFilter } from './request-status-filter.js';

/** How many requests one call brings; "Show more" asks for the next batch. */
export const REQUEST_PAGE_SIZE = 100;

export type RequestsView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create'; communityId: string | null }
  | { name: 'edit'; id: string }
  | { name: 'deleted' }
  | { name: 'match'; requestId: string };

interface RequestsData {
  view: RequestsView;
  filter: StatusFilter;
  /** null until the first answer for the current filter. */
  items: SupportRequest[] | null;
  /** True when the last batch was full, so there may be more to show. */
  hasMore: boolean;
  listError: CreErrorPayload | null;
  /** The request just deleted, offered for undo. */
  undo: { id: string; name: string } | null;
}

interface RequestsState extends RequestsData {
  open(view: RequestsView): void;
  setFilter(filter: StatusFilter): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  remove(id: string, name: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

const initial: RequestsData = {
  view: { name: 'list' },
  filter: 'open',
  items: null,
  hasMore: false,
  listError: null,
  undo: null,
};

export const useRequests = create<RequestsState>()((set, get) => {
  // Each new filter gets a number; a batch that comes back for an older one is dropped.
  let generation = 0;
  let moreInFlight = false;

  async function fetchBatch(fresh: boolean): Promise<void> {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const statuses = statusesOf(get().filter);
    const offset = fresh ? 0 : (get().items?.length ?? 0);
    const reply = await request((api) => api.requests.list({ statuses, offset, limit: REQUEST_PAGE_SIZE }));
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (!reply.ok) {
      set({ listError: reply.error });
      return;
    }
    set((state) => ({
      listError: null,
      items: fresh ? reply.value : [...(state.items ?? []), ...reply.value],
      hasMore: reply.value.length === REQUEST_PAGE_SIZE,
    }));
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setFilter: (filter) => {
      set({ filter });
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
      const reply = await request((api) => api.requests.delete({ id }));
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
      const reply = await request((api) => api.requests.restore({ id: undo.id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        void fetchBatch(true);
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
});

registerStoreReset(() => useRequests.setState(initial));
