// Communities: create, edit, tombstone and restore, with contact channels masked until revealed (each reveal audited).
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { communityInputSchema, type Community, type CommunityInput, type CommunitySummary } from '../../../common/community/community.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import {
  getCommunity,
  insertCommunity,
  listCommunities,
  setCommunityDeleted,
  updateCommunity,
  type StoredCommunity,
} from '../../../db/communities.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { contactsFromInput, maskContacts } from '../records/contacts.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { transactionWriter } from '../records/write.js';

export interface CommunitiesServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
}

export type CommunitiesService = ReturnType<typeof createCommunitiesService>;

export function toCommunityView(stored: StoredCommunity): Community {
  return {
    ...stored.fields,
    contacts: maskContacts(stored.contacts),
    region: stored.region,
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    hlc: stored.hlc,
    changedBy: stored.changedBy,
    deletedAt: stored.deletedAt,
  };
}

export function requireCommunity(db: WritableDB, id: string): StoredCommunity {
  const stored = getCommunity(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no community with this id.');
  return stored;
}

export function createCommunitiesService(deps: CommunitiesServiceDeps) {
  const write = transactionWriter(deps);

  return {
    create(input: CommunityInput): { id: string } {
      const fields = communityInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const { contacts, ...rest } = fields;
        insertCommunity(db, { id, fields: rest, contacts: contactsFromInput(contacts, []), region: deriveRegion([fields.country]) }, stamp);
        appendAuditEvent(db, 'community_created', stamp.at, { communityId: id });
        return { id };
      });
    },

    update(id: string, input: CommunityInput): void {
      const fields = communityInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireCommunity(db, id);
        if (stored.deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it before editing.');
        const { contacts, ...rest } = fields;
        updateCommunity(db, { id, fields: rest, contacts: contactsFromInput(contacts, stored.contacts), region: deriveRegion([fields.country]) }, stamp);
        appendAuditEvent(db, 'community_updated', stamp.at, { communityId: id });
      });
    },

    get(id: string): Community {
      return toCommunityView(requireCommunity(deps.openVault().db, id));
    },

    list(options: { text: string; region: Region | null; deleted: boolean; limit: number; offset: number }): CommunitySummary[] {
      return listCommunities(deps.openVault().db, options) as CommunitySummary[];
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireCommunity(db, id);
        if (setCommunityDeleted(db, id, true, stamp)) appendAuditEvent(db, 'community_deleted', stamp.at, { communityId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireCommunity(db, id);
        if (setCommunityDeleted(db, id, false, stamp)) appendAuditEvent(db, 'community_restored', stamp.at, { communityId: id });
      });
    },

    /** Shows one sensitive contact value; the reveal is written to the audit trail, never the value. */
    revealContact(id: string, contactId: string): { value: string } {
      return write((db, stamp) => {
        const contact = requireCommunity(db, id).contacts.find((c) => c.id === contactId);
        if (!contact) throw new CreFailure('not_found', 'There is no such contact channel.');
        appendAuditEvent(db, 'sensitive_revealed', stamp.at, { communityId: id, field: 'contact', contactId });
        return { value: contact.value };
      });
    },
  };
}
