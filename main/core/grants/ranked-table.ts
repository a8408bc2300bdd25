// A call's ranked table as one viewer may see it: one narrow query for the applications, one for the tally of their
// reviews, one for the communities, then pure aggregation. Only working-group reviews make the mean and the rank; the
// Advisory Committee's are aggregated apart. Rows the viewer is recused from stay sealed; a blind call hides the community.
import type { RankedRow } from '../../../common/grants/review.schema.js';
import type { TeamRole } from '../../../common/team/team.schema.js';
import { communityLabelsOf, listRankingApplications, vaultChangeMark, type RankingApplication } from '../../../db/grant-calls.repo.js';
import type { StoredCall, StoredReview } from '../../../db/grant-records.js';
import { forEachReviewTallyOfCall } from '../../../db/grant-reviews.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { createAggregator, rankByMean, type Aggregator } from './review-aggregate.js';

/** Who looks at the table: this vault's own reviewer. */
export interface TableViewer {
  vaultId: string;
  role: TeamRole;
}

/** A ranked row with the application facts it was made from (the CSV export needs its decision and rationale). */
export interface RankedEntry {
  row: RankedRow;
  application: RankingApplication;
}

/** Whether this viewer sees who applied in `call`: always in an open-identity call, only the coordinator in a blind one. */
export function seesIdentity(call: StoredCall, viewer: TableViewer): boolean {
  return !call.fields.blind || viewer.role === 'coordinator';
}

/** Whether `vaultId` declared a conflict on any of these reviews (of one application). */
export function isRecused(reviews: readonly Pick<StoredReview, 'reviewerVaultId' | 'declaration'>[], vaultId: string): boolean {
  return reviews.some((review) => review.reviewerVaultId === vaultId && review.declaration === 'conflict');
}

interface Tally {
  assigned: number;
  recusals: number;
  viewerRecused: boolean;
  figures: Aggregator;
  /** The advisory reviews' figures, apart: they never change the working group's mean, spread or rank. */
  advisory: Aggregator;
}

/** Per application (by seq): its working-group assignments and recusals, whether the viewer is recused, the figures (working group and advisory apart). */
function tallyByApplication(db: ReadableDB, call: StoredCall, viewerVaultId: string): Map<number, Tally> {
  const tallies = new Map<number, Tally>();
  forEachReviewTallyOfCall(db, call.id, viewerVaultId, (review) => {
    let tally = tallies.get(review.applicationSeq);
    if (!tally) tallies.set(review.applicationSeq, (tally = { assigned: 0, recusals: 0, viewerRecused: false, figures: createAggregator(call.fields.rubric), advisory: createAggregator(call.fields.rubric) }));
    if (review.workingGroup) tally.assigned += 1;
    if (review.workingGroup && review.conflict) tally.recusals += 1;
    if (review.viewer && review.conflict) tally.viewerRecused = true;
    if (review.countedScores) tally.figures.add(review.countedScores);
    if (review.advisoryScores) tally.advisory.add(review.advisoryScores);
  });
  return tallies;
}

/** The call's live applications in table order, each with its row as `viewer` may see it. */
export function rankedEntries(db: ReadableDB, call: StoredCall, viewer: TableViewer): RankedEntry[] {
  const applications = listRankingApplications(db, call.id);
  const tallies = tallyByApplication(db, call, viewer.vaultId);
  const communities = communityLabelsOf(db, applications.map((a) => a.communityId));
  const showIdentity = seesIdentity(call, viewer);
  const rows = applications.map((application) => {
    const tally = tallies.get(application.seq);
    const recused = tally?.viewerRecused ?? false;
    const figures = (tally?.figures ?? createAggregator(call.fields.rubric)).result();
    const advisory = tally?.advisory.result() ?? null;
    const community = communities.get(application.communityId);
    const row: RankedRow = {
      applicationId: application.id,
      title: application.title,
      communityName: showIdentity && !recused ? (community?.name ?? '') : null,
      region: community?.region ?? '',
      state: application.state,
      amountRequested: application.amountRequested,
      mean: recused ? null : figures.mean,
      spread: recused ? null : figures.spread,
      criteria: recused ? [] : figures.criteria,
      disagreement: recused ? false : figures.disagreement,
      submitted: figures.submitted,
      assigned: tally?.assigned ?? 0,
      recusals: tally?.recusals ?? 0,
      recused,
      rank: null,
      advisoryMean: recused || !advisory ? null : advisory.mean,
      advisorySubmitted: advisory?.submitted ?? 0,
    };
    return { row, application, id: application.id, mean: row.mean, amountRequested: row.amountRequested, title: row.title };
  });
  // Sealed rows have no mean, so they are ranked with the unscored ones, last: their place leaks nothing of their scores.
  return rankByMean(rows).map(({ item, rank }) => {
    item.row.rank = rank;
    return { row: item.row, application: item.application };
  });
}

/** The last table worked out on each connection, kept until anything in the vault changes. */
const lastTables = new WeakMap<ReadableDB, { key: string; entries: readonly RankedEntry[] }>();

/** As rankedEntries, answered again without reading while nothing in the vault changed (screens ask often). */
export function cachedRankedEntries(db: ReadableDB, call: StoredCall, viewer: TableViewer): readonly RankedEntry[] {
  const key = [call.id, viewer.vaultId, viewer.role, vaultChangeMark(db)].join('|');
  const last = lastTables.get(db);
  if (last?.key === key) return last.entries;
  const entries = rankedEntries(db, call, viewer);
  lastTables.set(db, { key, entries });
  return entries;
}

/** The ranked table of `call` for `viewer`: copies of the rows, so a caller's change never reaches the kept table. */
export function rankedTable(db: ReadableDB, call: StoredCall, viewer: TableViewer): RankedRow[] {
  return cachedRankedEntries(db, call, viewer).map((entry) => ({ ...entry.row }));
}
