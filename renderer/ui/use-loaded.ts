// Loads what one part of a detail screen shows; an answer that arrives after a lock, a newer load or leaving is dropped.
import { useEffect, useState } from 'react';
import type { CreErrorPayload, Reply } from '../../common/contract/errors.js';
import { storeEpoch } from '../app/store-reset.js';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; value: T };

/** The most records one list call returns; `readAll` asks for batches until it has them all. */
const BATCH = 500;

export async function readAll<T>(batch: (offset: number, limit: number) => Promise<Reply<T[]>>): Promise<Reply<T[]>> {
  const all: T[] = [];
  for (;;) {
    const reply = await batch(all.length, BATCH);
    if (!reply.ok) return reply;
    all.push(...reply.value);
    if (reply.value.length < BATCH) return { ok: true, value: all };
  }
}

/** Runs `load` whenever `key` changes; `load` must depend on nothing but what `key` names. */
export function useLoaded<T>(load: () => Promise<Reply<T>>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<T> }>({ key, value: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void load().then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded({ key, value: reply.ok ? { state: 'ready', value: reply.value } : { state: 'failed', error: reply.error } });
    });
    return () => {
      current = false;
    };
    // `load` is rebuilt on every render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
