// Similar struggles for a community or for one struggle: reads what it compares from the vault, ranks the other live
// communities, and adds each one's projects and the learnings recorded in its collaborations.
import { CreFailure } from '../../../common/contract/errors.js';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import { SIMILAR_LEARNINGS_SHOWN } from '../../../common/community/similar-weights.js';
import type { SimilarCommunity } from '../../../common/community/similar.schema.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getProject } from '../../../db/projects.repo.js';
import { listLiveCommunitySummaries, listLiveStruggleLinks } from '../../../db/similar.repo.js';
import { getStruggle } from '../../../db/struggles.repo.js';
import { requireCommunity } from '../communities/communities.service.js';
import { readAreaMasks, readFacedProjects, readLearnings } from './similar-profiles.js';
import {
  addSubjectProject,
  compareNames,
  emptyOverlap,
  emptySubject,
  mergeOverlap,
  projectOverlap,
  rankSimilar,
  type Candidate,
  type Overlap,
} from './similar-ranking.js';

export interface SimilarServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
}

/** Which part of the subject community counts: all of it, or one struggle (its project and the requests about it). */
interface Subject {
  communityId: string;
  struggleId: string | null;
}

function similarTo(db: ReadableDB, subject: Subject, limit: number): SimilarCommunity[] {
  const communities = new Map<string, CommunitySummary>(listLiveCommunitySummaries(db).map((community) => [community.id, community]));
  const projects = readFacedProjects(db);
  const links = listLiveStruggleLinks(db);
  const own = emptySubject(communities.get(subject.communityId)!.country);
  const counts = (link: { communityId: string; struggleId: string | null }) =>
    link.communityId === subject.communityId && (subject.struggleId === null || link.struggleId === subject.struggleId);
  // A struggle counts when its project is live and faced (so its community is live too).
  const live = links.filter((link) => projects.has(link.projectId) && communities.has(link.communityId));
  for (const link of live) if (counts(link)) addSubjectProject(own, projects.get(link.projectId)!);

  const candidates = new Map<string, Candidate>();
  for (const [communityId, community] of communities) {
    if (communityId === subject.communityId) continue;
    candidates.set(communityId, { communityId, name: community.name, sortName: community.name.toLowerCase(), country: community.country, overlap: undefined, areaMask: 0 });
  }
  for (const source of readAreaMasks(db)) {
    if (!communities.has(source.communityId)) continue;
    if (counts(source)) own.areaMask |= source.mask;
    const candidate = candidates.get(source.communityId);
    if (candidate) candidate.areaMask |= source.mask;
  }
  const overlaps = new Map<string, Overlap | null>();
  for (const [id, project] of projects) overlaps.set(id, projectOverlap(own, project));
  const facing = new Map<string, Set<string>>();
  for (const link of live) {
    const candidate = candidates.get(link.communityId);
    if (!candidate) continue;
    facing.set(link.communityId, (facing.get(link.communityId) ?? new Set()).add(link.projectId));
    const overlap = overlaps.get(link.projectId);
    if (!overlap) continue;
    mergeOverlap((candidate.overlap ??= emptyOverlap()), overlap);
  }

  return rankSimilar(own, candidates.values(), limit).map(({ candidate, score, traits }) => {
    const faced = [...(facing.get(candidate.communityId) ?? [])]
      .map((id) => ({ id, name: projects.get(id)!.name }))
      .sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const { learnings, count } = readLearnings(db, candidate.communityId, SIMILAR_LEARNINGS_SHOWN);
    return { community: communities.get(candidate.communityId)!, score, traits, projects: faced, learnings, learningCount: count };
  });
}

export function createSimilarService(deps: SimilarServiceDeps) {
  return {
    /** Other communities like this live community, against everything it faces, asks for and has learned. */
    forCommunity(communityId: string, limit: number): SimilarCommunity[] {
      const { db } = deps.openVault();
      if (requireCommunity(db, communityId).deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it first.');
      return similarTo(db, { communityId, struggleId: null }, limit);
    },

    /** Other communities like one live struggle: the project it is about, and the requests and learnings about it. */
    forStruggle(struggleId: string, limit: number): SimilarCommunity[] {
      const { db } = deps.openVault();
      const struggle = getStruggle(db, struggleId);
      if (!struggle) throw new CreFailure('not_found', 'There is no struggle with this id.');
      const community = requireCommunity(db, struggle.fields.communityId);
      if (struggle.deletedAt || community.deletedAt || getProject(db, struggle.fields.projectId)?.deletedAt) {
        throw new CreFailure('conflict', 'This struggle, its community or its project was removed; restore it first.');
      }
      return similarTo(db, { communityId: community.id, struggleId }, limit);
    },
  };
}
