// The requests screens' state: which view shows, the status filter, the fetched list (most urgent first), and the undo notice.
import { create } from 'zustand';
import type { SupportRequest } from '../../../common/community/request.schema.js';
import { request } from '../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';
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

interface RequestsData extends PagedRecordListData<SupportRequest> {
  view: RequestsView;
  filter: StatusFilter;
}

interface RequestsState extends RequestsData, PagedRecordListActions {
  open(view: RequestsView): void;
  setFilter(filter: StatusFilter): void;
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
  const list = pagedRecordList<SupportRequest>(
    set,
    get,
    {
      list: (range) => {
        const statuses = statusesOf(get().filter);
        return request((api) => api.requests.list({ statuses, ...range }));
      },
      delete: (id) => request((api) => api.requests.delete({ id })),
      restore: (id) => request((api) => api.requests.restore({ id })),
    },
    REQUEST_PAGE_SIZE,
  );

  return {
    ...initial,
    ...list,
    open: (view) => set({ view }),
    setFilter: (filter) => {
      set({ filter });
      void list.load();
    },
  };
});

registerStoreReset(() => useRequests.setState(initial));
