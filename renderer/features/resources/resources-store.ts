// The resources screens' state: which view shows, the search text and filters, the fetched list, and the undo notice.
import { create } from 'zustand';
import type { ResourceSummary, ResourceType } from '../../../common/resources/resource.schema.js';
import type { StrategyArea } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';

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

interface ResourcesData extends PagedRecordListData<ResourceSummary> {
  view: ResourcesView;
  text: string;
  filters: ResourceFilters;
}

interface ResourcesState extends ResourcesData, PagedRecordListActions {
  open(view: ResourcesView): void;
  setText(text: string): void;
  setFilters(filters: Partial<ResourceFilters>): void;
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
  const list = pagedRecordList<ResourceSummary>(
    set,
    get,
    {
      list: (range) => {
        const { text, filters } = get();
        return request((api) => api.resources.list({ text, ...filters, ...range }));
      },
      delete: (id) => request((api) => api.resources.delete({ id })),
      restore: (id) => request((api) => api.resources.restore({ id })),
    },
    RESOURCE_PAGE_SIZE,
  );

  return {
    ...initial,
    ...list,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void list.load();
    },
    setFilters: (filters) => {
      set((state) => ({ filters: { ...state.filters, ...filters } }));
      void list.load();
    },
  };
});

registerStoreReset(() => useResources.setState(initial));
