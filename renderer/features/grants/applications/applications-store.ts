// The applications list's state: the call and state filters, the fetched batches, and the undo notice after a delete.
import { create } from 'zustand';
import type { Application, ApplicationState } from '../../../../common/grants/application.schema.js';
import { request } from '../../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../../app/record-list.js';
import { registerStoreReset } from '../../../app/store-reset.js';

/** How many applications one request brings; "Show more" asks for the next batch. */
export const APPLICATION_PAGE_SIZE = 100;

interface ApplicationsData extends PagedRecordListData<Application> {
  /** The one call the list shows, or null for every call. */
  callId: string | null;
  /** The one state the list shows, or null for every state. */
  state: ApplicationState | null;
}

interface ApplicationsState extends ApplicationsData, PagedRecordListActions {
  setCall(callId: string | null): void;
  setState(state: ApplicationState | null): void;
}

const initial: ApplicationsData = { callId: null, state: null, items: null, hasMore: false, listError: null, undo: null };

export const useApplications = create<ApplicationsState>()((set, get) => {
  const list = pagedRecordList<Application>(
    // The section's view is the grants store's; a delete here only leaves the undo notice.
    (patch) => {
      const { view: _listView, ...rest } = patch;
      set(rest);
    },
    get,
    {
      list: (range) => {
        const { callId, state } = get();
        return request((api) => api.grantApplications.list({ callId, states: state ? [state] : [], ...range }));
      },
      delete: (id) => request((api) => api.grantApplications.delete({ id })),
      restore: (id) => request((api) => api.grantApplications.restore({ id })),
    },
    APPLICATION_PAGE_SIZE,
  );

  return {
    ...initial,
    ...list,
    setCall: (callId) => {
      set({ callId, items: get().callId === callId ? get().items : null });
      void list.load();
    },
    setState: (state) => {
      set({ state });
      void list.load();
    },
  };
});

registerStoreReset(() => useApplications.setState(initial));
