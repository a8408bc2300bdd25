// Reads what similar struggles compares from the vault, in a few passes: the live projects live communities face
// (parsed once each, names normalised once), the live struggles linking them, each community's country, and the
// strategy areas of live requests and of learnings in live collaborations (as bit masks, for cheap overlaps).
import type { CommunitySummary, HarmfulProjectFields } from '../../../common/community/community.schema.js';
import type { CollaborationFields, CollaborationState } from '../../../common/community/collaboration.schema.js';
import { normalizeOrganizationName, type SimilarLearning } from '../../../common/community/similar.schema.js';
import type { ProjectSector } from '../../../common/community/taxonomy.js';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import type { ReadableDB } from '../../../db/handles.js';

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
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.sectors, p.financiers, p.companies FROM harmful_projects p
       WHERE p.deleted_at IS NULL AND EXISTS (
         SELECT 1 FROM struggles s JOIN communities c ON c.id = s.community_id
         WHERE s.project_id = p.id AND s.deleted_at IS NULL AND c.deleted_at IS NULL)`,
    )
    .all() as { id: string; name: string; sectors: string; financiers: string; companies: string }[];
  // Financier names repeat across many projects: each distinct spelling is normalised once.
  const normalized = new Map<string, string>();
  const normalize = (name: string) => {
    let key = normalized.get(name);
    if (key === undefined) normalized.set(name, (key = normalizeOrganizationName(name)));
    return key;
  };
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        sectors: JSON.parse(row.sectors) as ProjectSector[],
        financiers: keyed((JSON.parse(row.financiers) as HarmfulProjectFields['financiers']).map((financier) => financier.name), normalize),
        companies: keyed(JSON.parse(row.companies) as string[], normalize),
      },
    ]),
  );
}

export interface StruggleLink {
  struggleId: string;
  communityId: string;
  projectId: string;
}

/** Live struggles, oldest first; the caller keeps those whose community and project are live. */
export function readStruggleLinks(db: ReadableDB): StruggleLink[] {
  return db
    .prepare('SELECT id AS struggleId, community_id AS communityId, project_id AS projectId FROM struggles WHERE deleted_at IS NULL ORDER BY seq')
    .all() as StruggleLink[];
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
  const rows = db
    .prepare(
      `SELECT r.community_id AS communityId, r.struggle_id AS struggleId, a.value AS area
       FROM support_requests r JOIN json_each(r.strategy_areas) a WHERE r.deleted_at IS NULL
       UNION
       SELECT k.community_id, r.struggle_id, json_extract(l.value, '$.strategyArea')
       FROM collaborations k JOIN json_each(k.learnings) l LEFT JOIN support_requests r ON r.id = k.request_id AND r.deleted_at IS NULL
       WHERE k.deleted_at IS NULL AND json_extract(l.value, '$.strategyArea') IS NOT NULL`,
    )
    .all() as { communityId: string; struggleId: string | null; area: string }[];
  return rows.map((row) => ({ communityId: row.communityId, struggleId: row.struggleId, mask: AREA_BIT.get(row.area) ?? 0 }));
}

export function readLiveCommunities(db: ReadableDB): CommunitySummary[] {
  return db
    .prepare('SELECT id, name, country, area, region, sharing, updated_at AS updatedAt FROM communities WHERE deleted_at IS NULL')
    .all() as CommunitySummary[];
}

/** The learnings of a community's live collaborations, newest collaboration first, up to `shown`; and how many there are. */
export function readLearnings(db: ReadableDB, communityId: string, shown: number): { learnings: SimilarLearning[]; count: number } {
  const rows = db
    .prepare('SELECT id, state, learnings FROM collaborations WHERE community_id = ? AND deleted_at IS NULL ORDER BY seq DESC')
    .all(communityId) as { id: string; state: CollaborationState; learnings: string }[];
  const all = rows.flatMap((row) =>
    (JSON.parse(row.learnings) as CollaborationFields['learnings']).map((learning) => ({ ...learning, collaborationId: row.id, state: row.state })),
  );
  return { learnings: all.slice(0, shown), count: all.length };
}
