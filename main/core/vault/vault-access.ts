// The one way to reach the open vault: a gated session. While a long job holds the vault (bundle import and export, CSV
// commit, attach), every other caller is told `busy` instead of slipping its writes into that job's transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import { CreFailure } from '../../../common/contract/errors.js';
import type { WritableDB } from '../../../db/handles.js';

/** What a service gets of the open vault: the handle repositories take (SQL itself lives only in db/) and the vault's id. */
export interface OpenVault {
  readonly db: WritableDB;
  readonly vaultId: string;
}

export interface VaultAccess {
  /** The open vault for one call: `locked` when there is none, `busy` while a long job that is not the caller holds it. */
  open(): OpenVault;
  /**
   * Runs a long job with the vault to itself. Calls made from inside the job (its own async context) pass the gate;
   * calls from anywhere else answer `busy`, and so does a second long job.
   */
  exclusive<T>(job: (vault: OpenVault) => Promise<T> | T): Promise<T>;
  /** Whether a long job holds the vault now. */
  isBusy(): boolean;
}

const busy = () => new CreFailure('busy', 'Another long task is running on the vault.');

/** `current` answers the unlocked vault or throws `locked`; it is the only source of the handle, and stays private here. */
export function createVaultAccess(current: () => OpenVault): VaultAccess {
  const holder = new AsyncLocalStorage<symbol>();
  let holding: symbol | null = null;

  const insideTheJob = () => holding !== null && holder.getStore() === holding;

  return {
    open() {
      if (holding !== null && !insideTheJob()) throw busy();
      return current();
    },

    async exclusive(job) {
      if (holding !== null) throw busy();
      const vault = current();
      const token = Symbol('vault job');
      holding = token;
      try {
        return await holder.run(token, () => job(vault));
      } finally {
        holding = null;
      }
    },

    isBusy: () => holding !== null,
  };
}
