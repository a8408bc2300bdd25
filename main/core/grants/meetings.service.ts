// Decision meetings: the working group's decisions on a call's reviewed applications, each checked for its quorum after
// recusals and (when approved) its amount against the ceiling, applied with the meeting in one transaction; deleted
// (the applications go back to review) and restored (the decisions apply again); the minutes saved as a PDF.
import { rmSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import { canMoveApplication, type ApplicationState } from '../../../common/grants/application.schema.js';
import { meetingInputSchema, type Meeting, type MeetingInput } from '../../../common/grants/award.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getApplication, updateApplicationStatus } from '../../../db/grant-applications.repo.js';
import { getAwardOfApplication } from '../../../db/grant-awards.repo.js';
import { getMeeting, insertMeeting, listMeetingsOfCall, setMeetingDeleted } from '../../../db/grant-meetings.repo.js';
import type { StoredMeeting } from '../../../db/grant-records.js';
import { listReviewsOfApplication, listReviewsOfCall } from '../../../db/grant-reviews.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { checkCeiling } from './application-checks.js';
import { toApplicationView } from './application-view.js';
import { requireCall, requireLiveCall } from './calls.service.js';
import type { GrantMeetingsService } from './grants-services.js';
import { minutesPdf, minutesWords } from './minutes-pdf.js';
import { quorumOf, type ApplicationQuorum } from './quorum.js';

export interface GrantMeetingsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseSaveFile'>;
  language: () => Language;
}

/** An application a meeting may decide: under review, or waitlisted by an earlier meeting. */
const DECIDABLE: readonly ApplicationState[] = ['in_review', 'waitlisted'];
/** Past the decision: an award was made on it, so the meeting that decided it must stay. */
const AWARDED: readonly ApplicationState[] = ['awarded', 'reporting', 'closed'];

function requireMeeting(db: ReadableDB, id: string): StoredMeeting {
  const stored = getMeeting(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no decision meeting with this id.');
  return stored;
}

function toMeetingView(stored: StoredMeeting): Meeting {
  return { ...stored.fields, recusals: stored.recusals, quorum: stored.quorum, id: stored.id, createdAt: stored.createdAt, updatedAt: stored.updatedAt, hlc: stored.hlc, changedBy: stored.changedBy, deletedAt: stored.deletedAt };
}

/** The decisions a meeting applied that still stand: the applications whose last decision is this meeting's. */
function standingDecisions(db: ReadableDB, meeting: StoredMeeting) {
  return meeting.fields.decisions.flatMap((decision) => {
    const application = getApplication(db, decision.applicationId);
    return application && application.meetingId === meeting.id ? [{ decision, application }] : [];
  });
}

export function createGrantMeetingsService(deps: GrantMeetingsServiceDeps) {
  const write = transactionWriter(deps);

  return {
    list(callId: string): Meeting[] {
      const { db } = deps.openVault();
      requireCall(db, callId);
      return listMeetingsOfCall(db, callId).map(toMeetingView);
    },

    get(id: string): Meeting {
      return toMeetingView(requireMeeting(deps.openVault().db, id));
    },

    /** Every decision is checked before any is applied; one refused decision leaves nothing recorded. */
    create(input: MeetingInput): { id: string } {
      const fields = meetingInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const call = requireLiveCall(db, fields.callId);
        if (call.state !== 'in_review' && call.state !== 'decided') {
          throw new CreFailure('conflict', 'A call is decided once its applications are in review.', { reason: 'call_not_in_review', state: call.state });
        }
        const members = new Set(call.fields.workingGroup.map((member) => member.vaultId));
        for (const vaultId of fields.attendees) {
          if (!members.has(vaultId)) throw new CreFailure('invalid_input', 'An attendee is not a member of the call’s working group.', { reason: 'attendee_not_in_group' });
        }
        if (new Set(fields.attendees).size !== fields.attendees.length) {
          throw new CreFailure('invalid_input', 'An attendee is listed twice.', { reason: 'duplicate_attendee' });
        }
        if (new Set(fields.decisions.map((d) => d.applicationId)).size !== fields.decisions.length) {
          throw new CreFailure('invalid_input', 'An application has two decisions.', { reason: 'duplicate_decision' });
        }
        const quorum: ApplicationQuorum[] = [];
        for (const decision of fields.decisions) {
          const application = getApplication(db, decision.applicationId);
          if (!application || application.deletedAt || application.fields.callId !== fields.callId) {
            throw new CreFailure('invalid_input', 'A decision is about an application that is not one of this call’s.', { reason: 'application_not_in_call', applicationId: decision.applicationId });
          }
          if (!DECIDABLE.includes(application.state) || !canMoveApplication(application.state, decision.decision)) {
            throw new CreFailure('illegal_transition', 'This application cannot take this decision from its state.', {
              applicationId: decision.applicationId,
              from: application.state,
              to: decision.decision,
            });
          }
          const counted = quorumOf({
            applicationId: decision.applicationId,
            workingGroup: call.fields.workingGroup,
            attendees: fields.attendees,
            required: call.fields.quorum,
            reviews: listReviewsOfApplication(db, decision.applicationId),
          });
          if (!counted.met) {
            throw new CreFailure('quorum_not_met', 'Too few members without a conflict were present for this decision.', {
              applicationId: decision.applicationId,
              present: counted.present,
              required: counted.required,
            });
          }
          if (decision.decision === 'approved') {
            if (decision.amount === null || decision.amount <= 0) {
              throw new CreFailure('invalid_input', 'An approval needs the approved amount.', { reason: 'amount_required', applicationId: decision.applicationId });
            }
            checkCeiling(decision.amount, call.fields);
          }
          quorum.push(counted);
        }
        // Only an approval carries an amount.
        const decisions = fields.decisions.map((d) => ({ ...d, amount: d.decision === 'approved' ? d.amount : null }));
        const recusals = quorum.flatMap((q) => q.recusals);
        insertMeeting(db, { id, fields: { ...fields, decisions }, recusals, quorum: quorum.map(({ recusals: _r, ...q }) => q) }, stamp);
        for (const decision of decisions) {
          updateApplicationStatus(
            db,
            decision.applicationId,
            { state: decision.decision, approvedAmount: decision.amount, decisionRationale: decision.rationale, meetingId: id },
            stamp,
          );
        }
        appendAuditEvent(db, 'grant_meeting_recorded', stamp.at, { meetingId: id, callId: fields.callId, decisions: decisions.length, recusals: recusals.length });
        return { id };
      });
    },

    /** Its standing decisions are undone (back to review); refused once one of them led to an award. */
    delete(id: string): void {
      write((db, stamp) => {
        const meeting = requireMeeting(db, id);
        if (meeting.deletedAt) return;
        const standing = standingDecisions(db, meeting);
        for (const { application } of standing) {
          if (AWARDED.includes(application.state) || getAwardOfApplication(db, application.id)) {
            throw new CreFailure('conflict', 'An application this meeting decided has been awarded since.', { reason: 'decisions_in_use', applicationId: application.id });
          }
        }
        setMeetingDeleted(db, id, true, stamp);
        for (const { application } of standing) {
          updateApplicationStatus(db, application.id, { state: 'in_review', approvedAmount: null, decisionRationale: '', meetingId: null }, stamp);
        }
        appendAuditEvent(db, 'grant_meeting_deleted', stamp.at, { meetingId: id, callId: meeting.fields.callId, undone: standing.length });
      });
    },

    /** The decisions apply again, provided their applications are still waiting in review. */
    restore(id: string): void {
      write((db, stamp) => {
        const meeting = requireMeeting(db, id);
        if (!meeting.deletedAt) return;
        requireLiveCall(db, meeting.fields.callId);
        for (const decision of meeting.fields.decisions) {
          const application = getApplication(db, decision.applicationId);
          if (!application || application.deletedAt || application.state !== 'in_review') {
            throw new CreFailure('conflict', 'An application of this meeting was decided or changed since it was deleted.', { reason: 'decided_since', applicationId: decision.applicationId });
          }
        }
        setMeetingDeleted(db, id, false, stamp);
        for (const decision of meeting.fields.decisions) {
          updateApplicationStatus(
            db,
            decision.applicationId,
            { state: decision.decision, approvedAmount: decision.amount, decisionRationale: decision.rationale, meetingId: id },
            stamp,
          );
        }
        appendAuditEvent(db, 'grant_meeting_restored', stamp.at, { meetingId: id, callId: meeting.fields.callId });
      });
    },

    /** Asks where to save, then writes the minutes in the app's language; a file the audit trail does not show is removed. */
    async saveMinutes(id: string): Promise<{ saved: boolean }> {
      const language = deps.language();
      const words = minutesWords(language);
      const first = requireMeeting(deps.openVault().db, id);
      const path = await deps.platform.chooseSaveFile({
        title: words.text('dialogTitle'),
        defaultName: `${words.text('fileStem')}-${first.fields.date}.pdf`,
        filters: [{ name: words.text('pdfFiles'), extensions: ['pdf'] }],
      });
      if (path === null) return { saved: false };
      // Read after the dialog: the minutes are those of the moment the file is written.
      const { db } = deps.openVault();
      const meeting = requireMeeting(db, id);
      const call = requireCall(db, meeting.fields.callId);
      const applications = meeting.fields.decisions.flatMap((decision) => {
        const application = getApplication(db, decision.applicationId);
        return application ? [toApplicationView(db, application, language)] : [];
      });
      const reviews = listReviewsOfCall(db, call.id);
      const pdf = await minutesPdf(toMeetingView(meeting), call.fields, applications, reviews, language);
      // The vault may have locked while the PDF was made: openVault answers `locked` and nothing is written.
      const writer = deps.openVault().db;
      writeFileAtomic(path, pdf);
      try {
        appendAuditEvent(writer, 'grant_minutes_saved', new Date(deps.platform.now()).toISOString(), { meetingId: id, callId: call.id });
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      }
      return { saved: true };
    },
  } satisfies GrantMeetingsService;
}
