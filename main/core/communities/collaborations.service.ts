// Collaborations: linking collaborators to a community or its request, moving through the lifecycle (every step dated,
// illegal steps refused with a typed error), the activity timeline, follow-ups, outcomes and learnings.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  activityInputSchema,
  canMove,
  collaborationInputSchema,
  type Activity,
  type ActivityInput,
  type Collaboration,
  type CollaborationFields,
  type CollaborationInput,
  type CollaborationState,
} from '../../../common/community/collaboration.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getCollaborator } from '../../../db/collaborators.repo.js';
import {
  getCollaboration,
  insertActivity,
  insertCollaboration,
  listActivities,
  listCollaborations,
  setActivityDeleted,
  setCollaborationDeleted,
  updateCollaboration,
  type StoredCollaboration,
} from '../../../db/collaborations.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getRequest, updateRequest } from '../../../db/requests.repo.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { transactionWriter } from '../records/write.js';
import { requireCommunity } from './communities.service.js';

export interface CollaborationsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
}

export type CollaborationsService = ReturnType<typeof createCollaborationsService>;

function requireCollaboration(db: ReadableDB, id: string): StoredCollaboration {
  const stored = getCollaboration(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no collaboration with this id.');
  return stored;
}

export function createCollaborationsService(deps: CollaborationsServiceDeps) {
  const write = transactionWriter(deps);

  /** Live community; the request, if any, is that community's and live; every member is a live collaborator. */
  function checkLinks(db: WritableDB, fields: CollaborationFields): void {
    if (requireCommunity(db, fields.communityId).deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it first.');
    if (fields.requestId !== null) {
      const request = getRequest(db, fields.requestId);
      if (!request || request.deletedAt || request.fields.communityId !== fields.communityId) {
        throw new CreFailure('invalid_input', 'The request is not one of this community’s.', { reason: 'request_of_other_community' });
      }
    }
    for (const member of fields.members) {
      const collaborator = getCollaborator(db, member.collaboratorId);
      if (!collaborator || collaborator.deletedAt) {
        throw new CreFailure('invalid_input', 'A member is not a collaborator in the roster.', { reason: 'unknown_member' });
      }
    }
  }

  function toView(db: ReadableDB, stored: StoredCollaboration): Collaboration {
    const community = requireCommunity(db as WritableDB, stored.fields.communityId);
    const { id, state, history, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
    return {
      ...stored.fields,
      members: stored.fields.members.map((member) => ({ ...member, name: getCollaborator(db, member.collaboratorId)?.fields.name ?? '' })),
      communityName: community.fields.name,
      region: community.region,
      state,
      history,
      id,
      createdAt,
      updatedAt,
      hlc,
      changedBy,
      deletedAt,
    };
  }

  function requireLive(db: WritableDB, id: string): StoredCollaboration {
    const stored = requireCollaboration(db, id);
    if (stored.deletedAt) throw new CreFailure('conflict', 'This collaboration was deleted; restore it first.');
    return stored;
  }

  return {
    /** Starts as proposed. When it answers a request still new or being matched, the request becomes linked. */
    create(input: CollaborationInput): { id: string } {
      const fields = collaborationInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        checkLinks(db, fields);
        insertCollaboration(db, { id, fields, state: 'proposed', history: [{ state: 'proposed', at: stamp.at }] }, stamp);
        appendAuditEvent(db, 'collaboration_created', stamp.at, { collaborationId: id, communityId: fields.communityId });
        const request = fields.requestId === null ? undefined : getRequest(db, fields.requestId);
        if (request && (request.fields.status === 'new' || request.fields.status === 'matching')) {
          updateRequest(db, request.id, { ...request.fields, status: 'linked' }, stamp);
          appendAuditEvent(db, 'request_updated', stamp.at, { requestId: request.id, status: 'linked' });
        }
        return { id };
      });
    },

    update(id: string, input: CollaborationInput): void {
      const fields = collaborationInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireLive(db, id);
        if (fields.communityId !== stored.fields.communityId) {
          throw new CreFailure('invalid_input', 'A collaboration stays with its community.', { reason: 'community_changed' });
        }
        checkLinks(db, fields);
        updateCollaboration(db, { id, fields, state: stored.state, history: stored.history }, stamp);
        appendAuditEvent(db, 'collaboration_updated', stamp.at, { collaborationId: id });
      });
    },

    /** One step of the lifecycle, dated now; a step the lifecycle does not allow is `illegal_transition`. */
    move(id: string, to: CollaborationState): void {
      write((db, stamp) => {
        const stored = requireLive(db, id);
        if (!canMove(stored.state, to)) {
          throw new CreFailure('illegal_transition', `A collaboration cannot go from ${stored.state} to ${to}.`, { from: stored.state, to });
        }
        updateCollaboration(db, { id, fields: stored.fields, state: to, history: [...stored.history, { state: to, at: stamp.at }] }, stamp);
        appendAuditEvent(db, 'collaboration_moved', stamp.at, { collaborationId: id, from: stored.state, to });
      });
    },

    get(id: string): Collaboration {
      const { db } = deps.openVault();
      return toView(db, requireCollaboration(db, id));
    },

    list(options: { communityId: string | null; collaboratorId: string | null; states: CollaborationState[]; deleted: boolean; limit: number; offset: number }): Collaboration[] {
      const { db } = deps.openVault();
      return listCollaborations(db, options).map((stored) => toView(db, stored));
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireCollaboration(db, id);
        if (setCollaborationDeleted(db, id, true, stamp)) appendAuditEvent(db, 'collaboration_deleted', stamp.at, { collaborationId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireCollaboration(db, id);
        if (setCollaborationDeleted(db, id, false, stamp)) appendAuditEvent(db, 'collaboration_restored', stamp.at, { collaborationId: id });
      });
    },

    addActivity(collaborationId: string, input: ActivityInput): { id: string } {
      const activity = activityInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        requireLive(db, collaborationId);
        insertActivity(db, id, collaborationId, activity, stamp);
        appendAuditEvent(db, 'activity_added', stamp.at, { collaborationId, activityId: id, kind: activity.kind });
        return { id };
      });
    },

    removeActivity(activityId: string): void {
      write((db, stamp) => {
        if (setActivityDeleted(db, activityId, true, stamp)) appendAuditEvent(db, 'activity_removed', stamp.at, { activityId });
        else throw new CreFailure('not_found', 'There is no such activity in a timeline.');
      });
    },

    timeline(collaborationId: string): Activity[] {
      const { db } = deps.openVault();
      requireCollaboration(db, collaborationId);
      return listActivities(db, collaborationId);
    },
  };
}
