// What a reviewer's vault keeps of a packet (its content, as JSON until the purge) and of the member's own response
// (declarations, draft scores, answers, advice), read back from db/inbox.repo.ts rows.
import { CreFailure } from '../../../common/contract/errors.js';
import type { CriterionScore } from '../../../common/grants/review.schema.js';
import type {
  PacketApplicationRow,
  PacketCallRow,
  PacketConsultationRow,
  PacketFileRow,
  PacketInfoRow,
  PacketQuestion,
  PacketReportRow,
  ReturnAnswerRow,
} from '../../../common/review/packet-frames.schema.js';
import { getInboxPacket, getInboxResponse, type StoredInboxPacket, type StoredInboxResponse } from '../../../db/inbox.repo.js';
import type { ReadableDB } from '../../../db/handles.js';

/** The packet as it arrived, rows checked and made coherent; questions in their order, without their position. */
export interface PacketContent {
  info: PacketInfoRow;
  calls: PacketCallRow[];
  applications: PacketApplicationRow[];
  report: PacketReportRow | null;
  consultations: PacketConsultationRow[];
  questions: PacketQuestion[];
  files: PacketFileRow[];
}

export interface InboxDeclaration {
  declaration: 'none' | 'conflict';
  reason: string;
  declaredAt: string;
}

export interface InboxDraftScores {
  scores: CriterionScore[];
  scoredAt: string;
}

/** The member's own part, by application id; it stays after the packet's content is purged. */
export interface InboxResponse {
  declarations: Record<string, InboxDeclaration>;
  scores: Record<string, InboxDraftScores>;
  answers: ReturnAnswerRow[];
  advice: string;
  returnBundleId: string | null;
  returnedAt: string | null;
}

export function parseResponse(stored: StoredInboxResponse): InboxResponse {
  return {
    declarations: JSON.parse(stored.declarations) as Record<string, InboxDeclaration>,
    scores: JSON.parse(stored.scores) as Record<string, InboxDraftScores>,
    answers: JSON.parse(stored.answers) as ReturnAnswerRow[],
    advice: stored.advice,
    returnBundleId: stored.returnBundleId,
    returnedAt: stored.returnedAt,
  };
}

export function parseContent(content: string | null): PacketContent | null {
  return content === null ? null : (JSON.parse(content) as PacketContent);
}

export interface HeldPacket {
  packet: StoredInboxPacket;
  content: PacketContent | null;
  response: InboxResponse;
}

/** The packet, its content (null once purged) and the member's response; not_found when the inbox has no such packet. */
export function requireHeldPacket(db: ReadableDB, packetId: string): HeldPacket {
  const packet = getInboxPacket(db, packetId);
  const response = packet ? getInboxResponse(db, packetId) : null;
  if (!packet || !response) throw new CreFailure('not_found', 'That packet is not in the inbox.');
  return { packet, content: parseContent(packet.content), response: parseResponse(response) };
}

/** The content of a packet that may still change: illegal_transition once returned, packet_expired once purged. */
export function requireOpenContent(held: HeldPacket): PacketContent {
  if (held.response.returnedAt !== null) throw new CreFailure('illegal_transition', 'This review was returned; it can no longer change.', { reason: 'returned' });
  return requireContent(held);
}

/** The content, or packet_expired once purged. */
export function requireContent(held: HeldPacket): PacketContent {
  if (held.content === null) throw new CreFailure('packet_expired', "This packet expired: its content was removed from the vault.", { packetId: held.packet.packetId });
  return held.content;
}

export function requireApplication(content: PacketContent, applicationId: string): { application: PacketApplicationRow; call: PacketCallRow } {
  const application = content.applications.find((a) => a.id === applicationId);
  const call = application ? content.calls.find((c) => c.id === application.callId) : undefined;
  if (!application || !call) throw new CreFailure('not_found', 'That application is not in this packet.');
  return { application, call };
}
