// A packet's applications for one member: the rows of packet_applications, packet_calls and packet_files. An application
// the member declared a conflict on, one whose community's consent does not reach the committee, or one deleted, stays;
// so do contacts, the late reason and the intake details of every application, and every document not explicitly added.
import type { PacketApplicationRow, PacketCallRow, PacketFileRow } from '../../../common/review/packet-frames.schema.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { conflictedApplicationIds, packetApplicationSources, packetFileSources, type PacketApplicationSource } from '../../../db/packet-sources.repo.js';
import { WITHHELD_FIELDS, type Withheld } from './packet-withheld.js';

export interface ApplicationsChoice {
  applicationIds: readonly string[];
  fileIds: readonly string[];
  blind: boolean;
  /** The member's vault id: their earlier declarations of conflict are looked up by it. */
  memberVaultId: string;
}

export interface PacketApplications {
  calls: PacketCallRow[];
  applications: PacketApplicationRow[];
  files: PacketFileRow[];
  /** What the preview lists: the applications that travel, the community hidden in a blind packet. */
  shown: { id: string; title: string; communityName: string | null }[];
  /** The travelling applications' communities: a blind packet names them nowhere else either. */
  applicantCommunityIds: Set<string>;
}

const cents = (value: number) => Math.round(value * 100) / 100;
const country = (code: string) => (/^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null);
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** Why a selected application stays, or null when it travels. */
function withheldReason(source: PacketApplicationSource | undefined, conflicted: Set<string>): 'unavailable' | 'declared_conflict' | 'consent' | null {
  if (!source || source.deleted || !source.community || source.community.deleted) return 'unavailable';
  if (conflicted.has(source.id)) return 'declared_conflict';
  if (source.community.sharing !== 'network') return 'consent';
  return null;
}

export function packetApplications(db: ReadableDB, choice: ApplicationsChoice, withheld: Withheld): PacketApplications {
  const ids = [...new Set(choice.applicationIds)];
  const sources = packetApplicationSources(db, ids);
  const conflicted = conflictedApplicationIds(db, choice.memberVaultId, ids);
  const added = new Set(choice.fileIds);
  const result: PacketApplications = { calls: [], applications: [], files: [], shown: [], applicantCommunityIds: new Set() };
  const calls = new Map<string, PacketCallRow | null>();
  const travelling: PacketApplicationSource[] = [];

  for (const id of ids) {
    const source = sources.get(id);
    let reason = withheldReason(source, conflicted);
    if (reason === null && source && !calls.has(source.callId)) {
      const call = getCall(db, source.callId);
      const text = call?.fields.texts[0];
      calls.set(
        source.callId,
        !call || call.deletedAt !== null || !text
          ? null
          : {
              id: call.id,
              title: text.title,
              text: text.text,
              language: text.language,
              currency: call.fields.currency,
              ceiling: call.fields.ceiling,
              criteria: call.fields.rubric,
            },
      );
    }
    if (reason === null && source && calls.get(source.callId) === null) reason = 'unavailable';
    if (reason !== null || !source) {
      withheld.add(reason ?? 'unavailable', 'application', source?.title ?? id);
      continue;
    }
    travelling.push(source);
  }

  const documents = travelling.flatMap((source) => source.documents.map((document) => document.attachmentId));
  const fileSources = packetFileSources(db, documents);
  for (const source of travelling) {
    const community = source.community!;
    result.applicantCommunityIds.add(community.id);
    if (source.hasContacts) withheld.add('contacts', 'field', WITHHELD_FIELDS.applicantContacts);
    if (community.contacts > 0) withheld.add('contacts', 'field', WITHHELD_FIELDS.communityContacts);
    if (source.hasLateReason) withheld.add('sensitive', 'field', WITHHELD_FIELDS.lateReason);
    withheld.add('sensitive', 'field', WITHHELD_FIELDS.intake);

    const fileIds: string[] = [];
    for (const { attachmentId } of source.documents) {
      const file = fileSources.get(attachmentId);
      if (!added.has(attachmentId)) {
        withheld.add('not_added', 'file', file?.fileName ?? attachmentId);
      } else if (!file || file.deleted) {
        withheld.add('unavailable', 'file', file?.fileName ?? attachmentId);
      } else if (!fileIds.includes(file.id)) {
        fileIds.push(file.id);
        result.files.push({ id: file.id, applicationId: source.id, name: clip(file.fileName, 255), mediaType: clip(file.mediaType, 255), size: file.size, sha256: file.sha256 });
      }
    }

    const call = calls.get(source.callId)!;
    if (!result.calls.includes(call)) result.calls.push(call);
    const communityName = choice.blind ? null : clip(community.name, 200);
    result.applications.push({
      id: source.id,
      callId: source.callId,
      title: source.title,
      communityName,
      country: choice.blind ? null : country(community.country),
      region: community.region,
      originalLanguage: source.originalLanguage,
      originalText: source.originalText,
      translationLanguage: source.translationLanguage,
      translation: source.translation,
      amountRequested: source.amountRequested,
      budget: source.budget.map((line) => ({ description: line.description, amount: line.amount, currency: line.currency, converted: cents(line.amount * line.rate) })),
      fileIds,
    });
    result.shown.push({ id: source.id, title: source.title, communityName });
  }
  return result;
}
