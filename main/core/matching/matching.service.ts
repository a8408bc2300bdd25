// Matching for a support request: what the request, its community and its project(s) need, ranked over the roster's search index.
import { CreFailure } from '../../../common/contract/errors.js';
import type { Match } from '../../../common/community/match.schema.js';
import { countPastCollaborationsByCollaborator } from '../../../db/collaborations.repo.js';
import { getMatchedPeople } from '../../../db/collaborator-search.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getProject } from '../../../db/projects.repo.js';
import { getRequest, type StoredRequest } from '../../../db/requests.repo.js';
import { getStruggle, listStruggles } from '../../../db/struggles.repo.js';
import { requireCommunity } from '../communities/communities.service.js';
import type { RosterSearch } from '../roster/roster-fast-search.js';
import { requestTerms } from './match-words.js';
import { rankCollaborators, type MatchNeed } from './matching.js';

export interface MatchingServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  search: Pick<RosterSearch, 'withIndex'>;
}

/**
 * The live projects a request is about: its struggle's project when it names one, otherwise every project its
 * community faces (live struggles only).
 */
function projectsOf(db: ReadableDB, request: StoredRequest): { financiers: string[]; companies: string[] }[] {
  const struggle = request.fields.struggleId ? getStruggle(db, request.fields.struggleId) : undefined;
  const struggles = struggle && !struggle.deletedAt ? [struggle] : listStruggles(db, { communityId: request.fields.communityId });
  return struggles.flatMap((linked) => {
    const project = getProject(db, linked.fields.projectId);
    if (!project || project.deletedAt) return [];
    return [{ financiers: project.fields.financiers.map((financier) => financier.name), companies: project.fields.companies }];
  });
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
        communityLanguages: community.fields.languages,
        country: community.fields.country,
        region: community.region,
        terms: requestTerms(request.fields.description, projectsOf(db, request)),
      };
      return deps.search.withIndex((index, reader) =>
        rankCollaborators(index, need, countPastCollaborationsByCollaborator(reader), (seqs) => getMatchedPeople(reader, seqs), limit),
      );
    },
  };
}
