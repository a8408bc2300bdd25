// Loads one harmful project for the detail and edit screens; an answer that arrives after a lock or a newer load is dropped.
import { useEffect, useState } from 'react';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { HarmfulProject } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedProject = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; project: HarmfulProject };

export function useProject(id: string | null): LoadedProject {
  const [loaded, setLoaded] = useState<LoadedProject>({ state: 'loading' });
  useEffect(() => {
    if (id === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.projects.get({ id })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', project: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [id]);
  return loaded;
}
