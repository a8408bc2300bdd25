// One transaction per change, stamped by the vault clock: how every service of syncable records writes.
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import type { VaultClock } from '../sync/vault-clock.js';

export interface WriterDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
}

export type Write = <T>(work: (db: WritableDB, stamp: SyncStamp) => T) => T;

/** Runs `work` in one transaction on the open vault with a fresh stamp; any throw rolls every step back. */
export function transactionWriter(deps: WriterDeps): Write {
  return (work) => {
    const { db, vaultId } = deps.openVault();
    return inTransaction(db, () => work(db, deps.clock.stamp(db, vaultId)));
  };
}
