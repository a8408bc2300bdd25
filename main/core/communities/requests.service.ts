// Support requests from communities: create, edit (status included), tombstone and restore, list by status or community.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { supportRequestInputSchema, type SupportRequest, type SupportRequestInput } from '../../../common/community/request.schema.js';
import type { RequestStatus } from '../../../common/community/taxonomy.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getRequest, insertRequest, listRequests, setRequestDeleted, updateRequest, type StoredRequest } from '../../../db/requests.repo.js';
import { getStruggle } from '../../../db/struggles.repo.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { transactionWriter } from '../records/write.js';
import { requireCommunity } from './communities.service.js';

export interface RequestsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
}

export type RequestsService = ReturnType<typeof createRequestsService>;

function requireRequest(db: ReadableDB, id: string): StoredRequest {
  const stored = getRequest(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no support request with this id.');
  return stored;
}

export function createRequestsService(deps: RequestsServiceDeps) {
  const write = transactionWriter(deps);

  /** The community must be live, and the struggle, when given, one of that community's live struggles. */
  function checkLinks(db: WritableDB, communityId: string, struggleId: string | null): void {
    if (requireCommunity(db, communityId).deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it first.');
    if (struggleId === null) return;
    const struggle = getStruggle(db, struggleId);
    if (!struggle || struggle.deletedAt || struggle.fields.communityId !== communityId) {
      throw new CreFailure('invalid_input', 'The struggle is not one of this community’s.', { reason: 'struggle_of_other_community' });
    }
  }

  function toView(db: WritableDB, stored: StoredRequest): SupportRequest {
    const community = requireCommunity(db, stored.fields.communityId);
    const { id, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
    return { ...stored.fields, communityName: community.fields.name, region: community.region, id, createdAt, updatedAt, hlc, changedBy, deletedAt };
  }

  return {
    create(input: SupportRequestInput): { id: string } {
      const fields = supportRequestInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        checkLinks(db, fields.communityId, fields.struggleId);
        insertRequest(db, id, fields, stamp);
        appendAuditEvent(db, 'request_created', stamp.at, { requestId: id, communityId: fields.communityId });
        return { id };
      });
    },

    update(id: string, input: SupportRequestInput): void {
      const fields = supportRequestInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireRequest(db, id);
        if (stored.deletedAt) throw new CreFailure('conflict', 'This request was deleted; restore it before editing.');
        if (fields.communityId !== stored.fields.communityId) {
          throw new CreFailure('invalid_input', 'A request stays with the community that made it.', { reason: 'community_changed' });
        }
        checkLinks(db, fields.communityId, fields.struggleId);
        updateRequest(db, id, fields, stamp);
        appendAuditEvent(db, 'request_updated', stamp.at, { requestId: id, status: fields.status });
      });
    },

    get(id: string): SupportRequest {
      const { db } = deps.openVault();
      return toView(db, requireRequest(db, id));
    },

    list(options: { communityId: string | null; statuses: RequestStatus[]; deleted: boolean; limit: number; offset: number }): SupportRequest[] {
      const { db } = deps.openVault();
      return listRequests(db, options).map((stored) => toView(db, stored));
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireRequest(db, id);
        if (setRequestDeleted(db, id, true, stamp)) appendAuditEvent(db, 'request_deleted', stamp.at, { requestId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireRequest(db, id);
        if (setRequestDeleted(db, id, false, stamp)) appendAuditEvent(db, 'request_restored', stamp.at, { requestId: id });
      });
    },
  };
}
