// Loads one resource for the detail and edit screens; an answer that arrives after a lock or a newer load is dropped.
import { useCallback, useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { Resource } from '../../../common/resources/resource.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedResource = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; resource: Resource };

/** The loaded resource and a reload (after an attachment was added or removed). */
export function useResource(id: string | null): [LoadedResource, () => void] {
  const [loaded, setLoaded] = useState<LoadedResource>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.resources.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', resource: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [loaded, reload];
}
