// The roster screens' state: which view shows, the query, the fetched pages of results and facet counts, and the undo notice.
// No sensitive value lives here: revealed contacts and risk notes stay in the component that asked for them.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { FacetCounts, RosterFacet } from '../../../common/contract/roster.contract.js';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { undoableRemoval, type DeletedRecord, type UndoableRemoval } from '../../app/record-list.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';
import { effectiveSort, PAGE_SIZE, toggleFilter, type RosterFilters, type RosterSort } from './facet-display.js';

export type RosterView =
  | { name: 'list' }
  | { name: 'detail'; id: string; notice?: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' }
  | { name: 'merge'; id: string }
  | { name: 'importExport' };

interface RosterData {
  view: RosterView;
  text: string;
  filters: RosterFilters;
  /** The order chosen for browsing without text. */
  sort: RosterSort;
  /** The order chosen while text is typed; null means relevance. Forgotten when the text is cleared. */
  typedSort: RosterSort | null;
  /** null until the first answer for the current query. */
  total: number | null;
  pages: Record<number, CollaboratorSummary[]>;
  facets: FacetCounts;
  searchError: CreErrorPayload | null;
  /** The row the list highlights, kept so coming back from a detail lands on the same person. */
  activeIndex: number;
  /** The collaborator just deleted, offered for undo. */
  undo: DeletedRecord | null;
}

interface RosterState extends RosterData, UndoableRemoval {
  open(view: RosterView): void;
  setText(text: string): void;
  /** Picks the order: the one for typed text while there is text, else the browsing one. */
  setSort(sort: RosterSort): void;
  setFilter(facet: RosterFacet, value: string, checked: boolean): void;
  clearFilters(): void;
  /** Reopens a saved search: its text, filters and sort at once. */
  applyQuery(query: { text: string; filters: RosterFilters; sort: RosterSort }): void;
  /** The query the list shows, with the order in effect: what a saved search or an export keeps. */
  currentQuery(): { text: string; filters: RosterFilters; sort: RosterSort };
  setActiveIndex(index: number): void;
  search(): Promise<void>;
  loadPage(page: number): Promise<void>;
}

const initial: RosterData = {
  view: { name: 'list' },
  text: '',
  filters: {},
  sort: 'name',
  typedSort: null,
  total: null,
  pages: {},
  facets: {},
  searchError: null,
  activeIndex: 0,
  undo: null,
};

export const useRoster = create<RosterState>()((set, get) => {
  // Each new query gets a number; a page that comes back for an older query is dropped.
  let generation = 0;
  const inFlight = new Set<string>();

  function queryOf(state: RosterData) {
    return { text: state.text, filters: state.filters, sort: effectiveSort(state.sort, state.text, state.typedSort) };
  }

  async function fetchPage(page: number, fresh: boolean): Promise<void> {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const key = `${mine}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const query = queryOf(get());
    const reply = await request((api) => api.roster.search({ query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }));
    inFlight.delete(key);
    if (epoch !== storeEpoch() || mine !== generation) return;
    if (!reply.ok) {
      set({ searchError: reply.error });
      return;
    }
    const { total, items, facets } = reply.value;
    set((state) => ({
      total,
      facets,
      searchError: null,
      pages: fresh ? { [page]: items } : { ...state.pages, [page]: items },
      // A refresh (coming back from a detail) keeps the highlighted row while it still exists.
      activeIndex: Math.min(state.activeIndex, Math.max(total - 1, 0)),
    }));
  }

  function requery(patch: Partial<RosterData>): void {
    set({ ...patch, activeIndex: 0 });
    void fetchPage(0, true);
  }

  return {
    ...initial,
    open: (view) => set({ view }),
    setText: (text) => requery(text.trim() === '' ? { text, typedSort: null } : { text }),
    setSort: (sort) => requery(get().text.trim() !== '' ? { typedSort: sort === 'relevance' ? null : sort } : { sort }),
    setFilter: (facet, value, checked) => requery({ filters: toggleFilter(get().filters, facet, value, checked) }),
    clearFilters: () => requery({ filters: {} }),
    applyQuery: ({ text, filters, sort }) =>
      requery(
        text.trim() !== ''
          ? { text, filters, typedSort: sort === 'relevance' ? null : sort }
          : { text, filters, sort: effectiveSort(sort, ''), typedSort: null },
      ),
    currentQuery: () => queryOf(get()),
    setActiveIndex: (activeIndex) => set({ activeIndex }),
    search: () => fetchPage(0, true),
    loadPage: async (page) => {
      if (get().pages[page]) return;
      await fetchPage(page, false);
    },
    ...undoableRemoval(
      set,
      get,
      {
        delete: (id) => request((api) => api.roster.delete({ id })),
        restore: (id) => request((api) => api.roster.restore({ id })),
      },
      () => void fetchPage(0, true),
    ),
  };
});

registerStoreReset(() => useRoster.setState(initial));
