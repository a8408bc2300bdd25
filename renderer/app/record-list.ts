// The list machinery the record stores share: batches that drop stale answers, "Show more" paging, and delete with undo.
// It takes the calls to main as functions, so it never touches window.cre and runs under plain Node in tests.
import type { CreErrorPayload, Reply } from '../../common/contract/errors.js';
import { storeEpoch } from './store-reset.js';

/** A record just deleted, offered for undo under the name the notice shows. */
export interface DeletedRecord {
  id: string;
  name: string;
}

/** The fields every record list keeps next to its filters. */
export interface RecordListData<Item> {
  /** null until the first answer for the current filters. */
  items: Item[] | null;
  listError: CreErrorPayload | null;
  /** The record just deleted, offered for undo. */
  undo: DeletedRecord | null;
}

/** A record list shown in batches, with "Show more" for the next one. */
export interface PagedRecordListData<Item> extends RecordListData<Item> {
  /** True when the last batch was full, so there may be more to show. */
  hasMore: boolean;
}

/** Where a store goes back to after a delete: its list. */
interface ListViewPatch {
  view?: { name: 'list' };
}

/** What deleting a record writes: the undo notice, and the list view to land on. */
interface RemovalPatch extends ListViewPatch {
  undo: DeletedRecord | null;
}

/** How to delete a record and bring it back. */
export interface RemovalCalls {
  delete(id: string): Promise<Reply<null>>;
  restore(id: string): Promise<Reply<null>>;
}

/** The delete-with-undo actions a store exposes. */
export interface UndoableRemoval {
  remove(id: string, name: string): Promise<Reply<null>>;
  undoRemove(): Promise<Reply<null>>;
  dismissUndo(): void;
}

/** Which slice of the list to fetch. */
export interface BatchRange {
  offset: number;
  limit: number;
}

/** How a store fetches its records: one batch for its current filters, and delete and restore. */
export interface RecordSource<Item> extends RemovalCalls {
  list(range: BatchRange): Promise<Reply<Item[]>>;
}

export interface RecordListActions extends UndoableRemoval {
  /** Fetches the first batch again for the current filters. */
  load(): Promise<void>;
}

export interface PagedRecordListActions extends RecordListActions {
  /** Appends the next batch, unless the last one was short or a batch is already coming. */
  loadMore(): Promise<void>;
}

/**
 * Delete → undo notice → refetch, and undo → restore → refetch. A lock in between
 * (a changed store epoch) leaves the emptied store alone.
 */
export function undoableRemoval(
  set: (patch: RemovalPatch) => void,
  get: () => { undo: DeletedRecord | null },
  calls: RemovalCalls,
  refetch: () => void,
): UndoableRemoval {
  return {
    async remove(id, name) {
      const epoch = storeEpoch();
      const reply = await calls.delete(id);
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: { id, name }, view: { name: 'list' } });
        refetch();
      }
      return reply;
    },

    async undoRemove() {
      const undo = get().undo;
      if (!undo) return { ok: true, value: null };
      const epoch = storeEpoch();
      const reply = await calls.restore(undo.id);
      if (reply.ok && epoch === storeEpoch()) {
        set({ undo: null });
        refetch();
      }
      return reply;
    },

    dismissUndo: () => set({ undo: null }),
  };
}

/**
 * Fetches a batch (from the start when `fresh`, else after the items already shown) and hands
 * the answer on only if it is still wanted: each fresh fetch gets a number, and an answer for an
 * older one, or one that arrives after a lock, is dropped.
 */
function latestBatchFetcher<Item>(
  get: () => { items: Item[] | null },
  list: RecordSource<Item>['list'],
  limit: number,
  write: (reply: Reply<Item[]>, fresh: boolean) => void,
): (fresh: boolean) => Promise<void> {
  let generation = 0;
  return async (fresh) => {
    const epoch = storeEpoch();
    const mine = fresh ? ++generation : generation;
    const offset = fresh ? 0 : (get().items?.length ?? 0);
    const reply = await list({ offset, limit });
    if (epoch !== storeEpoch() || mine !== generation) return;
    write(reply, fresh);
  };
}

/** A list fetched in one batch of at most `limit` records, with delete and undo. */
export function recordList<Item>(
  set: (patch: Partial<RecordListData<Item>> & ListViewPatch) => void,
  get: () => RecordListData<Item>,
  source: RecordSource<Item>,
  limit: number,
): RecordListActions {
  const fetchBatch = latestBatchFetcher(get, source.list, limit, (reply) => {
    set(reply.ok ? { items: reply.value, listError: null } : { listError: reply.error });
  });
  const load = () => fetchBatch(true);
  return { load, ...undoableRemoval(set, get, source, () => void load()) };
}

/** A list fetched `pageSize` records at a time, with "Show more", delete and undo. */
export function pagedRecordList<Item>(
  set: (patch: Partial<PagedRecordListData<Item>> & ListViewPatch) => void,
  get: () => PagedRecordListData<Item>,
  source: RecordSource<Item>,
  pageSize: number,
): PagedRecordListActions {
  let moreInFlight = false;
  const fetchBatch = latestBatchFetcher(get, source.list, pageSize, (reply, fresh) => {
    if (!reply.ok) {
      set({ listError: reply.error });
      return;
    }
    set({
      listError: null,
      items: fresh ? reply.value : [...(get().items ?? []), ...reply.value],
      hasMore: reply.value.length === pageSize,
    });
  });
  const load = () => fetchBatch(true);
  return {
    load,
    loadMore: async () => {
      if (!get().hasMore || moreInFlight) return;
      moreInFlight = true;
      try {
        await fetchBatch(false);
      } finally {
        moreInFlight = false;
      }
    },
    ...undoableRemoval(set, get, source, () => void load()),
  };
}
