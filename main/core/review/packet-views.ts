// The secretariat's views of its packets: the list's summaries with their state, a packet's detail, and what its
// member's return brought back (declarations, advisory scores with their weighted mean, answers, advice).
import type { CriterionScore } from '../../../common/grants/review.schema.js';
import type { PacketQuestion, ReturnAnswerRow, ReturnDeclarationRow } from '../../../common/review/packet-frames.schema.js';
import type { PacketDetail, PacketState, PacketSummary, ReturnView } from '../../../common/review/review.schema.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import { listReviewsOfApplication } from '../../../db/grant-reviews.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { getReturnForPacket, type StoredPacket, type StoredReturn } from '../../../db/review-packets.repo.js';
import { getTeamMember, type TeamMemberRow } from '../../../db/team.repo.js';
import { weightedScore } from '../grants/review-aggregate.js';

/** composed (no file yet), sent, returned (its return imported), expired (sent, past its expiry, never returned). */
export function packetState(packet: StoredPacket, returned: StoredReturn | undefined, nowIso: string): PacketState {
  if (returned) return 'returned';
  if (packet.bundleId === null) return 'composed';
  return nowIso >= packet.expiresAt ? 'expired' : 'sent';
}

function summaryOf(db: ReadableDB, packet: StoredPacket, nowIso: string): { summary: PacketSummary; member: TeamMemberRow | null; returned: StoredReturn | undefined } {
  const member = getTeamMember(db, packet.memberId);
  const returned = getReturnForPacket(db, packet.id);
  return {
    member,
    returned,
    summary: {
      id: packet.id,
      title: packet.title,
      memberId: packet.memberId,
      memberName: member?.displayName ?? '',
      memberRole: member?.role ?? '',
      state: packetState(packet, returned, nowIso),
      applications: packet.applicationIds.length,
      questions: packet.questions.length,
      createdAt: packet.createdAt,
      sentAt: packet.sentAt,
      respondBy: packet.respondBy,
      expiresAt: packet.expiresAt,
      returnedAt: returned?.returnedAt ?? null,
    },
  };
}

export function packetSummary(db: ReadableDB, packet: StoredPacket, nowIso: string): PacketSummary {
  return summaryOf(db, packet, nowIso).summary;
}

const titleOf = (db: ReadableDB, applicationId: string) => getApplication(db, applicationId)?.fields.title ?? '';

/** The member's scores on the packet's applications as their return left them: their review rows with scores. */
function returnedScores(db: ReadableDB, packet: StoredPacket, member: TeamMemberRow): ReturnView['scores'] {
  return packet.applicationIds.flatMap((applicationId) => {
    const theirs = listReviewsOfApplication(db, applicationId).filter(
      (review) => review.reviewerVaultId === member.vaultId && review.declaration === 'none' && review.scores.length > 0 && review.submittedAt !== null,
    );
    const review = theirs.find((r) => r.kind === 'advisory') ?? theirs[0];
    if (!review) return [];
    const application = getApplication(db, applicationId);
    const rubric = application ? (getCall(db, application.fields.callId)?.fields.rubric ?? []) : [];
    const scores: CriterionScore[] = review.scores;
    return [{ applicationId, title: application?.fields.title ?? '', scores, weighted: weightedScore(rubric, scores), scoredAt: review.submittedAt ?? review.updatedAt }];
  });
}

export function returnView(db: ReadableDB, packet: StoredPacket, member: TeamMemberRow | null, returned: StoredReturn): ReturnView {
  const questions = new Map((packet.questions as PacketQuestion[]).map((question) => [question.id, question]));
  return {
    memberName: member?.displayName ?? '',
    returnedAt: returned.returnedAt,
    receivedAt: returned.receivedAt,
    declarations: (returned.declarations as ReturnDeclarationRow[]).map((row) => ({
      applicationId: row.applicationId,
      title: titleOf(db, row.applicationId),
      declaration: row.declaration,
      reason: row.reason,
      declaredAt: row.declaredAt,
    })),
    scores: member ? returnedScores(db, packet, member) : [],
    answers: (returned.answers as ReturnAnswerRow[]).map((row) => {
      const question = questions.get(row.questionId);
      return { questionId: row.questionId, question: question?.text ?? '', kind: question?.kind ?? 'text', text: row.text, rating: row.rating };
    }),
    advice: returned.advice,
  };
}

export function packetDetail(db: ReadableDB, packet: StoredPacket, nowIso: string): PacketDetail {
  const { summary, member, returned } = summaryOf(db, packet, nowIso);
  return {
    ...summary,
    message: packet.message,
    blind: packet.blind,
    period: packet.periodFrom !== null && packet.periodTo !== null ? { from: packet.periodFrom, to: packet.periodTo } : null,
    includeReport: packet.includeReport,
    applicationList: packet.applicationIds.map((id) => ({ id, title: titleOf(db, id) })),
    fileIds: packet.fileIds,
    questionList: packet.questions as PacketQuestion[],
    bundleId: packet.bundleId,
    bytes: packet.bytes,
    returned: returned ? returnView(db, packet, member, returned) : null,
  };
}
