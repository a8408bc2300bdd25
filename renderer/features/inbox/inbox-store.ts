// The review inbox screens' state: which view shows, the packets received, and what the last "Open a review packet…" did.
import { create } from 'zustand';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { InboxImportReport, InboxItem } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

export type InboxView =
  | { name: 'inbox' }
  | { name: 'packet'; packetId: string }
  | { name: 'application'; packetId: string; applicationId: string };

/** What opening a packet file did: opened into the inbox, cancelled in the dialog, or refused (nothing kept). */
export type PacketImportOutcome = { kind: 'opened'; report: InboxImportReport } | { kind: 'cancelled' } | { kind: 'refused'; error: CreErrorPayload };

interface InboxData {
  view: InboxView;
  items: InboxItem[] | null;
  loadError: CreErrorPayload | null;
  lastImport: PacketImportOutcome | null;
}

interface InboxState extends InboxData {
  open(view: InboxView): void;
  load(): Promise<void>;
  setLastImport(outcome: PacketImportOutcome | null): void;
}

const initial: InboxData = { view: { name: 'inbox' }, items: null, loadError: null, lastImport: null };

export const useInbox = create<InboxState>()((set) => ({
  ...initial,
  open: (view) => set({ view }),
  load: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.list({}));
    if (epoch !== storeEpoch()) return;
    set(reply.ok ? { items: reply.value, loadError: null } : { loadError: reply.error });
  },
  setLastImport: (lastImport) => set({ lastImport }),
}));

registerStoreReset(() => useInbox.setState(initial));
