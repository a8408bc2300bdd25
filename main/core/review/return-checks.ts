// What a member's return must be before anything of it is kept: sent by the member its packet went to, not imported
// before, and coherent with that packet (its applications, its questions, the calls' rubrics, no score where a
// conflict was declared). Every check reads; none writes.
import type { ReturnManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  packetQuestionSchema,
  type PacketQuestion,
  type ReturnAdviceRow,
  type ReturnAnswerRow,
  type ReturnDeclarationRow,
  type ReturnScoresRow,
} from '../../../common/review/packet-frames.schema.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { StoredCall, StoredReview } from '../../../db/grant-records.js';
import { listReviewsOfReviewerOn } from '../../../db/grant-reviews.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { getPacket, getReturnForPacket, returnWithBundle, type StoredPacket } from '../../../db/review-packets.repo.js';
import { callIdsOfApplications } from '../../../db/review-returns.repo.js';
import { findTeamMemberBySigningKey, type TeamMemberRow } from '../../../db/team.repo.js';
import type { Sodium } from '../crypto/sodium.js';

/** The packet a return answers and the member who signed it, once admitted. */
export interface AdmittedReturn {
  packet: StoredPacket;
  member: TeamMemberRow;
}

function refusedAsReplayed(db: ReadableDB, packetId: string, bundleId: string): void {
  if (getReturnForPacket(db, packetId) || returnWithBundle(db, bundleId)) {
    throw new CreFailure('replayed', 'A return for this packet was imported before.');
  }
}

/**
 * Before anything past the manifest is read: a packet of this vault that was sent as the bundle the return names,
 * signed by a verified member of the directory who is that packet's recipient, and no return for it imported yet.
 */
export function admitReturn(sodium: Sodium, db: ReadableDB, manifest: ReturnManifest): AdmittedReturn {
  const packet = getPacket(db, manifest.review.packetId);
  if (!packet || packet.bundleId === null || packet.bundleId !== manifest.review.packetBundleId) {
    throw new CreFailure('unknown_packet', 'This return answers a packet this vault never sent.');
  }
  let member: TeamMemberRow | null = null;
  try {
    member = findTeamMemberBySigningKey(db, sodium.from_base64(manifest.sender.signingKey, sodium.base64_variants.ORIGINAL));
  } catch {
    member = null;
  }
  if (!member || member.vaultId !== manifest.sender.vaultId) {
    throw new CreFailure('unknown_sender', 'The return was signed by a key that is not in the team directory.');
  }
  if (member.id !== packet.memberId) throw new CreFailure('not_recipient', 'The return was signed by someone the packet was not sent to.', { name: member.displayName });
  if (!member.verified) throw new CreFailure('unverified_sender', 'The return comes from a team member who is not verified.', { name: member.displayName });
  refusedAsReplayed(db, packet.id, manifest.bundleId);
  return { packet, member };
}

/** Checked again inside the writing transaction: another import may have taken a return for the packet meanwhile. */
export function refuseReplayInTransaction(db: ReadableDB, packetId: string, bundleId: string): void {
  refusedAsReplayed(db, packetId, bundleId);
}

/** The rows of a return, as the reader parsed them. */
export interface ReturnRows {
  declarations: ReturnDeclarationRow[];
  scores: ReturnScoresRow[];
  answers: ReturnAnswerRow[];
  advice: ReturnAdviceRow;
}

/** One application the return declares on, with what the vault knows of it. */
export interface DeclaredApplication {
  applicationId: string;
  call: StoredCall;
  declaration: ReturnDeclarationRow;
  scores: ReturnScoresRow | null;
}

export interface CheckedReturn {
  rows: ReturnRows;
  applications: DeclaredApplication[];
}

function incoherent(why: string, reason: string): CreFailure {
  return new CreFailure('bad_payload', `The return does not answer its packet (${why}).`, { reason });
}

function uniqueBy<T>(rows: readonly T[], key: (row: T) => string, what: string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    if (byKey.has(key(row))) throw incoherent(`${what} twice`, 'duplicate');
    byKey.set(key(row), row);
  }
  return byKey;
}

function packetQuestions(packet: StoredPacket): Map<string, PacketQuestion> {
  const questions = new Map<string, PacketQuestion>();
  for (const stored of packet.questions) {
    const parsed = packetQuestionSchema.safeParse(stored);
    if (parsed.success) questions.set(parsed.data.id, parsed.data);
  }
  return questions;
}

/** The member's conflicts in this vault, by application: in live reviews, and in deleted ones (a recusal outlives its assignment). */
function earlierConflicts(reviews: readonly StoredReview[]): Set<string> {
  return new Set(reviews.filter((review) => review.declaration === 'conflict').map((review) => review.applicationId));
}

/** Each application's call, read once per call (a packet's applications mostly share one). */
function callsOf(db: ReadableDB, applicationIds: readonly string[]): (applicationId: string) => StoredCall {
  const callIds = callIdsOfApplications(db, applicationIds);
  const calls = new Map<string, StoredCall | undefined>();
  return (applicationId) => {
    const callId = callIds.get(applicationId);
    if (callId !== undefined && !calls.has(callId)) calls.set(callId, getCall(db, callId));
    const call = callId === undefined ? undefined : calls.get(callId);
    if (!call) throw incoherent('an application or its call is not in this vault', 'unknown_application');
    return call;
  };
}

/** Once a call is decided or archived its reviews stay as they were (as in main/core/grants/reviews.service.ts). */
const CLOSED_FOR_REVIEW: readonly string[] = ['decided', 'archived'];

function refuseIfClosed(call: StoredCall): void {
  if (CLOSED_FOR_REVIEW.includes(call.state)) {
    throw new CreFailure('conflict', `The call is ${call.state}; its reviews can no longer change.`, { reason: 'call_locked', state: call.state });
  }
}

function checkCriteria(call: StoredCall, scores: ReturnScoresRow): void {
  const rubric = new Set(call.fields.rubric.map((criterion) => criterion.id));
  const given = scores.scores.map((score) => score.criterionId);
  if (new Set(given).size !== given.length || given.length !== rubric.size || given.some((criterionId) => !rubric.has(criterionId))) {
    throw incoherent('scores are not those of the call’s rubric', 'criteria');
  }
}

function rowsOf<T>(tables: Record<string, unknown[]>, table: string): T[] {
  return (tables[table] ?? []) as T[];
}

/**
 * After the signature verified: declarations and scores only for the packet's applications, answers only for its
 * questions (a rating only for a rating question), scores on exactly the call's criteria, one advice row; a score,
 * or a new declaration, on an application the member declared a conflict on is refused as `recused`; reviews of a
 * decided or archived call no longer change (`conflict`, reason call_locked).
 */
export function checkReturn(db: ReadableDB, admitted: AdmittedReturn, tables: Record<string, unknown[]>): CheckedReturn {
  const { packet, member } = admitted;
  const advice = rowsOf<ReturnAdviceRow>(tables, 'return_advice');
  if (advice.length !== 1) throw incoherent('the advice is not one row', 'advice');
  const rows: ReturnRows = {
    declarations: rowsOf(tables, 'return_declarations'),
    scores: rowsOf(tables, 'return_scores'),
    answers: rowsOf(tables, 'return_answers'),
    advice: advice[0] as ReturnAdviceRow,
  };
  const inPacket = new Set(packet.applicationIds);
  const declarations = uniqueBy(rows.declarations, (row) => row.applicationId, 'an application is declared on');
  const scores = uniqueBy(rows.scores, (row) => row.applicationId, 'an application is scored');
  for (const applicationId of [...declarations.keys(), ...scores.keys()]) {
    if (!inPacket.has(applicationId)) throw incoherent('an application is not one of the packet’s', 'not_in_packet');
  }
  const questions = packetQuestions(packet);
  uniqueBy(rows.answers, (row) => row.questionId, 'a question is answered');
  for (const answer of rows.answers) {
    const question = questions.get(answer.questionId);
    if (!question) throw incoherent('an answer is for a question the packet does not ask', 'unknown_question');
    if (answer.rating !== null && question.kind !== 'rating') throw incoherent('a text question has a rating', 'rating');
  }
  const conflicts = earlierConflicts(listReviewsOfReviewerOn(db, member.vaultId, [...inPacket]));
  const callOf = callsOf(db, [...declarations.keys()]);
  const applications: DeclaredApplication[] = [];
  for (const [applicationId, declaration] of declarations) {
    const scored = scores.get(applicationId) ?? null;
    const conflictBefore = conflicts.has(applicationId);
    if (scored && (declaration.declaration === 'conflict' || conflictBefore)) {
      throw new CreFailure('recused', 'The member declared a conflict of interest with an application the return scores.', { applicationId });
    }
    // A declared conflict closes the application for good: a later "no conflict" cannot open it again.
    if (conflictBefore && declaration.declaration === 'none') {
      throw new CreFailure('recused', 'The member declared a conflict of interest with this application before.', { applicationId });
    }
    const call = callOf(applicationId);
    refuseIfClosed(call);
    if (scored) checkCriteria(call, scored);
    applications.push({ applicationId, call, declaration, scores: scored });
  }
  for (const applicationId of scores.keys()) {
    if (declarations.has(applicationId)) continue;
    if (conflicts.has(applicationId)) {
      throw new CreFailure('recused', 'The member declared a conflict of interest with an application the return scores.', { applicationId });
    }
    throw incoherent('an application is scored without a declaration', 'undeclared');
  }
  return { rows, applications };
}
