// Loads a community's live struggles (the harmful projects it faces), for the request form's choice and the detail's wording.
import { useEffect, useState } from 'react';
import type { Struggle } from '../../../common/community/community.schema.js';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

export type LoadedStruggles = { state: 'none' } | { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; struggles: Struggle[] };

/** `none` while no community is chosen. */
export function useCommunityStruggles(communityId: string | null): LoadedStruggles {
  const [loaded, setLoaded] = useState<{ communityId: string; result: LoadedStruggles } | null>(null);
  useEffect(() => {
    if (communityId === null) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.struggles.list({ communityId })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded({ communityId, result: reply.ok ? { state: 'ready', struggles: reply.value } : { state: 'failed', error: reply.error } });
    });
    return () => {
      current = false;
    };
  }, [communityId]);
  if (communityId === null) return { state: 'none' };
  // An answer for a community chosen before counts as still loading for this one.
  return loaded !== null && loaded.communityId === communityId ? loaded.result : { state: 'loading' };
}
