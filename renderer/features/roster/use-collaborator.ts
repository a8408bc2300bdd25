// Loads one collaborator for the detail and edit screens; an answer that arrives after a lock or a newer load is dropped.
import { useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { Collaborator } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type Loaded = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; collaborator: Collaborator };

export function useCollaborator(id: string | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.roster.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', collaborator: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}
