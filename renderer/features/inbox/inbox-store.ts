// The review inbox screens' state: which view shows.
import { create } from 'zustand';
import { registerStoreReset } from '../../app/store-reset.js';

export type InboxView =
  | { name: 'inbox' }
  | { name: 'packet'; packetId: string }
  | { name: 'application'; packetId: string; applicationId: string };

interface InboxState {
  view: InboxView;
  open(view: InboxView): void;
}

const initial: { view: InboxView } = { view: { name: 'inbox' } };

export const useInbox = create<InboxState>()((set) => ({
  ...initial,
  open: (view) => set({ view }),
}));

registerStoreReset(() => useInbox.setState(initial));
