// The dashboard's state: which view shows (overview or the list behind a figure), the period, the figures, and that list.
// Holds counts and record names the page already shows elsewhere; nothing sensitive.
import { create } from 'zustand';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import type { Dashboard, DashboardDrill, DashboardFigure, DashboardRange } from '../../../common/dashboard/dashboard.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';
import { rangeFor, type RangePreset } from './dashboard-range.js';

/** How many records one request for a figure's list brings; "Show more" asks for the next batch. */
export const DRILL_PAGE_SIZE = 100;

export type DashboardView = { name: 'overview' } | { name: 'drill'; figure: DashboardFigure };

interface DashboardData {
  view: DashboardView;
  preset: RangePreset;
  custom: { from: string; to: string };
  /** The range the figures were asked for. */
  range: DashboardRange;
  figures: Dashboard | null;
  figuresError: CreErrorPayload | null;
  drill: DashboardDrill | null;
  drillError: CreErrorPayload | null;
}

interface DashboardState extends DashboardData {
  open(view: DashboardView): void;
  setPreset(preset: RangePreset): void;
  setCustom(custom: { from: string; to: string }): void;
  load(): Promise<void>;
  loadDrill(): Promise<void>;
  loadMoreDrill(): Promise<void>;
  exportCsv(): Promise<Reply<{ saved: boolean }>>;
  printReport(): Promise<Reply<{ saved: boolean }>>;
}

const initial: DashboardData = {
  view: { name: 'overview' },
  preset: 'last12',
  custom: { from: '', to: '' },
  range: rangeFor('last12', { from: '', to: '' }),
  figures: null,
  figuresError: null,
  drill: null,
  drillError: null,
};

export const useDashboard = create<DashboardState>()((set, get) => {
  // Each new question gets a number; an answer to an older one is dropped.
  let figuresAsked = 0;
  let drillAsked = 0;

  async function fetchFigures(): Promise<void> {
    const epoch = storeEpoch();
    const mine = ++figuresAsked;
    const range = rangeFor(get().preset, get().custom);
    set({ range });
    const reply = await request((api) => api.dashboard.get({ range }));
    if (epoch !== storeEpoch() || mine !== figuresAsked) return;
    set(reply.ok ? { figures: reply.value, figuresError: null } : { figuresError: reply.error });
  }

  async function fetchDrill(fresh: boolean): Promise<void> {
    const { view, range, drill } = get();
    if (view.name !== 'drill') return;
    const epoch = storeEpoch();
    const mine = fresh ? ++drillAsked : drillAsked;
    const offset = fresh ? 0 : (drill?.items.length ?? 0);
    const reply = await request((api) => api.dashboard.drill({ range, figure: view.figure, offset, limit: DRILL_PAGE_SIZE }));
    if (epoch !== storeEpoch() || mine !== drillAsked) return;
    if (!reply.ok) {
      set({ drillError: reply.error });
      return;
    }
    const previous = get().drill;
    const merged = !fresh && previous !== null && previous.kind === reply.value.kind ? { ...reply.value, items: [...previous.items, ...reply.value.items] } : reply.value;
    set({ drill: merged as DashboardDrill, drillError: null });
  }

  return {
    ...initial,
    open: (view) => set(view.name === 'drill' ? { view, drill: null, drillError: null } : { view }),
    setPreset: (preset) => {
      set({ preset });
      void fetchFigures();
    },
    setCustom: (custom) => {
      set({ custom });
      const { from, to } = custom;
      if (from === '' || to === '' || from <= to) void fetchFigures();
    },
    load: fetchFigures,
    loadDrill: () => fetchDrill(true),
    loadMoreDrill: () => fetchDrill(false),
    exportCsv: () => request((api) => api.dashboard.exportCsv({ range: get().range })),
    printReport: () => request((api) => api.dashboard.printReport({ range: get().range })),
  };
});

registerStoreReset(() => useDashboard.setState(initial));
