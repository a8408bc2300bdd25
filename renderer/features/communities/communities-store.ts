// The communities screens' state: which view shows, the search text and region, the fetched list, and the undo notice.
// No sensitive value lives here: revealed contact values stay in the component that asked for them.
import { create } from 'zustand';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';

/** How many communities one request brings; "Show more" asks for the next batch. */
export const COMMUNITY_PAGE_SIZE = 100;

export type CommunitiesView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface CommunitiesData extends PagedRecordListData<CommunitySummary> {
  view: CommunitiesView;
  text: string;
  region: Region | null;
}

interface CommunitiesState extends CommunitiesData, PagedRecordListActions {
  open(view: CommunitiesView): void;
  setText(text: string): void;
  setRegion(region: Region | null): void;
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
  const list = pagedRecordList<CommunitySummary>(
    set,
    get,
    {
      list: (range) => {
        const { text, region } = get();
        return request((api) => api.communities.list({ text, region, ...range }));
      },
      delete: (id) => request((api) => api.communities.delete({ id })),
      restore: (id) => request((api) => api.communities.restore({ id })),
    },
    COMMUNITY_PAGE_SIZE,
  );

  return {
    ...initial,
    ...list,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void list.load();
    },
    setRegion: (region) => {
      set({ region });
      void list.load();
    },
  };
});

registerStoreReset(() => useCommunities.setState(initial));
