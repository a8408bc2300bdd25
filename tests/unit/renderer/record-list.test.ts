// The record stores' shared list machinery: stale batches dropped, "Show more" paging, and delete with undo.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Reply } from '../../../common/contract/errors.js';
import {
  pagedRecordList,
  recordList,
  type BatchRange,
  type PagedRecordListActions,
  type PagedRecordListData,
  type RecordListActions,
  type RecordListData,
} from '../../../renderer/app/record-list.js';
import { resetAllStores } from '../../../renderer/app/store-reset.js';

type View = { name: 'list' } | { name: 'detail'; id: string };

/** A call to main the test answers by hand, in any order. */
interface PendingCall<T> {
  args: unknown;
  answer(reply: Reply<T>): Promise<void>;
}

function callLog<T>() {
  const calls: PendingCall<T>[] = [];
  const call = (args: unknown) =>
    new Promise<Reply<T>>((resolve) => {
      calls.push({
        args,
        answer: async (reply) => {
          resolve(reply);
          // Lets the store's awaiting action run to its end before the test looks.
          await new Promise((done) => setTimeout(done, 0));
        },
      });
    });
  return { calls, call };
}

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
const failed: Reply<never> = { ok: false, error: { code: 'internal', message: 'failed' } };

function pagedStore(pageSize: number) {
  const lists = callLog<string[]>();
  const deletes = callLog<null>();
  const restores = callLog<null>();
  type State = PagedRecordListData<string> & PagedRecordListActions & { view: View };
  const store = createStore<State>()((set, get) => ({
    view: { name: 'detail', id: 'a' },
    items: null,
    hasMore: false,
    listError: null,
    undo: null,
    ...pagedRecordList<string>(
      set,
      get,
      {
        list: (range: BatchRange) => lists.call(range),
        delete: (id) => deletes.call(id),
        restore: (id) => restores.call(id),
      },
      pageSize,
    ),
  }));
  return { store, lists: lists.calls, deletes: deletes.calls, restores: restores.calls };
}

describe('pagedRecordList', () => {
  it('fetches the first batch, then appends the next one after the items shown', async () => {
    const { store, lists } = pagedStore(2);
    void store.getState().load();
    expect(lists[0]?.args).toEqual({ offset: 0, limit: 2 });
    await lists[0]?.answer(ok(['a', 'b']));
    expect(store.getState()).toMatchObject({ items: ['a', 'b'], hasMore: true, listError: null });

    void store.getState().loadMore();
    expect(lists[1]?.args).toEqual({ offset: 2, limit: 2 });
    await lists[1]?.answer(ok(['c']));
    expect(store.getState()).toMatchObject({ items: ['a', 'b', 'c'], hasMore: false });

    await store.getState().loadMore();
    expect(lists).toHaveLength(2);
  });

  it('asks for one next batch at a time', async () => {
    const { store, lists } = pagedStore(1);
    void store.getState().load();
    await lists[0]?.answer(ok(['a']));
    void store.getState().loadMore();
    void store.getState().loadMore();
    expect(lists).toHaveLength(2);
    await lists[1]?.answer(ok(['b']));
    void store.getState().loadMore();
    expect(lists).toHaveLength(3);
  });

  it('drops a batch that answers after a newer search started', async () => {
    const { store, lists } = pagedStore(2);
    void store.getState().load();
    void store.getState().load();
    await lists[1]?.answer(ok(['new']));
    await lists[0]?.answer(ok(['old', 'older']));
    expect(store.getState().items).toEqual(['new']);
  });

  it('drops a batch that answers after a lock', async () => {
    const { store, lists } = pagedStore(2);
    void store.getState().load();
    resetAllStores();
    await lists[0]?.answer(ok(['a']));
    expect(store.getState().items).toBeNull();
  });

  it('keeps the items shown when a batch fails, and clears the error on the next answer', async () => {
    const { store, lists } = pagedStore(2);
    void store.getState().load();
    await lists[0]?.answer(ok(['a', 'b']));
    void store.getState().loadMore();
    await lists[1]?.answer(failed);
    expect(store.getState()).toMatchObject({ items: ['a', 'b'], listError: { code: 'internal' } });
    void store.getState().load();
    await lists[2]?.answer(ok(['a']));
    expect(store.getState()).toMatchObject({ items: ['a'], listError: null });
  });

  it('offers a deleted record for undo, back on the list, and restores it', async () => {
    const { store, lists, deletes, restores } = pagedStore(2);
    const removed = store.getState().remove('a', 'Alpha');
    await deletes[0]?.answer(ok(null));
    expect(await removed).toEqual(ok(null));
    expect(store.getState()).toMatchObject({ undo: { id: 'a', name: 'Alpha' }, view: { name: 'list' } });
    expect(lists).toHaveLength(1);

    const undone = store.getState().undoRemove();
    expect(restores[0]?.args).toBe('a');
    await restores[0]?.answer(ok(null));
    expect(await undone).toEqual(ok(null));
    expect(store.getState().undo).toBeNull();
    expect(lists).toHaveLength(2);
  });

  it('leaves the store alone when the delete fails, and has nothing to undo without a delete', async () => {
    const { store, lists, deletes, restores } = pagedStore(2);
    const removed = store.getState().remove('a', 'Alpha');
    await deletes[0]?.answer(failed);
    expect((await removed).ok).toBe(false);
    expect(store.getState()).toMatchObject({ undo: null, view: { name: 'detail', id: 'a' } });
    expect(await store.getState().undoRemove()).toEqual(ok(null));
    expect(restores).toHaveLength(0);
    expect(lists).toHaveLength(0);
  });

  it('dismisses the undo notice', async () => {
    const { store, deletes } = pagedStore(2);
    const removed = store.getState().remove('a', 'Alpha');
    await deletes[0]?.answer(ok(null));
    await removed;
    store.getState().dismissUndo();
    expect(store.getState().undo).toBeNull();
  });
});

describe('recordList', () => {
  it('fetches one batch up to the limit and keeps no paging state', async () => {
    const lists = callLog<string[]>();
    type State = RecordListData<string> & RecordListActions;
    const store = createStore<State>()((set, get) => ({
      items: null,
      listError: null,
      undo: null,
      ...recordList<string>(
        set,
        get,
        { list: (range) => lists.call(range), delete: async () => ok(null), restore: async () => ok(null) },
        500,
      ),
    }));
    void store.getState().load();
    expect(lists.calls[0]?.args).toEqual({ offset: 0, limit: 500 });
    await lists.calls[0]?.answer(ok(['a']));
    expect(store.getState().items).toEqual(['a']);
    expect('hasMore' in store.getState()).toBe(false);
  });
});
