// The resources screens' state: which view shows, the search text and filters, the fetched list, and the undo notice.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { ResourceSummary, ResourceType } from '../../../common/resources/resource.schema.js';
import type { StrategyArea } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

/** How many resources one request brings; "Show more" asks for the next batch. */
export const RESOURCE_PAGE_SIZE = 100;

export type ResourcesView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

export interface ResourceFilters {
  type: ResourceType | null;
  strategyArea: StrategyArea | null;
  language: string | null;
}

interface ResourcesData {
  view: ResourcesView;
  text: string;
  filters: ResourceFilters;
  /** null until the first answer for the current search. */
  items: ResourceSummary[] | null;
  /** True when the last batch was full, so there may be more to show. */
  hasMore: boolean;
  listError: CreErrorPayload | null;
  /** The resource just deleted, offered for undo. */
  undo: { id: string; name: string } | null;
}

interface ResourcesState extends ResourcesData {
  open(view: ResourcesView): void;
  setText(text: string): void;
  setFilters(filters: Partial<ResourceFilters>): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  remove(id: string, title: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

const initial: ResourcesData = {
  view: { name: 'list' },
  text: '',
  filters: { type: null, strategyArea: null, language: null },
  items: null,
  hasMore: false,
  listError: null,
  undo: null,
};

export const useResources = create<ResourcesState>()((set, get) => {
  // Each new search gets a number; a batch that comes back for an older search is dropped.
  let generation = 0;
  let moreInFlight = false;

  async function fetchBatch(fresh: boolean): Promise<void> {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const { text, filters } = get();
    const offset = fresh ? 0 : (get().items?.length ?? 0);
    const reply = await request((api) => api.resources.list({ text, ...filters, offset, limit: RESOURCE_PAGE_SIZE }));
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (!reply.ok) {
      set({ listError: reply.error });
      return;
    }
    set((state) => ({
      listError: null,
      items: fresh ? reply.value : [...(state.items ?? []), ...reply.value],
      hasMore: reply.value.length === RESOURCE_PAGE_SIZE,
    }));
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void fetchBatch(true);
    },
    setFilters: (filters) => {
      set((state) => ({ filters: { ...state.filters, ...filters } }));
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

    async remove(id, title) {
      const epoch = storeEpoch();
      const reply = await request((api) => api.resources.delete({ id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: { id, name: title }, view: { name: 'list' } });
        void fetchBatch(true);
      }
      return reply;
    },

    async undoRemove() {
      const undo = get().undo;
      if (!undo) return { ok: true, value: null };
      const epoch = storeEpoch();
      const reply = await request((api) => api.resources.restore({ id: undo.id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        void fetchBatch(true);
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
});

registerStoreReset(() => useResources.setState(initial));
