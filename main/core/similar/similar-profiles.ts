// What similar struggles compares, shaped from the repository's reads (db/similar.repo.ts): the projects live
// communities face with their organisation names normalised once each, and the strategy areas of live requests and of
// learnings in live collaborations as bit masks, for cheap overlaps.
import { normalizeOrganizationName, type SimilarLearning } from '../../../common/community/similar.schema.js';
import type { ProjectSector } from '../../../common/community/taxonomy.js';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import type { ReadableDB } from '../../../db/handles.js';
import { listCommunityLearnings, listFacedProjects, listStrategyAreaSources } from '../../../db/similar.repo.js';

/** A project as compared: organisation names keyed by their normalised form, each with the name as first written. */
export interface FacedProject {
  id: string;
  name: string;
  sectors: readonly ProjectSector[];
  financiers: ReadonlyMap<string, string>;
  companies: ReadonlyMap<string, string>;
}

function keyed(names: readonly string[], normalize: (name: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const key = normalize(name);
    if (key && !out.has(key)) out.set(key, name);
  }
  return out;
}

/** Live projects that at least one live struggle of a live community is about, by id. */
export function readFacedProjects(db: ReadableDB): Map<string, FacedProject> {
  // Financier names repeat across many projects: each distinct spelling is normalised once.
  const normalized = new Map<string, string>();
  const normalize = (name: string) => {
    let key = normalized.get(name);
    if (key === undefined) normalized.set(name, (key = normalizeOrganizationName(name)));
    return key;
  };
  return new Map(
    listFacedProjects(db).map((project) => [
      project.id,
      {
        id: project.id,
        name: project.name,
        sectors: project.sectors,
        financiers: keyed(project.financierNames, normalize),
        companies: keyed(project.companies, normalize),
      },
    ]),
  );
}

/** Bit k of a mask stands for STRATEGY_AREAS[k]. */
export function areasOfMask(mask: number): (typeof STRATEGY_AREAS)[number][] {
  return STRATEGY_AREAS.filter((_, k) => (mask & (1 << k)) !== 0);
}

const AREA_BIT = new Map<string, number>(STRATEGY_AREAS.map((area, k) => [area, 1 << k]));

export interface AreaSource {
  communityId: string;
  /** The struggle of the request it comes from (directly, or as the request a collaboration answers), if any. */
  struggleId: string | null;
  mask: number;
}

/** The strategy areas of live requests, and of the learnings in live collaborations; the caller keeps live communities'. */
export function readAreaMasks(db: ReadableDB): AreaSource[] {
  return listStrategyAreaSources(db).map((row) => ({ communityId: row.communityId, struggleId: row.struggleId, mask: AREA_BIT.get(row.area) ?? 0 }));
}

/** The learnings of a community's live collaborations, newest collaboration first, up to `shown`; and how many there are. */
export function readLearnings(db: ReadableDB, communityId: string, shown: number): { learnings: SimilarLearning[]; count: number } {
  const all = listCommunityLearnings(db, communityId).flatMap((row) =>
    row.learnings.map((learning) => ({ ...learning, collaborationId: row.collaborationId, state: row.state })),
  );
  return { learnings: all.slice(0, shown), count: all.length };
}
