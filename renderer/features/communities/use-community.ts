// Loads one community for the detail and edit screens; an answer that arrives after a lock or a newer load is dropped.
import { useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { Community } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedCommunity = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; community: Community };

export function useCommunity(id: string | null): LoadedCommunity {
  const [loaded, setLoaded] = useState<LoadedCommunity>({ state: 'loading' });
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.communities.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', community: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}
