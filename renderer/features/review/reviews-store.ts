// The committee review packets screens' state: which view shows.
import { create } from 'zustand';
import { registerStoreReset } from '../../app/store-reset.js';

export type ReviewsView =
  | { name: 'packets' }
  | { name: 'compose' }
  | { name: 'packet'; id: string };

interface ReviewsState {
  view: ReviewsView;
  open(view: ReviewsView): void;
}

const initial: { view: ReviewsView } = { view: { name: 'packets' } };

export const useReviews = create<ReviewsState>()((set) => ({
  ...initial,
  open: (view) => set({ view }),
}));

registerStoreReset(() => useReviews.setState(initial));
