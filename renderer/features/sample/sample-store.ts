// Whether the vault in the folder is a sample vault, and its public passphrase; asked again whenever the screen changes.
import { create } from 'zustand';
import type { SampleStatus } from '../../../common/contract/sample.contract.js';
import { request } from '../../app/cre.js';
import { registerStoreReset, storeEpoch } from '../../app/store-reset.js';

interface SampleState {
  /** Null until main has answered (and after a reset): nothing sample-related is shown then. */
  status: SampleStatus | null;
  refresh(): Promise<void>;
}

export const useSample = create<SampleState>()((set) => ({
  status: null,
  refresh: async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.sample.status({}));
    // An answer that arrives after a reset belongs to the vault state before it: the next refresh asks again.
    if (epoch !== storeEpoch()) return;
    set({ status: reply.ok ? reply.value : null });
  },
}));

registerStoreReset(() => useSample.setState({ status: null }));
