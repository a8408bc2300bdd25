// A search box's own text, handed to its store once typing pauses, so the list searches as you type without a search per key.
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const TYPING_PAUSE_MS = 150;

interface SearchableStore {
  getState(): { text: string; setText(text: string): void };
}

/** Starts from the store's text; returns what the box shows and how to change it. */
export function useTypedSearch(store: SearchableStore): [string, Dispatch<SetStateAction<string>>] {
  const [typed, setTyped] = useState(() => store.getState().text);

  useEffect(() => {
    const { text, setText } = store.getState();
    if (typed === text) return undefined;
    const timer = window.setTimeout(() => setText(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, store]);

  return [typed, setTyped];
}
