// Grant review rows: one per reviewer and application (assignment, conflict-of-interest declaration, scores as JSON).
import type { CriterionScore, Declaration, ReviewKind } from '../common/grants/review.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { StoredReview } from './grant-records.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { syncMetadataOf } from './syncable.js';
import { setTombstone } from './tombstones.js';

interface ReviewRow {
  seq: number;
  id: string;
  application_id: string;
  kind: string;
  reviewer_vault_id: string;
  reviewer_name: string;
  declaration: string;
  conflict_reason: string;
  declared_at: string | null;
  scores: string;
  advice: string;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

function rowToReview(row: ReviewRow): StoredReview {
  return {
    seq: row.seq,
    id: row.id,
    applicationId: row.application_id,
    kind: row.kind as ReviewKind,
    reviewerVaultId: row.reviewer_vault_id,
    reviewerName: row.reviewer_name,
    declaration: row.declaration as Declaration,
    conflictReason: row.conflict_reason,
    declaredAt: row.declared_at,
    scores: JSON.parse(row.scores) as CriterionScore[],
    advice: row.advice,
    submittedAt: row.submitted_at,
    ...syncMetadataOf(row),
  };
}

export type ReviewRecord = Omit<StoredReview, 'seq' | 'createdAt' | 'updatedAt' | 'hlc' | 'changedBy' | 'deletedAt'>;

function params(record: ReviewRecord, stamp: SyncStamp) {
  return {
    id: record.id,
    applicationId: record.applicationId,
    kind: record.kind,
    reviewerVaultId: record.reviewerVaultId,
    reviewerName: record.reviewerName,
    declaration: record.declaration,
    conflictReason: record.conflictReason,
    declaredAt: record.declaredAt,
    scores: JSON.stringify(record.scores),
    advice: record.advice,
    submittedAt: record.submittedAt,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertReview(db: WritableDB, record: ReviewRecord, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_reviews (id, application_id, kind, reviewer_vault_id, reviewer_name, declaration, conflict_reason,
       declared_at, scores, advice, submitted_at, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @applicationId, @kind, @reviewerVaultId, @reviewerName, @declaration, @conflictReason,
       @declaredAt, @scores, @advice, @submittedAt, @at, @at, @hlc, @changedBy)`,
  ).run(params(record, stamp));
}

/** Writes the review's fields (its application and reviewer stay); false when there is no such row. */
export function updateReview(db: WritableDB, record: ReviewRecord, stamp: SyncStamp): boolean {
  const { changes } = db
    .prepare(
      `UPDATE grant_reviews SET kind = @kind, reviewer_name = @reviewerName, declaration = @declaration,
         conflict_reason = @conflictReason, declared_at = @declaredAt, scores = @scores, advice = @advice,
         submitted_at = @submittedAt, updated_at = @at, hlc = @hlc, changed_by = @changedBy
       WHERE id = @id`,
    )
    .run(params(record, stamp));
  return changes > 0;
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setReviewDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_reviews', id, deleted, stamp);
}

export function getReview(db: ReadableDB, id: string): StoredReview | undefined {
  const row = db.prepare('SELECT * FROM grant_reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  return row ? rowToReview(row) : undefined;
}

/** The live reviews of one application, in the order they were assigned. */
export function listReviewsOfApplication(db: ReadableDB, applicationId: string): StoredReview[] {
  const rows = db
    .prepare('SELECT * FROM grant_reviews WHERE application_id = ? AND deleted_at IS NULL ORDER BY seq')
    .all(applicationId) as ReviewRow[];
  return rows.map(rowToReview);
}

/** The deleted reviews of one application whose reviewer had declared a conflict: a recusal outlives an unassignment. */
export function listRecusedTombstonesOfApplication(db: ReadableDB, applicationId: string): StoredReview[] {
  const rows = db
    .prepare("SELECT * FROM grant_reviews WHERE application_id = ? AND deleted_at IS NOT NULL AND declaration = 'conflict' ORDER BY seq")
    .all(applicationId) as ReviewRow[];
  return rows.map(rowToReview);
}

/** The live reviews of the call's live applications, in one query, by application then assignment order. */
export function listReviewsOfCall(db: ReadableDB, callId: string): StoredReview[] {
  const rows = db
    .prepare(
      `SELECT r.* FROM grant_reviews r JOIN grant_applications a ON a.id = r.application_id
       WHERE a.call_id = ? AND a.deleted_at IS NULL AND r.deleted_at IS NULL
       ORDER BY r.application_id, r.seq`,
    )
    .all(callId) as ReviewRow[];
  return rows.map(rowToReview);
}

/** The live reviews assigned to one reviewer (by vault id), across calls, newest assignment first. */
export function listReviewsOfReviewer(db: ReadableDB, reviewerVaultId: string): StoredReview[] {
  const rows = db
    .prepare('SELECT * FROM grant_reviews WHERE reviewer_vault_id = ? AND deleted_at IS NULL ORDER BY seq DESC')
    .all(reviewerVaultId) as ReviewRow[];
  return rows.map(rowToReview);
}

/** Every review row of one reviewer (by vault id) on these applications, live and deleted, in one query. */
export function listReviewsOfReviewerOn(db: ReadableDB, reviewerVaultId: string, applicationIds: readonly string[]): StoredReview[] {
  if (applicationIds.length === 0) return [];
  const rows = db
    .prepare('SELECT * FROM grant_reviews WHERE reviewer_vault_id = ? AND application_id IN (SELECT value FROM json_each(?)) ORDER BY seq')
    .all(reviewerVaultId, JSON.stringify([...new Set(applicationIds)])) as ReviewRow[];
  return rows.map(rowToReview);
}

/** One live review of a call's live application, as the ranked table counts it. */
export interface ReviewTally {
  /** The application's `seq`. */
  applicationSeq: number;
  workingGroup: boolean;
  /** The reviewer declared a conflict. */
  conflict: boolean;
  /** The reviewer is the viewer. */
  viewer: boolean;
  /** The scores when the review counts (submitted working-group review, no conflict declared); null otherwise. */
  countedScores: CriterionScore[] | null;
  /** The scores of a submitted advisory review (a committee member's return, no conflict declared); null otherwise. */
  advisoryScores: CriterionScore[] | null;
}

/**
 * Visits every live review of the call's live applications, from one query of integers and the counted scores' JSON
 * (no ids or names), row by row so nothing of a review is kept: the ranked table reads 10,000 in a few milliseconds.
 */
export function forEachReviewTallyOfCall(db: ReadableDB, callId: string, viewerVaultId: string, visit: (review: ReviewTally) => void): void {
  const rows = db
    .prepare(
      `SELECT a.seq, r.kind = 'working_group', r.declaration = 'conflict', r.reviewer_vault_id = @viewer,
         CASE WHEN r.kind = 'working_group' AND r.declaration = 'none' AND r.submitted_at IS NOT NULL THEN r.scores END,
         CASE WHEN r.kind = 'advisory' AND r.declaration = 'none' AND r.submitted_at IS NOT NULL THEN r.scores END
       FROM grant_applications a JOIN grant_reviews r ON r.application_id = a.id
       WHERE a.call_id = @callId AND a.deleted_at IS NULL AND r.deleted_at IS NULL`,
    )
    .raw()
    .iterate({ callId, viewer: viewerVaultId }) as IterableIterator<[number, number, number, number, string | null, string | null]>;
  for (const [applicationSeq, workingGroup, conflict, viewer, scores, advisory] of rows) {
    visit({
      applicationSeq,
      workingGroup: workingGroup === 1,
      conflict: conflict === 1,
      viewer: viewer === 1,
      countedScores: scores === null ? null : (JSON.parse(scores) as CriterionScore[]),
      advisoryScores: advisory === null ? null : (JSON.parse(advisory) as CriterionScore[]),
    });
  }
}
