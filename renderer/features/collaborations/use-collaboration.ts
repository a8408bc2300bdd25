// Loads one collaboration for the detail and edit screens, and again on demand after a change; late answers (after a lock or a newer load) are dropped.
import { useCallback, useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedCollaboration = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; collaboration: Collaboration };

export function useCollaboration(id: string | null): { loaded: LoadedCollaboration; reload: () => void } {
  const [loaded, setLoaded] = useState<LoadedCollaboration>({ state: 'loading' });
  // Bumped to read the record again after a lifecycle step or an edit made on the detail screen.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.collaborations.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', collaboration: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, reload };
}
