// The Bundles screen's state: which view shows, the history of bundles sent and received, the delivery state per team
// member, and the open and resolved conflicts.
import { create } from 'zustand';
import type { BundleHistoryEntry, ConflictView, ImportReport } from '../../../common/bundles/bundle-views.schema.js';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

export type BundlesView =
  | { name: 'home' }
  | { name: 'create' }
  | { name: 'conflicts'; resolved: boolean }
  | { name: 'conflict'; id: string; resolved: boolean; notice?: string };

/** What the last "Open bundle…" did, shown on the home view until the next one. */
export type ImportOutcome = { kind: 'imported'; report: ImportReport } | { kind: 'refused'; error: CreErrorPayload } | { kind: 'cancelled' };

interface BundlesData {
  view: BundlesView;
  history: BundleHistoryEntry[] | null;
  historyError: CreErrorPayload | null;
  /** Per team member: the last bundle they acknowledged and what waits (bundles.delivery). */
  delivery: DeliveryState[] | null;
  deliveryError: CreErrorPayload | null;
  /** Conflicts by state: `open` still wait for a choice, `resolved` keep what was chosen. */
  conflicts: { open: ConflictView[] | null; resolved: ConflictView[] | null };
  conflictsError: CreErrorPayload | null;
  lastImport: ImportOutcome | null;
}

interface BundlesState extends BundlesData {
  open(view: BundlesView): void;
  /** The history and the delivery state, which every export and import change together. */
  loadHistory(): Promise<void>;
  loadDelivery(): Promise<void>;
  loadConflicts(resolved: boolean): Promise<void>;
  setLastImport(outcome: ImportOutcome | null): void;
}

const initial: BundlesData = {
  view: { name: 'home' },
  history: null,
  historyError: null,
  delivery: null,
  deliveryError: null,
  conflicts: { open: null, resolved: null },
  conflictsError: null,
  lastImport: null,
};

export const useBundles = create<BundlesState>()((set, get) => ({
  ...initial,
  open: (view) => set({ view }),
  loadHistory: async () => {
    const epoch = storeEpoch();
    const [reply] = await Promise.all([request((api) => api.bundles.history({})), get().loadDelivery()]);
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { history: reply.value, historyError: null } : { historyError: reply.error });
  },
  loadDelivery: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.delivery({}));
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { delivery: reply.value, deliveryError: null } : { deliveryError: reply.error });
  },
  loadConflicts: async (resolved) => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.conflicts({ resolved }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return set({ conflictsError: reply.error });
    set((state) => ({ conflicts: { ...state.conflicts, [resolved ? 'resolved' : 'open']: reply.value }, conflictsError: null }));
  },
  setLastImport: (lastImport) => set({ lastImport }),
}));

registerStoreReset(() => useBundles.setState(initial));
