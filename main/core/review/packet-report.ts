// A packet's monitoring report and consultation summaries for a period. The figures are the dashboard's own (named
// counts), the collaborations those the dashboard counts in the period whose community's consent reaches the network,
// with their lifecycle, outcomes and learnings only; consultation rounds shared with the network, without sensitive
// quotes, notes, or the names of participants whose consent does not reach the committee.
import { feedbackItemSchema, followUpActionSchema } from '../../../common/consultations/consultation.schema.js';
import { countsByArea } from '../../../common/dashboard/dashboard-table.js';
import type { PacketCollaboration, PacketConsultationRow, PacketReportRow } from '../../../common/review/packet-frames.schema.js';
import type { ReadableDB } from '../../../db/handles.js';
import { consultationSources, participantSources, reportCollaborationSources, type ReportCollaborationSource } from '../../../db/packet-sources.repo.js';
import { countFigures, rangeBounds } from '../dashboard/dashboard-figures.js';
import { createDashboardIndexCache } from '../dashboard/dashboard-index.js';
import { WITHHELD_FIELDS, type Withheld } from './packet-withheld.js';

export interface Period {
  from: string;
  to: string;
}

const MAX_COLLABORATIONS = 2000;
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const day = (at: string) => at.slice(0, 10);

/** The dashboard's figures for the period as named counts ("totals.collaborations", "byStatus.active", "byArea.advocacy"…). */
function figuresOf(dashboard: ReturnType<typeof countFigures>): PacketReportRow['figures'] {
  return [
    ...Object.entries(dashboard.totals).map(([key, value]) => ({ key: `totals.${key}`, value })),
    ...dashboard.byRegion.map((line) => ({ key: `byRegion.${line.region}`, value: line.count })),
    ...dashboard.byStatus.map((line) => ({ key: `byStatus.${line.status}`, value: line.count })),
    ...countsByArea(dashboard).map((line) => ({ key: `byArea.${line.area}`, value: line.count })),
  ];
}

/** Paragraphs of the outcomes text, each within the frame's limits. */
function outcomesOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .slice(0, 50)
    .map((part) => clip(part, 2000));
}

function learningsOf(learnings: ReportCollaborationSource['learnings']): string[] {
  return learnings
    .map((learning) => [learning.whatWorked, learning.whatDidNot, learning.text].filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n\n'))
    .filter((text) => text.length > 0)
    .slice(0, 50)
    .map((text) => clip(text, 5000));
}

function collaborationRow(source: ReportCollaborationSource, hidden: boolean): PacketCollaboration {
  const stages = source.history.slice(-50).map((step) => ({ stage: clip(step.state, 40), on: day(step.at) }));
  return {
    id: source.id,
    title: hidden ? '' : clip(source.communityName, 300),
    communityName: hidden ? null : clip(source.communityName, 200),
    region: source.region,
    stage: source.state,
    startedOn: source.history[0] ? day(source.history[0].at) : null,
    stages,
    outcomes: outcomesOf(source.outcomes),
    learnings: learningsOf(source.learnings),
  };
}

/**
 * The report row: the dashboard's figures for the period and its consented collaborations. In a blind packet the
 * applicants' communities are not named here either (`hiddenCommunityIds`).
 */
export function reportRow(db: ReadableDB, period: Period, hiddenCommunityIds: ReadonlySet<string>, withheld: Withheld): PacketReportRow {
  const index = createDashboardIndexCache().get(db);
  const range = { from: period.from, to: period.to };
  const bounds = rangeBounds(range);
  const active = index.collaborations.filter((k) => k.startedAt < bounds.toEnd && (k.endedAt === null || k.endedAt >= bounds.from));
  const collaborations: PacketCollaboration[] = [];
  for (const source of reportCollaborationSources(db, active.map((k) => k.id))) {
    if (source.sharing !== 'network') {
      withheld.add('consent', 'collaboration', source.communityName);
      continue;
    }
    if (collaborations.length < MAX_COLLABORATIONS) collaborations.push(collaborationRow(source, hiddenCommunityIds.has(source.communityId)));
  }
  return { from: period.from, to: period.to, figures: figuresOf(countFigures(index, range)), collaborations };
}

/** Splits the free text of other participants into names ("a, b; c" or one a line). */
function otherParticipants(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((name) => clip(name, 200));
}

/** The rounds of the period shared with the network, each without its sensitive quotes; the others counted as withheld. */
export function consultationRows(db: ReadableDB, period: Period, hiddenCommunityIds: ReadonlySet<string>, withheld: Withheld): PacketConsultationRow[] {
  const rows: PacketConsultationRow[] = [];
  for (const source of consultationSources(db, period)) {
    if (source.sharing !== 'network') {
      withheld.add('consent', 'consultation', source.topic);
      continue;
    }
    const names = participantSources(db, source.communityIds, source.collaboratorIds);
    const participants: string[] = [];
    let unconsented = 0;
    for (const id of source.communityIds) {
      const community = names.communities.get(id);
      if (!community || hiddenCommunityIds.has(id)) continue;
      if (community.sharing === 'network') participants.push(clip(community.name, 200));
      else unconsented += 1;
    }
    for (const id of source.collaboratorIds) {
      const collaborator = names.collaborators.get(id);
      if (!collaborator) continue;
      if (collaborator.sharing === 'network') participants.push(clip(collaborator.name, 200));
      else unconsented += 1;
    }
    withheld.add('consent', 'field', WITHHELD_FIELDS.participants, unconsented);
    participants.push(...otherParticipants(source.otherParticipants));

    let flagged = 0;
    const feedback: PacketConsultationRow['feedback'] = [];
    for (const raw of source.feedback) {
      const item = feedbackItemSchema.safeParse(raw);
      if (!item.success) continue;
      if (item.data.quoteSensitive && item.data.quote !== '') flagged += 1;
      feedback.push({ theme: item.data.theme, text: item.data.text, quote: item.data.quoteSensitive ? '' : item.data.quote });
    }
    withheld.add('sensitive_quote', 'consultation', source.topic, Math.max(flagged, source.sensitiveQuotes));

    const actions = source.actions.flatMap((raw) => {
      const action = followUpActionSchema.safeParse(raw);
      return action.success ? [{ text: action.data.text, owner: action.data.owner, dueOn: action.data.dueOn, doneOn: action.data.doneOn }] : [];
    });
    rows.push({
      id: source.id,
      topic: source.topic,
      startsOn: source.startsOn,
      endsOn: source.endsOn,
      channel: source.channel,
      participants: participants.slice(0, 200),
      feedback: feedback.slice(0, 200),
      actions: actions.slice(0, 100),
    });
  }
  return rows;
}
