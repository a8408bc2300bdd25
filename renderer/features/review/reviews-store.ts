// The committee review packets screens' state: which view shows, the packets composed and sent, and what the last
// "Import a return…" did.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { PacketSummary, ReturnImportReport } from '../../../common/review/review.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

export type ReviewsView =
  | { name: 'packets'; notice?: string }
  | { name: 'compose' }
  | { name: 'packet'; id: string; notice?: string };

/** What the last "Import a return…" did, shown on the packets list until the next one. */
export type ReturnImportOutcome = { kind: 'imported'; report: ReturnImportReport } | { kind: 'refused'; error: CreErrorPayload } | { kind: 'cancelled' };

interface ReviewsData {
  view: ReviewsView;
  packets: PacketSummary[] | null;
  packetsError: CreErrorPayload | null;
  lastImport: ReturnImportOutcome | null;
}

interface ReviewsState extends ReviewsData {
  open(view: ReviewsView): void;
  loadPackets(): Promise<void>;
  setLastImport(outcome: ReturnImportOutcome | null): void;
}

const initial: ReviewsData = { view: { name: 'packets' }, packets: null, packetsError: null, lastImport: null };

export const useReviews = create<ReviewsState>()((set) => ({
  ...initial,
  open: (view) => set({ view }),
  loadPackets: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewPackets.list({ limit: 1000 }));
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { packets: reply.value, packetsError: null } : { packetsError: reply.error });
  },
  setLastImport: (lastImport) => set({ lastImport }),
}));

registerStoreReset(() => useReviews.setState(initial));
