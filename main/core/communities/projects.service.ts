// Harmful projects and the struggles that link communities to them: create, edit, tombstone, restore, list both ways.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  harmfulProjectInputSchema,
  struggleInputSchema,
  type CommunitySummary,
  type HarmfulProject,
  type HarmfulProjectInput,
  type HarmfulProjectSummary,
  type Struggle,
  type StruggleInput,
} from '../../../common/community/community.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getProject, insertProject, listProjects, setProjectDeleted, updateProject, type StoredProject } from '../../../db/projects.repo.js';
import {
  findLiveStruggle,
  getStruggle,
  insertStruggle,
  listStruggles,
  setStruggleDeleted,
  updateStruggle,
  type StoredStruggle,
} from '../../../db/struggles.repo.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { transactionWriter } from '../records/write.js';
import { requireCommunity } from './communities.service.js';

export interface ProjectsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
}

export type ProjectsService = ReturnType<typeof createProjectsService>;

function toProjectView(stored: StoredProject): HarmfulProject {
  const { id, region, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
  return { ...stored.fields, id, region, createdAt, updatedAt, hlc, changedBy, deletedAt };
}

export function toProjectSummary(stored: StoredProject): HarmfulProjectSummary {
  const { fields } = stored;
  return {
    id: stored.id,
    name: fields.name,
    country: fields.country,
    region: stored.region,
    sectors: fields.sectors,
    financiers: fields.financiers.map((financier) => financier.name),
    stage: fields.stage,
    updatedAt: stored.updatedAt,
  };
}

function requireProject(db: ReadableDB, id: string): StoredProject {
  const stored = getProject(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no harmful project with this id.');
  return stored;
}

function requireStruggle(db: ReadableDB, id: string): StoredStruggle {
  const stored = getStruggle(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no struggle with this id.');
  return stored;
}

export function createProjectsService(deps: ProjectsServiceDeps) {
  const write = transactionWriter(deps);

  /** Null when either end is deleted: the struggle then leaves every list until that end is restored. */
  function toStruggleView(db: WritableDB, stored: StoredStruggle): Struggle | null {
    const community = requireCommunity(db, stored.fields.communityId);
    const project = requireProject(db, stored.fields.projectId);
    if (community.deletedAt !== null || project.deletedAt !== null) return null;
    const communitySummary: CommunitySummary = {
      id: community.id,
      name: community.fields.name,
      country: community.fields.country,
      area: community.fields.area,
      region: community.region,
      sharing: community.fields.sharing,
      updatedAt: community.updatedAt,
    };
    const { id, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
    return {
      ...stored.fields,
      community: communitySummary,
      project: toProjectSummary(project),
      id,
      createdAt,
      updatedAt,
      hlc,
      changedBy,
      deletedAt,
    };
  }

  return {
    create(input: HarmfulProjectInput): { id: string } {
      const fields = harmfulProjectInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        insertProject(db, { id, fields, region: deriveRegion([fields.country]) }, stamp);
        appendAuditEvent(db, 'project_created', stamp.at, { projectId: id });
        return { id };
      });
    },

    update(id: string, input: HarmfulProjectInput): void {
      const fields = harmfulProjectInputSchema.parse(input);
      write((db, stamp) => {
        if (requireProject(db, id).deletedAt) throw new CreFailure('conflict', 'This project was deleted; restore it before editing.');
        updateProject(db, { id, fields, region: deriveRegion([fields.country]) }, stamp);
        appendAuditEvent(db, 'project_updated', stamp.at, { projectId: id });
      });
    },

    get(id: string): HarmfulProject {
      return toProjectView(requireProject(deps.openVault().db, id));
    },

    list(options: { text: string; deleted: boolean; limit: number; offset: number }): HarmfulProjectSummary[] {
      return listProjects(deps.openVault().db, options).map(toProjectSummary);
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireProject(db, id);
        if (setProjectDeleted(db, id, true, stamp)) appendAuditEvent(db, 'project_deleted', stamp.at, { projectId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireProject(db, id);
        if (setProjectDeleted(db, id, false, stamp)) appendAuditEvent(db, 'project_restored', stamp.at, { projectId: id });
      });
    },

    /** Links a community to a project it faces; one live struggle per pair. */
    linkStruggle(input: StruggleInput): { id: string } {
      const fields = struggleInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        if (requireCommunity(db, fields.communityId).deletedAt || requireProject(db, fields.projectId).deletedAt) {
          throw new CreFailure('conflict', 'A deleted community or project cannot be linked; restore it first.');
        }
        if (findLiveStruggle(db, fields.communityId, fields.projectId)) {
          throw new CreFailure('conflict', 'This community is already linked to this project.');
        }
        insertStruggle(db, id, fields, stamp);
        appendAuditEvent(db, 'struggle_linked', stamp.at, { struggleId: id, communityId: fields.communityId, projectId: fields.projectId });
        return { id };
      });
    },

    updateStruggle(id: string, input: Pick<StruggleInput, 'resisting' | 'since' | 'notes'>): void {
      write((db, stamp) => {
        const stored = requireStruggle(db, id);
        if (stored.deletedAt) throw new CreFailure('conflict', 'This struggle was removed; restore it before editing.');
        const fields = struggleInputSchema.parse({ ...input, communityId: stored.fields.communityId, projectId: stored.fields.projectId });
        updateStruggle(db, id, fields, stamp);
        appendAuditEvent(db, 'struggle_updated', stamp.at, { struggleId: id });
      });
    },

    removeStruggle(id: string): void {
      write((db, stamp) => {
        requireStruggle(db, id);
        if (setStruggleDeleted(db, id, true, stamp)) appendAuditEvent(db, 'struggle_removed', stamp.at, { struggleId: id });
      });
    },

    restoreStruggle(id: string): void {
      write((db, stamp) => {
        const stored = requireStruggle(db, id);
        if (stored.deletedAt && findLiveStruggle(db, stored.fields.communityId, stored.fields.projectId)) {
          throw new CreFailure('conflict', 'This community is already linked to this project again.');
        }
        if (setStruggleDeleted(db, id, false, stamp)) appendAuditEvent(db, 'struggle_restored', stamp.at, { struggleId: id });
      });
    },

    /** Live struggles of a community or of a project, with both ends summarised; tombstoned ends are left out. */
    struggles(by: { communityId: string } | { projectId: string }): Struggle[] {
      const { db } = deps.openVault();
      return listStruggles(db, by).flatMap((stored) => {
        const view = toStruggleView(db, stored);
        return view ? [view] : [];
      });
    },
  };
}
