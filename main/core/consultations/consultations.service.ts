// Consultation rounds: record, edit, delete with undo and restore; participants from the records; what was heard by
// theme, with quotes that identify someone kept in this vault only; follow-up actions, the overdue ones for Today.
import { v7 as uuidv7 } from 'uuid';
import {
  consultationInputSchema,
  type Consultation,
  type ConsultationFields,
  type ConsultationInput,
  type ConsultationSummary,
  type OverdueAction,
} from '../../../common/consultations/consultation.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import {
  collaboratorNamesByIds,
  communityNamesByIds,
  getConsultation,
  insertConsultation,
  listConsultations,
  listConsultationThemes,
  listOverdueConsultationActions,
  liveIdsAmong,
  setConsultationDeleted,
  updateConsultation,
  type StoredConsultation,
} from '../../../db/consultations.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import type { ConsultationsService } from './consultations-handlers.js';

export interface ConsultationsDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now'>;
}

function requireConsultation(db: ReadableDB, id: string): StoredConsultation {
  const stored = getConsultation(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no consultation with this id.');
  return stored;
}

function requireLive(db: ReadableDB, id: string): StoredConsultation {
  const stored = requireConsultation(db, id);
  if (stored.deletedAt) throw new CreFailure('conflict', 'This consultation was deleted; restore it first.');
  return stored;
}

function repeated(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

/** Each feedback item, action and participant once: a quote kept apart from its item finds it again by its id. */
function checkUnique(fields: ConsultationFields): void {
  if (repeated(fields.feedback.map((item) => item.id)) || repeated(fields.actions.map((action) => action.id))) {
    throw new CreFailure('invalid_input', 'Two feedback items or two actions have the same id.', { reason: 'duplicate_item' });
  }
  if (repeated(fields.communityIds) || repeated(fields.collaboratorIds)) {
    throw new CreFailure('invalid_input', 'A participant is named twice.', { reason: 'duplicate_participant' });
  }
}

/**
 * Every participant added is a live community or collaborator of this vault. Those the round already had stay even
 * when this vault does not hold them: a round received from another vault may name records this one never got.
 */
function checkParticipants(db: ReadableDB, fields: ConsultationFields, before: ConsultationFields | null): void {
  const added = (ids: readonly string[], had: readonly string[] = []) => ids.filter((id) => !had.includes(id));
  const communities = added(fields.communityIds, before?.communityIds);
  const collaborators = added(fields.collaboratorIds, before?.collaboratorIds);
  if (liveIdsAmong(db, 'communities', communities).size !== communities.length) {
    throw new CreFailure('invalid_input', 'A participant is not a community in the records.', { reason: 'unknown_community' });
  }
  if (liveIdsAmong(db, 'collaborators', collaborators).size !== collaborators.length) {
    throw new CreFailure('invalid_input', 'A participant is not a collaborator in the roster.', { reason: 'unknown_collaborator' });
  }
}

function named(ids: readonly string[], names: ReadonlyMap<string, string>): { id: string; name: string }[] {
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}

function toView(db: ReadableDB, stored: StoredConsultation): Consultation {
  const { fields, id, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
  return {
    ...fields,
    communities: named(fields.communityIds, communityNamesByIds(db, fields.communityIds)),
    collaborators: named(fields.collaboratorIds, collaboratorNamesByIds(db, fields.collaboratorIds)),
    id,
    createdAt,
    updatedAt,
    hlc,
    changedBy,
    deletedAt,
  };
}

function toSummary(stored: StoredConsultation, today: string): ConsultationSummary {
  const { fields } = stored;
  const open = fields.actions.filter((action) => action.doneOn === null);
  return {
    id: stored.id,
    topic: fields.topic,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    channel: fields.channel,
    region: fields.region,
    participants: fields.communityIds.length + fields.collaboratorIds.length,
    feedback: fields.feedback.length,
    openActions: open.length,
    overdueActions: open.filter((action) => action.dueOn !== null && action.dueOn < today).length,
    deletedAt: stored.deletedAt,
  };
}

export function createConsultationsService(deps: ConsultationsDeps): ConsultationsService {
  const write = transactionWriter(deps);
  /** Today by the vault's clock, as a day. */
  const today = () => new Date(deps.platform.now()).toISOString().slice(0, 10);

  function parse(input: ConsultationInput): ConsultationFields {
    const fields = consultationInputSchema.parse(input);
    checkUnique(fields);
    return fields;
  }

  return {
    list(options) {
      const { db } = deps.openVault();
      const day = today();
      return listConsultations(db, options).map((stored) => toSummary(stored, day));
    },

    get(id) {
      const { db } = deps.openVault();
      return toView(db, requireConsultation(db, id));
    },

    create(input) {
      const fields = parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        checkParticipants(db, fields, null);
        insertConsultation(db, id, fields, stamp);
        appendAuditEvent(db, 'consultation_created', stamp.at, { consultationId: id });
        return { id };
      });
    },

    update(id, input) {
      const fields = parse(input);
      write((db, stamp) => {
        const stored = requireLive(db, id);
        checkParticipants(db, fields, stored.fields);
        updateConsultation(db, id, fields, stamp);
        appendAuditEvent(db, 'consultation_updated', stamp.at, { consultationId: id });
      });
    },

    delete(id) {
      write((db, stamp) => {
        requireConsultation(db, id);
        if (setConsultationDeleted(db, id, true, stamp)) appendAuditEvent(db, 'consultation_deleted', stamp.at, { consultationId: id });
      });
    },

    restore(id) {
      write((db, stamp) => {
        requireConsultation(db, id);
        if (setConsultationDeleted(db, id, false, stamp)) appendAuditEvent(db, 'consultation_restored', stamp.at, { consultationId: id });
      });
    },

    themes() {
      const { db } = deps.openVault();
      return listConsultationThemes(db);
    },

    overdueActions(): OverdueAction[] {
      const { db } = deps.openVault();
      return listOverdueConsultationActions(db, today());
    },
  };
}
