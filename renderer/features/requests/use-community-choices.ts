// Loads every live community, name order as the vault answers, for the request form's community chooser.
import { useEffect, useState } from 'react';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';

/** The most communities one list call returns; the chooser reads batches until it has them all. */
const COMMUNITY_BATCH = 500;

async function listAllCommunities(): Promise<Reply<CommunitySummary[]>> {
  const all: CommunitySummary[] = [];
  for (;;) {
    const reply = await request((api) => api.communities.list({ offset: all.length, limit: COMMUNITY_BATCH }));
    if (!reply.ok) return reply;
    all.push(...reply.value);
    if (reply.value.length < COMMUNITY_BATCH) return { ok: true, value: all };
  }
}

export type LoadedChoices = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; communities: CommunitySummary[] };

/** Loads only when `wanted`: a form for a given community needs no chooser. */
export function useCommunityChoices(wanted: boolean): LoadedChoices {
  const [loaded, setLoaded] = useState<LoadedChoices>({ state: 'loading' });
  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void listAllCommunities().then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setLoaded(reply.ok ? { state: 'ready', communities: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return loaded;
}
