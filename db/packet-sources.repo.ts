// What a review packet is made from that the other repositories do not read as such: the selected applications without
// their contacts, late reason or intake details (only whether they have any), the members' earlier conflict
// declarations, the documents' file facts, the collaborations and consultation rounds of a period, and the names of
// participants. Sensitive columns (contacts, risk notes, sensitive quotes, notes) are never selected.
import type { BudgetLine } from '../common/grants/application.schema.js';
import type { ReadableDB } from './handles.js';

const idsJson = (ids: readonly string[]) => JSON.stringify([...new Set(ids)]);

export interface PacketApplicationSource {
  id: string;
  callId: string;
  title: string;
  originalLanguage: string;
  originalText: string;
  translationLanguage: string | null;
  translation: string;
  budget: BudgetLine[];
  /** The application's documents: those matched to a requirement, then every other live file of its documents folder. */
  documents: { attachmentId: string; requirement: string }[];
  amountRequested: number;
  deleted: boolean;
  /** Whether the record holds what never travels (the values themselves are not read). */
  hasContacts: boolean;
  hasLateReason: boolean;
  community: { id: string; name: string; country: string; region: string; sharing: string; deleted: boolean; contacts: number } | null;
}

interface ApplicationSourceRow {
  id: string;
  call_id: string;
  title: string;
  original_language: string;
  original_text: string;
  translation_language: string | null;
  translation: string;
  budget: string;
  documents: string;
  folder_files: string;
  amount_requested: number;
  deleted: number;
  has_contacts: number;
  has_late_reason: number;
  community_id: string | null;
  community_name: string | null;
  country: string | null;
  region: string | null;
  sharing: string | null;
  community_deleted: number | null;
  community_contacts: number | null;
}

function withFolderFiles(matched: PacketApplicationSource['documents'], folder: readonly string[]): PacketApplicationSource['documents'] {
  const listed = new Set(matched.map((document) => document.attachmentId));
  return [...matched, ...folder.filter((id) => !listed.has(id)).map((attachmentId) => ({ attachmentId, requirement: '' }))];
}

/** The applications named, by id (missing ones are absent from the map), with their community's name and consent. */
export function packetApplicationSources(db: ReadableDB, ids: readonly string[]): Map<string, PacketApplicationSource> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT a.id, a.call_id, a.title, a.original_language, a.original_text, a.translation_language, a.translation, a.budget,
         a.documents, a.amount_requested, a.deleted_at IS NOT NULL AS deleted,
         (SELECT json_group_array(f.id) FROM attachments f
           WHERE f.resource_id = a.documents_resource_id AND f.deleted_at IS NULL) AS folder_files,
         CASE WHEN json_valid(a.contacts) THEN json_array_length(a.contacts) > 0 ELSE 1 END AS has_contacts,
         a.late_reason <> '' AS has_late_reason,
         c.id AS community_id, c.name AS community_name, c.country, c.region, c.sharing, c.deleted_at IS NOT NULL AS community_deleted,
         (SELECT count(*) FROM community_contacts cc WHERE cc.community_id = c.id) AS community_contacts
       FROM grant_applications a LEFT JOIN communities c ON c.id = a.community_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(idsJson(ids)) as ApplicationSourceRow[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        callId: row.call_id,
        title: row.title,
        originalLanguage: row.original_language,
        originalText: row.original_text,
        translationLanguage: row.translation_language,
        translation: row.translation,
        budget: JSON.parse(row.budget) as BudgetLine[],
        documents: withFolderFiles(JSON.parse(row.documents) as PacketApplicationSource['documents'], JSON.parse(row.folder_files) as string[]),
        amountRequested: row.amount_requested,
        deleted: row.deleted === 1,
        hasContacts: row.has_contacts === 1,
        hasLateReason: row.has_late_reason === 1,
        community:
          row.community_id === null
            ? null
            : {
                id: row.community_id,
                name: row.community_name ?? '',
                country: row.country ?? '',
                region: row.region ?? 'global',
                sharing: row.sharing ?? 'secretariat',
                deleted: row.community_deleted === 1,
                contacts: row.community_contacts ?? 0,
              },
      },
    ]),
  );
}

/**
 * Of `applicationIds`, those on which the reviewer (by vault id) ever declared a conflict, in any review row, live or
 * deleted, working group or advisory: a recusal outlives the assignment and the packet it was declared in.
 */
export function conflictedApplicationIds(db: ReadableDB, reviewerVaultId: string, applicationIds: readonly string[]): Set<string> {
  if (applicationIds.length === 0) return new Set();
  const ids = db
    .prepare(
      `SELECT DISTINCT application_id FROM grant_reviews
       WHERE reviewer_vault_id = ? AND declaration = 'conflict' AND application_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(reviewerVaultId, idsJson(applicationIds)) as string[];
  return new Set(ids);
}

export interface PacketFileSource {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  deleted: boolean;
}

/** The facts of the attachments named (never their bytes), by id. */
export function packetFileSources(db: ReadableDB, ids: readonly string[]): Map<string, PacketFileSource> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT id, file_name AS fileName, media_type AS mediaType, size, sha256, deleted_at IS NOT NULL AS deleted
       FROM attachments WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(idsJson(ids)) as (Omit<PacketFileSource, 'deleted'> & { deleted: number })[];
  return new Map(rows.map((row) => [row.id, { ...row, deleted: row.deleted === 1 }]));
}

export interface ReportCollaborationSource {
  id: string;
  state: string;
  /** JSON of { state, at }[]. */
  history: { state: string; at: string }[];
  outcomes: string;
  learnings: { whatWorked?: string; whatDidNot?: string; text?: string }[];
  communityId: string;
  communityName: string;
  region: string;
  sharing: string;
}

/** The live collaborations named, of live communities, oldest first: lifecycle, outcomes, learnings and the community's consent. */
export function reportCollaborationSources(db: ReadableDB, ids: readonly string[]): ReportCollaborationSource[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT k.id, k.state, k.history, k.outcomes, k.learnings, c.id AS communityId, c.name AS communityName, c.region, c.sharing
       FROM collaborations k JOIN communities c ON c.id = k.community_id
       WHERE k.id IN (SELECT value FROM json_each(?)) AND k.deleted_at IS NULL AND c.deleted_at IS NULL
       ORDER BY k.seq`,
    )
    .all(idsJson(ids)) as (Omit<ReportCollaborationSource, 'history' | 'learnings'> & { history: string; learnings: string })[];
  return rows.map((row) => ({
    ...row,
    history: JSON.parse(row.history) as ReportCollaborationSource['history'],
    learnings: JSON.parse(row.learnings) as ReportCollaborationSource['learnings'],
  }));
}

export interface ConsultationSource {
  id: string;
  topic: string;
  startsOn: string;
  endsOn: string | null;
  channel: string;
  sharing: string;
  /** The rest is read only for a round shared with the network; empty otherwise. */
  communityIds: string[];
  collaboratorIds: string[];
  otherParticipants: string;
  /** The feedback column as stored (sensitive quotes live in another column, which is only counted here). */
  feedback: unknown[];
  actions: unknown[];
  sensitiveQuotes: number;
}

interface ConsultationRow {
  id: string;
  topic: string;
  starts_on: string;
  ends_on: string | null;
  channel: string;
  sharing: string;
  community_ids: string | null;
  collaborator_ids: string | null;
  other_participants: string | null;
  feedback: string | null;
  actions: string | null;
  sensitive_quotes: number;
}

const jsonList = (text: string | null): unknown[] => {
  if (text === null || text === '') return [];
  const parsed = JSON.parse(text) as unknown;
  return Array.isArray(parsed) ? parsed : [];
};

/** Live consultation rounds overlapping the period (both ends whole days, included), by start day. */
export function consultationSources(db: ReadableDB, period: { from: string; to: string }): ConsultationSource[] {
  const rows = db
    .prepare(
      `SELECT id, topic, starts_on, ends_on, channel, sharing,
         CASE WHEN sharing = 'network' THEN community_ids END AS community_ids,
         CASE WHEN sharing = 'network' THEN collaborator_ids END AS collaborator_ids,
         CASE WHEN sharing = 'network' THEN other_participants END AS other_participants,
         CASE WHEN sharing = 'network' THEN feedback END AS feedback,
         CASE WHEN sharing = 'network' THEN actions END AS actions,
         CASE WHEN sharing = 'network' AND json_valid(sensitive_quotes) THEN (SELECT count(*) FROM json_each(sensitive_quotes)) ELSE 0 END
           AS sensitive_quotes
       FROM consultations
       WHERE deleted_at IS NULL AND starts_on <= @to AND coalesce(ends_on, starts_on) >= @from
       ORDER BY starts_on, seq`,
    )
    .all(period) as ConsultationRow[];
  return rows.map((row) => ({
    id: row.id,
    topic: row.topic,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    channel: row.channel,
    sharing: row.sharing,
    communityIds: jsonList(row.community_ids) as string[],
    collaboratorIds: jsonList(row.collaborator_ids) as string[],
    otherParticipants: row.other_participants ?? '',
    feedback: jsonList(row.feedback),
    actions: jsonList(row.actions),
    sensitiveQuotes: row.sensitive_quotes,
  }));
}

export interface NamedSource {
  name: string;
  sharing: string;
}

/** Names and consent of the live communities and collaborators named, by id. */
export function participantSources(db: ReadableDB, communityIds: readonly string[], collaboratorIds: readonly string[]): { communities: Map<string, NamedSource>; collaborators: Map<string, NamedSource> } {
  const read = (table: 'communities' | 'collaborators', ids: readonly string[]) =>
    ids.length === 0
      ? new Map<string, NamedSource>()
      : new Map(
          (
            db
              .prepare(`SELECT id, name, sharing FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`)
              .all(idsJson(ids)) as { id: string; name: string; sharing: string }[]
          ).map((row) => [row.id, { name: row.name, sharing: row.sharing }]),
        );
  return { communities: read('communities', communityIds), collaborators: read('collaborators', collaboratorIds) };
}
