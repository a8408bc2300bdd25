// The consultation rounds screens' state: which view shows.
import { create } from 'zustand';
import { registerStoreReset } from '../../app/store-reset.js';

export type ConsultationsView =
  | { name: 'list' }
  | { name: 'detail'; id: string }
  | { name: 'create' }
  | { name: 'edit'; id: string }
  | { name: 'deleted' };

interface ConsultationsState {
  view: ConsultationsView;
  open(view: ConsultationsView): void;
}

const initial: { view: ConsultationsView } = { view: { name: 'list' } };

export const useConsultations = create<ConsultationsState>()((set) => ({
  ...initial,
  open: (view) => set({ view }),
}));

registerStoreReset(() => useConsultations.setState(initial));
