// The harmful projects screens' state: which view shows, the search text, the projects found, and the undo notice.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { HarmfulProjectSummary } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

/** The most projects one search shows; the list says so when there may be more. */
export const PROJECTS_LIMIT = 500;

export type ProjectsView =
  | { name: 'list' }
  | { name: 'detail'; id: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface ProjectsData {
  view: ProjectsView;
  text: string;
  /** null until the first answer for the current text. */
  items: HarmfulProjectSummary[] | null;
  listError: CreErrorPayload | null;
  /** The project just deleted, offered for undo. */
  undo: { id: string; name: string } | null;
}

interface ProjectsState extends ProjectsData {
  open(view: ProjectsView): void;
  setText(text: string): void;
  search(): Promise<void>;
  remove(id: string, name: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

const initial: ProjectsData = {
  view: { name: 'list' },
  text: '',
  items: null,
  listError: null,
  undo: null,
};

export const useProjects = create<ProjectsState>()((set, get) => {
  // Each search gets a number; an answer for an older one is dropped.
  let generation = 0;

  async function fetchList(): Promise<void> {
    const epoch = storeEpoch();
    const mine = ++generation;
    const text = get().text;
    const reply = await request((api) => api.projects.list({ text, deleted: false, offset: 0, limit: PROJECTS_LIMIT }));
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (reply.ok) set({ items: reply.value, listError: null });
    else set({ listError: reply.error });
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setText: (text) => {
      set({ text });
      void fetchList();
    },
    search: fetchList,

    async remove(id, name) {
      const epoch = storeEpoch();
      const reply = await request((api) => api.projects.delete({ id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: { id, name }, view: { name: 'list' } });
        void fetchList();
      }
      return reply;
    },

    async undoRemove() {
      const undo = get().undo;
      if (!undo) return { ok: true, value: null };
      const epoch = storeEpoch();
      const reply = await request((api) => api.projects.restore({ id: undo.id }));
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        void fetchList();
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
});

registerStoreReset(() => useProjects.setState(initial));
