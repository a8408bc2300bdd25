// The roster: create, edit, tombstone and restore collaborators, with sensitive fields masked until revealed (and audited).
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { collaboratorInputSchema, type Collaborator, type CollaboratorFields, type CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { duplicateReason, type DuplicateReason } from '../../../common/roster/duplicates.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import {
  findNameCandidates,
  getCollaborator,
  insertCollaborator,
  markCollaboratorMerged,
  listDeletedCollaborators,
  markCollaboratorDeleted,
  restoreCollaborator,
  updateCollaborator,
  type StoredCollaborator,
  type StoredContact,
} from '../../../db/collaborators.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { contactsFromInput, maskContacts } from '../records/contacts.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { transactionWriter } from '../records/write.js';
import { toFtsQuery } from './roster-search.js';

export interface RosterServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Platform;
  /** The vault's clock, shared with every other writer of syncable records. */
  clock: VaultClock;
}

export type RosterService = ReturnType<typeof createRosterService>;

/** What the page may see: sensitive contact values and risk notes stay hidden until revealed one by one. */
export function toCollaboratorView(stored: StoredCollaborator): Collaborator {
  const { fields } = stored;
  return {
    ...fields,
    riskNotes: '',
    riskNotesMasked: fields.riskNotes.length > 0,
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

export function createRosterService(deps: RosterServiceDeps) {

  function requireCollaborator(db: WritableDB, id: string): StoredCollaborator {
    const stored = getCollaborator(db, id);
    if (!stored) throw new CreFailure('not_found', 'There is no collaborator with this id.');
    return stored;
  }

  function contactsFrom(input: CollaboratorFields, own: readonly StoredContact[], adopted: readonly StoredContact[] = []): StoredContact[] {
    return contactsFromInput(input.contacts, own, adopted);
  }

  const write = transactionWriter(deps);

  return {
    create(input: CollaboratorInput): { id: string } {
      const fields = collaboratorInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const { contacts: _contacts, ...rest } = fields;
        insertCollaborator(db, { id, fields: rest, contacts: contactsFrom(fields, []), region: deriveRegion(fields.countries) }, stamp);
        appendAuditEvent(db, 'collaborator_created', stamp.at, { collaboratorId: id });
        return { id };
      });
    },

    update(id: string, input: CollaboratorInput, options: { keepRiskNotes?: boolean } = {}): void {
      const fields = collaboratorInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireCollaborator(db, id);
        if (stored.deletedAt) throw new CreFailure('conflict', 'This collaborator was deleted; restore it before editing.');
        const { contacts: _contacts, ...edited } = fields;
        const rest = options.keepRiskNotes ? { ...edited, riskNotes: stored.fields.riskNotes } : edited;
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

    /** Live entries that may be the same collaborator as `entry` (on create and import), most likely first. */
    findDuplicates(
      entry: { name: string; countries: readonly string[] },
      excludeId: string | null = null,
    ): { id: string; name: string; countries: string[]; region: string; reason: DuplicateReason; score: number }[] {
      const words = toFtsQuery(entry.name);
      if (words === null) return [];
      // Any shared word (or word start) makes a candidate; the rules in common/roster/duplicates.ts decide.
      const anyWord = `name : (${words.split(' AND ').join(' OR ')})`;
      return findNameCandidates(deps.openVault().db, anyWord, 500)
        .filter((candidate) => candidate.id !== excludeId)
        .flatMap((candidate) => {
          const match = duplicateReason(entry, candidate);
          return match ? [{ ...candidate, ...match }] : [];
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, 20);
    },

    /**
     * Merges `mergeId` into `keepId` with the fields the user settled on. Contacts of either entry may be sent back without
     * their values; risk notes of both are kept. The merged entry stays as a tombstone pointing at the kept one, so the
     * history of both survives.
     */
    merge(keepId: string, mergeId: string, input: CollaboratorInput): void {
      if (keepId === mergeId) throw new CreFailure('invalid_input', 'A collaborator cannot be merged with itself.');
      const fields = collaboratorInputSchema.parse(input);
      write((db, stamp) => {
        const kept = requireCollaborator(db, keepId);
        const other = requireCollaborator(db, mergeId);
        if (kept.deletedAt || other.deletedAt) throw new CreFailure('conflict', 'Only entries that are not deleted can be merged.');
        const { contacts: _contacts, ...rest } = fields;
        const riskNotes = [kept.fields.riskNotes, other.fields.riskNotes].filter((note) => note.trim()).join('\n\n');
        updateCollaborator(
          db,
          {
            seq: kept.seq,
            id: keepId,
            fields: { ...rest, riskNotes: rest.riskNotes || riskNotes },
            contacts: contactsFrom(fields, kept.contacts, other.contacts),
            region: deriveRegion(fields.countries),
          },
          stamp,
        );
        markCollaboratorMerged(db, mergeId, keepId, stamp);
        appendAuditEvent(db, 'collaborators_merged', stamp.at, { keptId: keepId, mergedId: mergeId });
      });
    },
  };
}
