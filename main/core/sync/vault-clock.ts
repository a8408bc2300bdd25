// One hybrid logical clock per open vault, shared by every service that writes syncable records.
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { latestHlc } from '../../../db/syncable.js';
import { createHybridClock, type HybridClock } from './hlc.js';

export interface VaultClock {
  /** The stamp of a change made now in the vault `vaultId`: time, HLC (never repeated, never backwards) and writer. */
  stamp(db: ReadableDB, vaultId: string): SyncStamp;
  /** Starts again from the newest HLC in the vault at the next stamp: after an import brought newer clocks in. */
  forget(): void;
}

export function createVaultClock(now: () => number): VaultClock {
  let current: { db: ReadableDB; vaultId: string; clock: HybridClock } | null = null;
  return {
    stamp(db, vaultId) {
      // A new connection (unlock, another vault) starts from the newest HLC stored in any syncable table.
      if (current?.db !== db || current.vaultId !== vaultId) current = { db, vaultId, clock: createHybridClock(vaultId, now, latestHlc(db)) };
      return { at: new Date(now()).toISOString(), hlc: current.clock.next(), changedBy: vaultId };
    },
    forget() {
      current = null;
    },
  };
}
