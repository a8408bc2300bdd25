// The grants section's state: which view shows, the calls list with its state filter and paging, and the undo notice.
import { create } from 'zustand';
import type { Call, CallState } from '../../../common/grants/call.schema.js';
import { request } from '../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';
import type { GrantsView } from './grants-views.js';

/** How many calls one request brings; "Show more" asks for the next batch. */
export const CALL_PAGE_SIZE = 100;

interface GrantsData extends PagedRecordListData<Call> {
  view: GrantsView;
  /** The one state the calls list shows, or null for every state. */
  state: CallState | null;
}

interface GrantsState extends GrantsData, PagedRecordListActions {
  open(view: GrantsView): void;
  setState(state: CallState | null): void;
}

const initial: GrantsData = {
  view: { name: 'calls' },
  state: null,
  items: null,
  hasMore: false,
  listError: null,
  undo: null,
};

export const useGrants = create<GrantsState>()((set, get) => {
  const list = pagedRecordList<Call>(
    // After a delete the shared list machinery lands on "the list": here, the calls.
    ({ view, ...patch }) => set(view ? { ...patch, view: { name: 'calls' } } : patch),
    get,
    {
      list: (range) => {
        const { state } = get();
        const states = state ? [state] : [];
        return request((api) => api.grantCalls.list({ states, region: null, deleted: false, ...range }));
      },
      delete: (id) => request((api) => api.grantCalls.delete({ id })),
      restore: (id) => request((api) => api.grantCalls.restore({ id })),
    },
    CALL_PAGE_SIZE,
  );

  return {
    ...initial,
    ...list,
    open: (view) => set({ view }),
    setState: (state) => {
      set({ state });
      void list.load();
    },
  };
});

registerStoreReset(() => useGrants.setState(initial));
