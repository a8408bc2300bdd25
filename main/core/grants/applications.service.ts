// Grant applications: entered for a community (checked against the call in one transaction: region, targets, budget
// rates, ceiling, deadline, eligibility), with a documents folder of the vault's resources, edited while not yet under
// review, moved through the screening steps (decisions come from meetings, awards from awards), deleted and restored.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  applicationInputSchema,
  canMoveApplication,
  DECISIONS,
  type Application,
  type ApplicationFields,
  type ApplicationInput,
  type ApplicationState,
} from '../../../common/grants/application.schema.js';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { Language } from '../../../common/languages.js';
import { getAttachment } from '../../../db/attachments.repo.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getCollaboration } from '../../../db/collaborations.repo.js';
import { getCommunity, type StoredCommunity } from '../../../db/communities.repo.js';
import {
  getApplication,
  insertApplication,
  listApplications,
  setApplicationDeleted,
  updateApplication,
  updateApplicationStatus,
} from '../../../db/grant-applications.repo.js';
import { getAwardOfApplication } from '../../../db/grant-awards.repo.js';
import type { StoredApplication, StoredCall } from '../../../db/grant-records.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getRequest } from '../../../db/requests.repo.js';
import { getResource, insertResource, setResourceDeleted, updateResource } from '../../../db/resources.repo.js';
import { getStruggle } from '../../../db/struggles.repo.js';
import { catalogText } from '../catalog-message.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { checkApplication, checkCallReceives, checkEligibility, checkTargeted, isLate } from './application-checks.js';
import { toApplicationView } from './application-view.js';
import { saveAwardLetter } from './award-letter.js';
import { requireLiveCall } from './calls.service.js';
import type { GrantApplicationsService } from './grants-services.js';

export interface GrantApplicationsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseSaveFile'>;
  language: () => Language;
}

/** While screening: the application may still be corrected. From review on it is what the reviewers saw. */
export const EDITABLE_APPLICATION_STATES: readonly ApplicationState[] = ['received', 'eligible', 'ineligible'];
/** Steps recorded by an award (awards service), not by a move. */
const SET_BY_AWARD: readonly ApplicationState[] = ['awarded', 'reporting', 'closed'];

export function requireApplication(db: ReadableDB, id: string): StoredApplication {
  const stored = getApplication(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no grant application with this id.');
  return stored;
}

export function requireLiveApplication(db: ReadableDB, id: string): StoredApplication {
  const stored = requireApplication(db, id);
  if (stored.deletedAt) throw new CreFailure('conflict', 'This application was deleted; restore it first.', { reason: 'deleted' });
  return stored;
}

function requireLiveCommunity(db: ReadableDB, id: string): StoredCommunity {
  const community = getCommunity(db, id);
  if (!community) throw new CreFailure('not_found', 'There is no community with this id.');
  if (community.deletedAt) throw new CreFailure('conflict', 'This community was deleted; restore it first.', { reason: 'community_deleted' });
  return community;
}

/** The struggle, request and collaboration named, if any, are this community's. */
function checkLinks(db: ReadableDB, fields: ApplicationFields): void {
  const links = [
    [fields.struggleId, (id: string) => getStruggle(db, id)?.fields.communityId, 'struggle_of_other_community'],
    [fields.requestId, (id: string) => getRequest(db, id)?.fields.communityId, 'request_of_other_community'],
    [fields.collaborationId, (id: string) => getCollaboration(db, id)?.fields.communityId, 'collaboration_of_other_community'],
  ] as const;
  for (const [id, communityOf, reason] of links) {
    if (id !== null && communityOf(id) !== fields.communityId) {
      throw new CreFailure('invalid_input', 'A linked record is not one of this community’s.', { reason });
    }
  }
}

/** Each document is a live attachment of the application's documents folder and answers one of the call's requirements (or none). */
function checkDocuments(db: ReadableDB, fields: ApplicationFields, resourceId: string | null, call: StoredCall): void {
  for (const document of fields.documents) {
    const attachment = getAttachment(db, document.attachmentId);
    if (!attachment || attachment.deletedAt || attachment.resourceId !== resourceId) {
      throw new CreFailure('invalid_input', 'A document is not a file of this application’s documents folder.', { reason: 'document_not_attached' });
    }
    if (document.requirement !== '' && !call.fields.requiredDocuments.includes(document.requirement)) {
      throw new CreFailure('invalid_input', 'A document answers a requirement the call does not have.', { reason: 'unknown_requirement' });
    }
  }
}

export function createGrantApplicationsService(deps: GrantApplicationsServiceDeps) {
  const write = transactionWriter(deps);

  function folderTitle(title: string): string {
    return catalogText(deps.language(), 'grants', 'applicationDocuments.folderTitle', { title });
  }

  /** Every check against the call, the community and the linked records; the amount requested and lateness. */
  function checkAll(db: ReadableDB, fields: ApplicationFields, call: StoredCall, allowUnmet: boolean) {
    const community = requireLiveCommunity(db, fields.communityId);
    const checked = checkApplication(fields, { call: call.fields, region: community.region, callTitle: callTitle(call.fields, deps.language()), allowUnmet });
    checkLinks(db, fields);
    return checked;
  }

  function auditLate(db: WritableDB, at: string, applicationId: string, callId: string): void {
    appendAuditEvent(db, 'grant_late_accepted', at, { applicationId, callId });
  }

  return {
    list(options) {
      const { db } = deps.openVault();
      const language = deps.language();
      return listApplications(db, options).map((stored) => toApplicationView(db, stored, language));
    },

    get(id: string): Application {
      const { db } = deps.openVault();
      return toApplicationView(db, requireApplication(db, id), deps.language());
    },

    /**
     * Received, with its (empty) documents folder; a late one is accepted with its reason, audited. An item of the
     * checklist answered "not met" is recorded as it is (nothing the community sent is turned away at the door): the
     * application cannot become eligible until it is met, and screening marks it ineligible.
     */
    create(input: ApplicationInput): { id: string } {
      const fields = applicationInputSchema.parse(input);
      const id = uuidv7();
      const resourceId = uuidv7();
      return write((db, stamp) => {
        const call = requireLiveCall(db, fields.callId);
        checkCallReceives(call.state);
        const { amountRequested, late } = checkAll(db, fields, call, true);
        checkDocuments(db, fields, resourceId, call);
        const languages = [...new Set([fields.originalLanguage, ...(fields.translationLanguage ? [fields.translationLanguage] : [])])];
        insertResource(
          db,
          resourceId,
          { title: folderTitle(fields.title), type: 'other', strategyAreas: call.fields.strategyAreas.slice(0, 7), languages, summary: '', sharing: 'secretariat' },
          stamp,
        );
        insertApplication(
          db,
          {
            id,
            fields,
            state: 'received',
            history: [{ state: 'received', at: stamp.at, note: '' }],
            amountRequested,
            approvedAmount: null,
            decisionRationale: '',
            meetingId: null,
            documentsResourceId: resourceId,
          },
          stamp,
        );
        appendAuditEvent(db, 'grant_application_created', stamp.at, { applicationId: id, callId: fields.callId, communityId: fields.communityId, resourceId });
        if (late) auditLate(db, stamp.at, id, fields.callId);
        return { id };
      });
    },

    /** While screening only; every check runs again (only an eligible application must meet every item of the checklist). */
    update(id: string, input: ApplicationInput): void {
      const fields = applicationInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireLiveApplication(db, id);
        if (!EDITABLE_APPLICATION_STATES.includes(stored.state)) {
          throw new CreFailure('conflict', 'This application is under review or decided; it can no longer be edited.', { reason: 'application_locked', state: stored.state });
        }
        if (fields.callId !== stored.fields.callId) {
          throw new CreFailure('invalid_input', 'An application stays with its call.', { reason: 'call_changed' });
        }
        const call = requireLiveCall(db, fields.callId);
        const { amountRequested, late } = checkAll(db, fields, call, stored.state !== 'eligible');
        checkDocuments(db, fields, stored.documentsResourceId, call);
        updateApplication(db, { ...stored, fields, amountRequested }, stamp);
        appendAuditEvent(db, 'grant_application_updated', stamp.at, { applicationId: id });
        const wasAccepted = isLate(stored.fields.receivedAt, call.fields) ? stored.fields.lateReason : null;
        if (late && wasAccepted !== fields.lateReason) auditLate(db, stamp.at, id, fields.callId);
        const folder = stored.documentsResourceId === null ? undefined : getResource(db, stored.documentsResourceId);
        if (folder && fields.title !== stored.fields.title) updateResource(db, folder.id, { ...folder.fields, title: folderTitle(fields.title) }, stamp);
      });
    },

    /** A screening step with its note; decisions and awards answer `illegal_transition` with the way they are made. */
    move(id: string, to: ApplicationState, note: string): void {
      write((db, stamp) => {
        const stored = requireLiveApplication(db, id);
        const from = stored.state;
        const reason = (DECISIONS as readonly string[]).includes(to) ? 'decided_by_meeting' : SET_BY_AWARD.includes(to) ? 'set_by_award' : null;
        if (!canMoveApplication(from, to) || reason !== null) {
          throw new CreFailure('illegal_transition', `An application cannot be moved from ${from} to ${to} here.`, { from, to, ...(reason ? { reason } : {}) });
        }
        if (to === 'eligible') {
          const call = requireLiveCall(db, stored.fields.callId);
          checkTargeted(stored.fields, call.fields, callTitle(call.fields, deps.language()));
          checkEligibility(stored.fields.eligibility, call.fields);
        }
        updateApplicationStatus(db, id, { state: to, note }, stamp);
        appendAuditEvent(db, 'grant_application_moved', stamp.at, { applicationId: id, from, to });
      });
    },

    /** Tombstones the application and its documents folder; an awarded one stays (its award and payments point at it). */
    delete(id: string): void {
      write((db, stamp) => {
        const stored = requireApplication(db, id);
        if (getAwardOfApplication(db, id)) {
          throw new CreFailure('conflict', 'This application has an award; delete the award first.', { reason: 'application_awarded' });
        }
        if (!setApplicationDeleted(db, id, true, stamp)) return;
        if (stored.documentsResourceId !== null) setResourceDeleted(db, stored.documentsResourceId, true, stamp);
        appendAuditEvent(db, 'grant_application_deleted', stamp.at, { applicationId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        const stored = requireApplication(db, id);
        if (!setApplicationDeleted(db, id, false, stamp)) return;
        if (stored.documentsResourceId !== null) setResourceDeleted(db, stored.documentsResourceId, false, stamp);
        appendAuditEvent(db, 'grant_application_restored', stamp.at, { applicationId: id });
      });
    },

    saveLetter: (id: string) => saveAwardLetter(deps, id),
  } satisfies GrantApplicationsService;
}
