// What the Review inbox shows: a line per packet, a packet opened (empty once purged), and one application opened.
import type { InboxApplication, InboxItem, InboxPacket, InboxState } from '../../../common/review/inbox.schema.js';
import type { PacketApplicationRow, PacketCallRow, PacketFileRow } from '../../../common/review/packet-frames.schema.js';
import type { StoredInboxPacket } from '../../../db/inbox.repo.js';
import type { HeldPacket, InboxResponse, PacketContent } from './inbox-content.js';

/** Expired once purged (its content is gone, whether or not it was returned), else returned once returned, else open. */
export function inboxState(packet: StoredInboxPacket, response: InboxResponse): InboxState {
  if (packet.purgedAt !== null) return 'expired';
  return response.returnedAt !== null ? 'returned' : 'open';
}

const fileSummary = (file: PacketFileRow) => ({ id: file.id, applicationId: file.applicationId, name: file.name, mediaType: file.mediaType, size: file.size });

export function toInboxItem({ packet, content, response }: HeldPacket): InboxItem {
  return {
    packetId: packet.packetId,
    title: packet.title,
    senderName: packet.senderName,
    receivedAt: packet.receivedAt,
    respondBy: packet.respondBy,
    expiresAt: packet.expiresAt,
    state: inboxState(packet, response),
    applications: content?.applications.length ?? 0,
    questions: content?.questions.length ?? 0,
    declared: Object.keys(response.declarations).length,
    scored: Object.keys(response.scores).length,
    returnedAt: response.returnedAt,
  };
}

function applicationSummary(application: PacketApplicationRow, response: InboxResponse): InboxPacket['applications'][number] {
  return {
    id: application.id,
    callId: application.callId,
    title: application.title,
    communityName: application.communityName,
    declaration: response.declarations[application.id]?.declaration ?? 'pending',
    scores: response.scores[application.id] ? 'draft' : 'none',
  };
}

export function toInboxPacket({ packet, content, response }: HeldPacket): InboxPacket {
  return {
    packetId: packet.packetId,
    state: inboxState(packet, response),
    info: content?.info ?? null,
    title: packet.title,
    senderName: packet.senderName,
    receivedAt: packet.receivedAt,
    expiresAt: packet.expiresAt,
    calls: content?.calls ?? [],
    applications: (content?.applications ?? []).map((a) => applicationSummary(a, response)),
    report: content?.report ?? null,
    consultations: content?.consultations ?? [],
    questions: content?.questions ?? [],
    files: (content?.files ?? []).map(fileSummary),
    answers: response.answers.map((a) => ({ questionId: a.questionId, text: a.text, rating: a.rating })),
    advice: response.advice,
    returnedAt: response.returnedAt,
  };
}

export function toInboxApplication(content: PacketContent, response: InboxResponse, application: PacketApplicationRow, call: PacketCallRow): InboxApplication {
  return {
    application,
    call,
    files: content.files.filter((f) => f.applicationId === application.id).map(fileSummary),
    scores: response.scores[application.id]?.scores ?? [],
  };
}
