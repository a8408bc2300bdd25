// The calls the grants screens read: the list offered as choices (the applications' filter, the form's call), and one
// call by id, for its pages and again on demand after a change. All read through ui/use-loaded, so an answer that comes
// after a lock or a newer load is dropped.
import { useCallback, useState } from 'react';
import type { Call, CallState } from '../../../common/grants/call.schema.js';
import { request } from '../../app/cre.js';
import { readAll, useLoaded, type Loaded } from '../../ui/use-loaded.js';

/** Live calls, newest first, in the given states (every state when empty). */
export function useGrantCalls(states: readonly CallState[] = []): Loaded<Call[]> {
  return useLoaded(
    () => readAll((offset, limit) => request((api) => api.grantCalls.list({ states: [...states], offset, limit }))),
    `calls:${states.join(',')}`,
  );
}

/** One call; stays loading while `id` is null. */
export function useGrantCall(id: string | null, version = 0): Loaded<Call> {
  return useLoaded<Call>(
    () => (id === null ? new Promise(() => undefined) : request((api) => api.grantCalls.get({ id }))),
    `call:${id ?? ''}:${version}`,
  );
}

/** One call for the detail, form and ranked screens, with `reload` for after a change; stays loading while `id` is null. */
export function useCall(id: string | null): { loaded: Loaded<Call>; reload: () => void } {
  const [version, setVersion] = useState(0);
  const loaded = useGrantCall(id, version);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, reload };
}
