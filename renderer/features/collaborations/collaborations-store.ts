// The collaborations screens' state: which view shows, the state filter, the fetched list, and the undo notice.
import { create } from 'zustand';
import type { Collaboration, CollaborationState } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { pagedRecordList, type PagedRecordListActions, type PagedRecordListData } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';

/** How many collaborations one request brings; "Show more" asks for the next batch. */
export const COLLABORATION_PAGE_SIZE = 100;

export type CollaborationsView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create'; communityId: string | null; requestId: string | null }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface CollaborationsData extends PagedRecordListData<Collaboration> {
  view: CollaborationsView;
  /** The one state the list shows, or null for every state. */
  state: CollaborationState | null;
}

interface CollaborationsState extends CollaborationsData, PagedRecordListActions {
  open(view: CollaborationsView): void;
  setState(state: CollaborationState | null): void;
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
  const list = pagedRecordList<Collaboration>(
    set,
    get,
    {
      list: (range) => {
        const { state } = get();
        const states = state ? [state] : [];
        return request((api) => api.collaborations.list({ states, ...range }));
      },
      delete: (id) => request((api) => api.collaborations.delete({ id })),
      restore: (id) => request((api) => api.collaborations.restore({ id })),
    },
    COLLABORATION_PAGE_SIZE,
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

registerStoreReset(() => useCollaborations.setState(initial));
