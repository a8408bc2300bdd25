// Matching for a support request: what the request and its community need, ranked over the roster's search index.
import { CreFailure } from '../../../common/contract/errors.js';
import type { Match } from '../../../common/community/match.schema.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getRequest } from '../../../db/requests.repo.js';
import { requireCommunity } from '../communities/communities.service.js';
import type { RosterSearch } from '../roster/roster-fast-search.js';
import { rankCollaborators, readPastCollaborations, type MatchNeed } from './matching.js';

export interface MatchingServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  search: Pick<RosterSearch, 'withIndex'>;
}

function readPeople(db: ReadableDB) {
  return (seqs: readonly number[]) => {
    const rows = db
      .prepare('SELECT seq, id, name, kind, region, countries FROM collaborators WHERE seq IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(seqs)) as { seq: number; id: string; name: string; kind: string; region: string; countries: string }[];
    return new Map(rows.map((row) => [row.seq, { ...row, countries: JSON.parse(row.countries) as string[] }]));
  };
}

export function createMatchingService(deps: MatchingServiceDeps) {
  return {
    /** The best collaborators for a live request of a live community, with the reasons for each. */
    forRequest(requestId: string, limit: number): Match[] {
      const { db } = deps.openVault();
      const request = getRequest(db, requestId);
      if (!request || request.deletedAt) throw new CreFailure('not_found', 'There is no such support request.');
      const community = requireCommunity(db, request.fields.communityId);
      if (community.deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it first.');
      const need: MatchNeed = {
        strategyAreas: request.fields.strategyAreas,
        level: request.fields.level,
        languages: request.fields.languages,
        country: community.fields.country,
        region: community.region,
      };
      return deps.search.withIndex((index, reader) => rankCollaborators(index, need, readPastCollaborations(reader), readPeople(reader), limit));
    },
  };
}
