// One place every store registers its reset with, so a lock clears all renderer state at once.
const resetters = new Set<() => void>();
let epoch = 0;

/** Adds a store's reset; called once by each store module when it is first imported. */
export function registerStoreReset(reset: () => void): void {
  resetters.add(reset);
}

/** Empties every registered store and invalidates the answers of calls still in flight. */
export function resetAllStores(): void {
  epoch += 1;
  for (const reset of resetters) reset();
}

/** A number that changes on every reset: an async action compares it before writing what it fetched. */
export function storeEpoch(): number {
  return epoch;
}
