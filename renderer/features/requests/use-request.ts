// Loads one support request for the detail, edit and matching screens; an answer that arrives after a lock or a newer load is dropped.
import { useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { SupportRequest } from '../../../common/community/request.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedRequest = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; request: SupportRequest };

export function useSupportRequest(id: string | null): LoadedRequest {
  const [loaded, setLoaded] = useState<LoadedRequest>({ state: 'loading' });
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.requests.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', request: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}
