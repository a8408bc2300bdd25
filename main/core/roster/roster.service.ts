// The roster: create, edit, tombstone and restore collaborators, with sensitive fields masked until revealed (and audited).
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { collaboratorInputSchema, type Collaborator, type CollaboratorFields } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import {
  getCollaborator,
  insertCollaborator,
  latestCollaboratorHlc,
  listDeletedCollaborators,
  listExpertiseTags,
  markCollaboratorDeleted,
  restoreCollaborator,
  updateCollaborator,
  type StoredCollaborator,
  type StoredContact,
  type SyncStamp,
} from '../../../db/collaborators.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { createHybridClock, type HybridClock } from '../sync/hlc.js';

export interface RosterServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Platform;
  /** Called after every committed change, e.g. to drop cached search indexes. */
  onChange?: () => void;
}

export type RosterService = ReturnType<typeof createRosterService>;

/** What the page may see: sensitive contact values and risk notes stay hidden until revealed one by one. */
export function toCollaboratorView(stored: StoredCollaborator): Collaborator {
  const { fields } = stored;
  return {
    ...fields,
    riskNotes: '',
    riskNotesMasked: fields.riskNotes.length > 0,
    contacts: stored.contacts.map((contact) => ({
      id: contact.id,
      type: contact.type as Collaborator['contacts'][number]['type'],
      value: contact.sensitive ? null : contact.value,
      masked: contact.sensitive,
      note: contact.note,
      sensitive: contact.sensitive,
    })),
    region: stored.region,
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    hlc: stored.hlc,
    changedBy: stored.changedBy,
    deletedAt: stored.deletedAt,
  };
}

export function createRosterService(deps: RosterServiceDeps) {
  let clock: { vaultId: string; clock: HybridClock } | null = null;

  function stampFor(db: WritableDB, vaultId: string): SyncStamp {
    if (clock?.vaultId !== vaultId) {
      clock = { vaultId, clock: createHybridClock(vaultId, deps.platform.now, latestCollaboratorHlc(db)) };
    }
    return { at: new Date(deps.platform.now()).toISOString(), hlc: clock.clock.next(), changedBy: vaultId };
  }

  function requireCollaborator(db: WritableDB, id: string): StoredCollaborator {
    const stored = getCollaborator(db, id);
    if (!stored) throw new CreFailure('not_found', 'There is no collaborator with this id.');
    return stored;
  }

  /**
   * Keeps the ids of channels that were edited, so a reveal link stays valid across saves; a channel sent without a value
   * keeps its stored one (the page never had to reveal it).
   */
  function contactsFrom(input: CollaboratorFields, previous: readonly StoredContact[]): StoredContact[] {
    const known = new Map(previous.map((contact) => [contact.id, contact]));
    return input.contacts.map((contact) => {
      const existing = contact.id === undefined ? undefined : known.get(contact.id);
      const value = contact.value ?? existing?.value;
      if (value === undefined) throw new CreFailure('invalid_input', 'A new contact channel needs a value.');
      return { id: existing?.id ?? uuidv7(), type: contact.type, value, note: contact.note, sensitive: contact.sensitive };
    });
  }

  function write<T>(work: (db: WritableDB, stamp: SyncStamp) => T): T {
    const { db, vaultId } = deps.openVault();
    const result = db.transaction(() => work(db, stampFor(db, vaultId)))();
    deps.onChange?.();
    return result;
  }

  return {
    create(input: CollaboratorFields): { id: string } {
      const fields = collaboratorInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const { contacts: _contacts, ...rest } = fields;
        insertCollaborator(db, { id, fields: rest, contacts: contactsFrom(fields, []), region: deriveRegion(fields.countries) }, stamp);
        appendAuditEvent(db, 'collaborator_created', stamp.at, { collaboratorId: id });
        return { id };
      });
    },

    update(id: string, input: CollaboratorFields): void {
      const fields = collaboratorInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireCollaborator(db, id);
        if (stored.deletedAt) throw new CreFailure('conflict', 'This collaborator was deleted; restore it before editing.');
        const { contacts: _contacts, ...rest } = fields;
        updateCollaborator(
          db,
          { seq: stored.seq, id, fields: rest, contacts: contactsFrom(fields, stored.contacts), region: deriveRegion(fields.countries) },
          stamp,
        );
        appendAuditEvent(db, 'collaborator_updated', stamp.at, { collaboratorId: id });
      });
    },

    get(id: string): Collaborator {
      return toCollaboratorView(requireCollaborator(deps.openVault().db, id));
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireCollaborator(db, id);
        if (markCollaboratorDeleted(db, id, stamp)) appendAuditEvent(db, 'collaborator_deleted', stamp.at, { collaboratorId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireCollaborator(db, id);
        if (restoreCollaborator(db, id, stamp)) appendAuditEvent(db, 'collaborator_restored', stamp.at, { collaboratorId: id });
      });
    },

    listDeleted(limit: number) {
      return listDeletedCollaborators(deps.openVault().db, limit);
    },

    revealContact(id: string, contactId: string): { value: string } {
      return write((db, stamp) => {
        const contact = requireCollaborator(db, id).contacts.find((c) => c.id === contactId);
        if (!contact) throw new CreFailure('not_found', 'There is no such contact channel.');
        appendAuditEvent(db, 'sensitive_revealed', stamp.at, { collaboratorId: id, field: 'contact', contactId });
        return { value: contact.value };
      });
    },

    revealRiskNotes(id: string): { riskNotes: string } {
      return write((db, stamp) => {
        const stored = requireCollaborator(db, id);
        appendAuditEvent(db, 'sensitive_revealed', stamp.at, { collaboratorId: id, field: 'riskNotes' });
        return { riskNotes: stored.fields.riskNotes };
      });
    },

    expertiseTags(prefix: string, limit: number) {
      return listExpertiseTags(deps.openVault().db, prefix, limit);
    },
  };
}
