// Runs inside the test page before the app: builds window.cre with the same factory as the preload, over a Playwright binding.
import { createCreApi } from '../../../common/contract/cre-api.js';

declare global {
  interface Window {
    __creInvoke(channel: string, input: unknown): Promise<unknown>;
    __creDispatch(channel: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();

window.cre = createCreApi({
  invoke: (channel, input) => window.__creInvoke(channel, input),
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
});

window.__creDispatch = (channel, payload) => {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener(payload);
};
