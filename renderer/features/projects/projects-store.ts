// The harmful projects screens' state: which view shows, the search text, the projects found, and the undo notice.
import { create } from 'zustand';
import type { HarmfulProjectSummary } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { recordList, type RecordListData, type UndoableRemoval } from '../../app/record-list.js';
import { registerStoreReset } from '../../app/store-reset.js';

/** The most projects one search shows; the list says so when there may be more. */
export const PROJECTS_LIMIT = 500;

export type ProjectsView =
  | { name: 'list' }
  | { name: 'detail'; id: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface ProjectsData extends RecordListData<HarmfulProjectSummary> {
  view: ProjectsView;
  text: string;
}

interface ProjectsState extends ProjectsData, UndoableRemoval {
  open(view: ProjectsView): void;
  setText(text: string): void;
  search(): Promise<void>;
}

const initial: ProjectsData = {
  view: { name: 'list' },
  text: '',
  items: null,
  listError: null,
  undo: null,
};

export const useProjects = create<ProjectsState>()((set, get) => {
  const { load, ...removal } = recordList<HarmfulProjectSummary>(
    set,
    get,
    {
      list: (range) => request((api) => api.projects.list({ text: get().text, deleted: false, ...range })),
      delete: (id) => request((api) => api.projects.delete({ id })),
      restore: (id) => request((api) => api.projects.restore({ id })),
    },
    PROJECTS_LIMIT,
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

registerStoreReset(() => useProjects.setState(initial));
