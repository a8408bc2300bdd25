// The reads similar struggles compares: projects live communities face, live struggles, strategy areas of requests and
// of learnings, live communities, and a community's learnings.
import type { CommunitySummary, HarmfulProjectFields } from '../common/community/community.schema.js';
import type { CollaborationFields, CollaborationState } from '../common/community/collaboration.schema.js';
import type { ProjectSector } from '../common/community/taxonomy.js';
import type { ReadableDB } from './handles.js';

interface FacedProjectRow {
  id: string;
  name: string;
  sectors: string;
  financiers: string;
  companies: string;
}

/** A project as similar struggles reads it: names as written, not yet normalised. */
export interface FacedProjectNames {
  id: string;
  name: string;
  sectors: ProjectSector[];
  financierNames: string[];
  companies: string[];
}

/** Live projects that at least one live struggle of a live community is about. */
export function listFacedProjects(db: ReadableDB): FacedProjectNames[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.sectors, p.financiers, p.companies FROM harmful_projects p
       WHERE p.deleted_at IS NULL AND EXISTS (
         SELECT 1 FROM struggles s JOIN communities c ON c.id = s.community_id
         WHERE s.project_id = p.id AND s.deleted_at IS NULL AND c.deleted_at IS NULL)`,
    )
    .all() as FacedProjectRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    sectors: JSON.parse(row.sectors) as ProjectSector[],
    financierNames: (JSON.parse(row.financiers) as HarmfulProjectFields['financiers']).map((financier) => financier.name),
    companies: JSON.parse(row.companies) as string[],
  }));
}

export interface StruggleLink {
  struggleId: string;
  communityId: string;
  projectId: string;
}

/** Live struggles, oldest first; the caller keeps those whose community and project are live. */
export function listLiveStruggleLinks(db: ReadableDB): StruggleLink[] {
  return db
    .prepare('SELECT id AS struggleId, community_id AS communityId, project_id AS projectId FROM struggles WHERE deleted_at IS NULL ORDER BY seq')
    .all() as StruggleLink[];
}

export interface StrategyAreaSource {
  communityId: string;
  /** The struggle of the request it comes from (directly, or as the request a collaboration answers), if any. */
  struggleId: string | null;
  area: string;
}

/** The strategy areas of live requests, and of the learnings in live collaborations; the caller keeps live communities'. */
export function listStrategyAreaSources(db: ReadableDB): StrategyAreaSource[] {
  return db
    .prepare(
      `SELECT r.community_id AS communityId, r.struggle_id AS struggleId, a.value AS area
       FROM support_requests r JOIN json_each(r.strategy_areas) a WHERE r.deleted_at IS NULL
       UNION
       SELECT k.community_id, r.struggle_id, json_extract(l.value, '$.strategyArea')
       FROM collaborations k JOIN json_each(k.learnings) l LEFT JOIN support_requests r ON r.id = k.request_id AND r.deleted_at IS NULL
       WHERE k.deleted_at IS NULL AND json_extract(l.value, '$.strategyArea') IS NOT NULL`,
    )
    .all() as StrategyAreaSource[];
}

export function listLiveCommunitySummaries(db: ReadableDB): CommunitySummary[] {
  return db
    .prepare('SELECT id, name, country, area, region, sharing, updated_at AS updatedAt FROM communities WHERE deleted_at IS NULL')
    .all() as CommunitySummary[];
}

export interface CollaborationLearnings {
  collaborationId: string;
  state: CollaborationState;
  learnings: CollaborationFields['learnings'];
}

/** The learnings of a community's live collaborations, newest collaboration first. */
export function listCommunityLearnings(db: ReadableDB, communityId: string): CollaborationLearnings[] {
  const rows = db
    .prepare('SELECT id, state, learnings FROM collaborations WHERE community_id = ? AND deleted_at IS NULL ORDER BY seq DESC')
    .all(communityId) as { id: string; state: CollaborationState; learnings: string }[];
  return rows.map((row) => ({ collaborationId: row.id, state: row.state, learnings: JSON.parse(row.learnings) as CollaborationFields['learnings'] }));
}
