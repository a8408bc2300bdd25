// Matching for a support request: what the request and its community need, ranked over the roster's search index.
import { CreFailure } from '../../../common/contract/errors.js';
import type { Match } from '../../../common/community/match.schema.js';
import { countPastCollaborationsByCollaborator } from '../../../db/collaborations.repo.js';
import { getMatchedPeople } from '../../../db/collaborator-search.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { getRequest } from '../../../db/requests.repo.js';
import { requireCommunity } from '../communities/communities.service.js';
import type { RosterSearch } from '../roster/roster-fast-search.js';
import { rankCollaborators, type MatchNeed } from './matching.js';

export interface MatchingServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  search: Pick<RosterSearch, 'withIndex'>;
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
      return deps.search.withIndex((index, reader) =>
        rankCollaborators(index, need, countPastCollaborationsByCollaborator(reader), (seqs) => getMatchedPeople(reader, seqs), limit),
      );
    },
  };
}
