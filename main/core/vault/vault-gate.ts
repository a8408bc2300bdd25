// One long job at a time on the open vault: while a bundle is written or read (its transaction spans awaits), every
// other caller is told the vault is busy instead of slipping its writes into that transaction.
import { CreFailure } from '../../../common/contract/errors.js';

export interface VaultGate {
  /** Throws `busy` while an exclusive job runs. */
  check(): void;
  /** Runs `job` with the vault to itself; a second job while one runs is refused with `busy`. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
}

export function createVaultGate(): VaultGate {
  let running = false;
  const busy = () => new CreFailure('busy', 'Another long task is running on the vault.');
  return {
    check() {
      if (running) throw busy();
    },
    async exclusive(job) {
      if (running) throw busy();
      running = true;
      try {
        return await job();
      } finally {
        running = false;
      }
    },
  };
}
