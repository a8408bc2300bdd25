// The consultation rounds screens' state: which view shows, the search text, the rounds found, and the undo notice.
import { create } from 'zustand';
import type { ConsultationSummary } from '../../../common/consultations/consultation.schema.js';
import { request } from '../../app/cre.js';
import { recordList, type RecordListData, type UndoableRemoval } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';

/** The most rounds one search shows; the list says so when there may be more. */
export const CONSULTATIONS_LIMIT = 500;

export type ConsultationsView =
  | { name: 'list' }
  | { name: 'detail'; id: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface ConsultationsData extends RecordListData<ConsultationSummary> {
  view: ConsultationsView;
  text: string;
}

interface ConsultationsState extends ConsultationsData, UndoableRemoval {
  open(view: ConsultationsView): void;
  setText(text: string): void;
  search(): Promise<void>;
}

const initial: ConsultationsData = {
  view: { name: 'list' },
  text: '',
  items: null,
  listError: null,
  undo: null,
};

export const useConsultations = create<ConsultationsState>()((set, get) => {
  const { load, ...removal } = recordList<ConsultationSummary>(
    set,
    get,
    {
      list: (range) => request((api) => api.consultations.list({ text: get().text, deleted: false, ...range })),
      delete: (id) => request((api) => api.consultations.delete({ id })),
      restore: (id) => request((api) => api.consultations.restore({ id })),
    },
    CONSULTATIONS_LIMIT,
  );

  return {
    ...initial,
    ...removal,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void load();
    },
    search: load,
  };
});

registerStoreReset(() => useConsultations.setState(initial));
