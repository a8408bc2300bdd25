// Working-group reviews: assignment of the call's members, the conflict-of-interest declaration before anything of the
// application shows, opening (blind where the call is), scoring against the rubric. Recusal is enforced on the reviewer
// whoever acts: every refusal answers `recused` and is audited in its own transaction, kept although the call fails.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type { Application } from '../../../common/grants/application.schema.js';
import {
  declarationInputSchema,
  scoresInputSchema,
  type DeclarationInput,
  type Review,
  type ScoresInput,
} from '../../../common/grants/review.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { StoredApplication, StoredCall, StoredReview } from '../../../db/grant-records.js';
import {
  getReview,
  insertReview,
  listRecusedTombstonesOfApplication,
  listReviewsOfApplication,
  listReviewsOfReviewer,
  setReviewDeleted,
  updateReview,
} from '../../../db/grant-reviews.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { readIdentity, type VaultIdentity } from '../../../db/team.repo.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import type { GrantReviewsService } from './grants-services.js';
import { isRecused, seesIdentity } from './ranked-table.js';
import { toApplicationView } from './application-view.js';
import { blindApplication, toReviewView, withoutOthersReasons, withoutScores } from './reviewer-view.js';

export interface GrantReviewsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  language: () => Language;
}

/** Once a call is decided or archived, its reviews stay as they were. */
const CLOSED_FOR_REVIEW = ['decided', 'archived'] as const;

type RefusedAction = 'open' | 'score' | 'declare' | 'view';

function requireReview(db: ReadableDB, id: string): StoredReview {
  const review = getReview(db, id);
  if (!review || review.deletedAt) throw new CreFailure('not_found', 'There is no such review assignment.');
  return review;
}

function requireApplication(db: ReadableDB, id: string): StoredApplication {
  const application = getApplication(db, id);
  if (!application || application.deletedAt) throw new CreFailure('not_found', 'There is no such grant application.');
  return application;
}

function requireCallOf(db: ReadableDB, application: StoredApplication): StoredCall {
  const call = getCall(db, application.fields.callId);
  if (!call || call.deletedAt) throw new CreFailure('not_found', 'The application’s call was deleted.');
  return call;
}

function refuseIfClosed(call: StoredCall): void {
  if ((CLOSED_FOR_REVIEW as readonly string[]).includes(call.state)) {
    throw new CreFailure('conflict', `The call is ${call.state}; its reviews can no longer change.`, { reason: 'call_locked', state: call.state });
  }
}

/** Who acts on `review`: its own reviewer, or the coordinator on their behalf; anyone else is refused. */
function actingFor(identity: VaultIdentity, review: StoredReview): { onBehalf: boolean } {
  if (review.reviewerVaultId === identity.vaultId) return { onBehalf: false };
  if (identity.role === 'coordinator') return { onBehalf: true };
  throw new CreFailure('conflict', 'This review is assigned to another reviewer.', { reason: 'not_your_review' });
}

/** Takes the forms' input (defaults not yet applied), so it serves the router and direct callers alike. */
export function createGrantReviewsService(deps: GrantReviewsServiceDeps) {
  const write = transactionWriter(deps);

  /** Records the refused attempt in its own committed transaction, then answers `recused`. */
  function refuseRecused(review: Pick<StoredReview, 'id' | 'applicationId'> | null, applicationId: string, action: RefusedAction, onBehalf: boolean): never {
    write((db, stamp) => {
      appendAuditEvent(db, 'grant_recused_refused', stamp.at, { reviewId: review?.id ?? null, applicationId, action, onBehalf });
    });
    throw new CreFailure('recused', 'The reviewer declared a conflict of interest with this application.', { applicationId });
  }

  /** The review this vault may act on and its application's call, or the refusal the rules give (recused is audited). */
  function gate(db: ReadableDB, id: string, action: 'open' | 'score'): { review: StoredReview; application: StoredApplication; call: StoredCall; identity: VaultIdentity; onBehalf: boolean } {
    const review = requireReview(db, id);
    const identity = readIdentity(db);
    const { onBehalf } = actingFor(identity, review);
    if (review.declaration === 'conflict') refuseRecused(review, review.applicationId, action, onBehalf);
    if (review.declaration === 'pending') {
      throw new CreFailure('declaration_required', 'The reviewer has not declared whether they have a conflict of interest.', { reviewId: id });
    }
    const application = requireApplication(db, review.applicationId);
    return { review, application, call: requireCallOf(db, application), identity, onBehalf };
  }

  return {
    forApplication(applicationId: string): Review[] {
      const { db } = deps.openVault();
      requireApplication(db, applicationId);
      const identity = readIdentity(db);
      const reviews = listReviewsOfApplication(db, applicationId);
      if (isRecused(reviews, identity.vaultId)) refuseRecused(null, applicationId, 'view', false);
      // A reviewer who has not declared yet sees the assignments (theirs to declare on) but none of the others' scores.
      const undeclared = reviews.some((r) => r.reviewerVaultId === identity.vaultId && r.declaration === 'pending');
      const isCoordinator = identity.role === 'coordinator';
      return reviews.map((r) => {
        const view = withoutOthersReasons(toReviewView(r), identity.vaultId, isCoordinator);
        return undeclared && r.reviewerVaultId !== identity.vaultId ? withoutScores(view) : view;
      });
    },

    mine(): Review[] {
      const { db } = deps.openVault();
      return listReviewsOfReviewer(db, readIdentity(db).vaultId).map(toReviewView);
    },

    /** Adds working-group reviews for members not yet assigned; the call's members only. */
    assign(applicationId: string, reviewerVaultIds: string[]): void {
      write((db, stamp) => {
        const application = requireApplication(db, applicationId);
        const call = requireCallOf(db, application);
        refuseIfClosed(call);
        const members = new Map(call.fields.workingGroup.map((m) => [m.vaultId, m]));
        const wanted = [...new Set(reviewerVaultIds)];
        if (wanted.some((vaultId) => !members.has(vaultId))) {
          throw new CreFailure('invalid_input', 'Reviewers are members of the call’s working group.', { reason: 'not_in_working_group' });
        }
        const assigned = new Set(listReviewsOfApplication(db, applicationId).filter((r) => r.kind === 'working_group').map((r) => r.reviewerVaultId));
        const added = wanted.filter((vaultId) => !assigned.has(vaultId));
        // Unassigning a recused reviewer and assigning them again brings back their conflict, never a fresh review.
        const recused = new Map(listRecusedTombstonesOfApplication(db, applicationId).filter((r) => r.kind === 'working_group').map((r) => [r.reviewerVaultId, r]));
        for (const vaultId of added.filter((id) => recused.has(id))) setReviewDeleted(db, recused.get(vaultId)?.id ?? '', false, stamp);
        for (const vaultId of added.filter((id) => !recused.has(id))) {
          insertReview(
            db,
            {
              id: uuidv7(),
              applicationId,
              kind: 'working_group',
              reviewerVaultId: vaultId,
              reviewerName: members.get(vaultId)?.name ?? '',
              declaration: 'pending',
              conflictReason: '',
              declaredAt: null,
              scores: [],
              advice: '',
              submittedAt: null,
            },
            stamp,
          );
        }
        if (added.length > 0) appendAuditEvent(db, 'grant_reviewers_assigned', stamp.at, { applicationId, callId: call.id, count: added.length });
      });
    },

    /** Takes a reviewer off an application (a tombstone, so undo restores the scores too). */
    unassign(id: string): void {
      write((db, stamp) => {
        const review = requireReview(db, id);
        refuseIfClosed(requireCallOf(db, requireApplication(db, review.applicationId)));
        if (setReviewDeleted(db, id, true, stamp)) {
          appendAuditEvent(db, 'grant_reviewer_unassigned', stamp.at, { reviewId: id, applicationId: review.applicationId, hadScores: review.submittedAt !== null });
        }
      });
    },

    /**
     * No conflict opens the application; a conflict recuses the reviewer for good (scores they had given are cleared).
     * A recused reviewer declaring again is refused like every other path.
     */
    declare(id: string, input: DeclarationInput): void {
      const declaration = declarationInputSchema.parse(input);
      const { db } = deps.openVault();
      const review = requireReview(db, id);
      const { onBehalf } = actingFor(readIdentity(db), review);
      if (review.declaration === 'conflict') refuseRecused(review, review.applicationId, 'declare', onBehalf);
      write((db, stamp) => {
        refuseIfClosed(requireCallOf(db, requireApplication(db, review.applicationId)));
        const conflict = declaration.declaration === 'conflict';
        updateReview(
          db,
          {
            ...review,
            declaration: declaration.declaration,
            conflictReason: conflict ? declaration.reason : '',
            declaredAt: stamp.at,
            scores: conflict ? [] : review.scores,
            submittedAt: conflict ? null : review.submittedAt,
          },
          stamp,
        );
        appendAuditEvent(db, 'grant_conflict_declared', stamp.at, { reviewId: id, applicationId: review.applicationId, declaration: declaration.declaration, onBehalf });
      });
    },

    /** The application as this reviewer may see it: identity hidden in a blind call unless the viewer coordinates. */
    open(id: string): { review: Review; application: Application } {
      const { db } = deps.openVault();
      const { review, application, call, identity } = gate(db, id, 'open');
      const view = toApplicationView(db, application, deps.language());
      return { review: toReviewView(review), application: seesIdentity(call, identity) ? view : blindApplication(view) };
    },

    /** Scores on the call's criteria only, integers 0–5; a submitted review scores every criterion. */
    score(id: string, input: ScoresInput): void {
      const scores = scoresInputSchema.parse(input);
      const { db } = deps.openVault();
      const { review, call, onBehalf } = gate(db, id, 'score');
      refuseIfClosed(call);
      const criteria = new Set(call.fields.rubric.map((c) => c.id));
      const given = scores.scores.map((s) => s.criterionId);
      if (given.some((criterionId) => !criteria.has(criterionId))) {
        throw new CreFailure('invalid_input', 'A score names a criterion the call’s rubric does not have.', { reason: 'unknown_criterion' });
      }
      if (new Set(given).size !== given.length) {
        throw new CreFailure('invalid_input', 'A criterion is scored twice.', { reason: 'duplicate_criterion' });
      }
      if (scores.submit && given.length !== criteria.size) {
        throw new CreFailure('invalid_input', 'A submitted review scores every criterion of the rubric.', { reason: 'incomplete_scores' });
      }
      write((db, stamp) => {
        updateReview(db, { ...review, scores: scores.scores, advice: scores.advice, submittedAt: scores.submit ? stamp.at : null }, stamp);
        appendAuditEvent(db, 'grant_review_scored', stamp.at, { reviewId: id, applicationId: review.applicationId, submitted: scores.submit, onBehalf });
      });
    },
  } satisfies GrantReviewsService;
}
