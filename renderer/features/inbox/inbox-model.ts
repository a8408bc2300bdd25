// The inbox screens' pure rules: where the member stands on each application, how a report figure is labelled, the
// answers form's values, and what a return will carry (counted for the confirmation before it is written).
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import type { InboxAnswerInput, InboxPacket, InboxState } from '../../../common/review/inbox.schema.js';
import { NOT_STATED } from '../../../common/dashboard/dashboard.schema.js';
import type { PacketQuestion } from '../../../common/review/packet-frames.schema.js';
import { REGIONS, STRATEGY_AREAS, type Region, type StrategyArea } from '../../../common/roster/taxonomy.js';

type ApplicationSummary = InboxPacket['applications'][number];

/** Where the member stands on one application: declare first, closed by a conflict, open to score, or scored (a draft). */
export type ApplicationStage = 'declare' | 'closed' | 'score' | 'scored';

export function applicationStage(application: Pick<ApplicationSummary, 'declaration' | 'scores'>): ApplicationStage {
  if (application.declaration === 'pending') return 'declare';
  if (application.declaration === 'conflict') return 'closed';
  return application.scores === 'draft' ? 'scored' : 'score';
}

/** The member may still change declarations, scores and answers: the packet is open (not returned, not expired). */
export function isEditable(state: InboxState): boolean {
  return state === 'open';
}

/** The dashboard's headline figures, which the dashboard's catalog names. */
export const HEADLINE_FIGURES = ['collaborations', 'linkages', 'communities', 'collaborators', 'countries'] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/**
 * What a report figure's key names, so the page can label it in the interface language: a headline figure, the
 * collaborations in one status, region or strategy area (null: none stated), or a key the page does not know (shown as
 * it is). Keys as the packet's report names them: `totals.linkages`, `byStatus.active`, `byRegion.asia`, `byArea.advocacy`.
 */
export type FigureLabel =
  | { kind: 'headline'; figure: HeadlineFigure }
  | { kind: 'status'; state: CollaborationState }
  | { kind: 'region'; region: Region }
  | { kind: 'area'; area: StrategyArea | null }
  | { kind: 'unknown'; key: string };

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

export function figureLabel(key: string): FigureLabel {
  const bare = key.replace(/^(totals|headline)\./, '');
  if (isOneOf(HEADLINE_FIGURES, bare)) return { kind: 'headline', figure: bare };
  const [group, name = ''] = key.split('.', 2);
  if ((group === 'status' || group === 'byStatus' || group === 'collaborations') && isOneOf(COLLABORATION_STATES, name)) return { kind: 'status', state: name };
  if ((group === 'region' || group === 'byRegion') && isOneOf(REGIONS, name)) return { kind: 'region', region: name };
  if (group === 'byArea' && name === NOT_STATED) return { kind: 'area', area: null };
  if (group === 'byArea' && isOneOf(STRATEGY_AREAS, name)) return { kind: 'area', area: name };
  return { kind: 'unknown', key };
}

/** A region the taxonomy names, or null for a word the page does not know. */
export function knownRegion(region: string): Region | null {
  return isOneOf(REGIONS, region) ? region : null;
}

/** A collaboration stage as the page can label it: a known lifecycle state, or the stored word as it is. */
export function knownState(stage: string): CollaborationState | null {
  return isOneOf(COLLABORATION_STATES, stage) ? stage : null;
}

export interface AnswerValue {
  text: string;
  rating: number | null;
}
export type AnswerValues = Record<string, AnswerValue>;

/** The answers form's values from the member's saved draft; nothing yet for a question not answered. */
export function initialAnswers(questions: readonly Pick<PacketQuestion, 'id'>[], saved: InboxPacket['answers']): AnswerValues {
  return Object.fromEntries(
    questions.map((question) => {
      const found = saved.find((answer) => answer.questionId === question.id);
      return [question.id, { text: found?.text ?? '', rating: found?.rating ?? null }];
    }),
  );
}

/** What `answer` receives: the questions answered so far (a text, or a rating for a rating question), in order. */
export function toAnswersInput(questions: readonly Pick<PacketQuestion, 'id' | 'kind'>[], values: AnswerValues): InboxAnswerInput[] {
  return questions.flatMap((question) => {
    const value = values[question.id];
    if (!value) return [];
    const text = value.text.trim();
    const rating = question.kind === 'rating' ? value.rating : null;
    return text === '' && rating === null ? [] : [{ questionId: question.id, text, rating }];
  });
}

/** What a return will carry, counted: the declarations (and how many are conflicts), the applications scored, the answers, the advice. */
export interface ReturnContents {
  declarations: number;
  conflicts: number;
  scored: number;
  answers: number;
  questions: number;
  advice: boolean;
}

export function returnContents(packet: Pick<InboxPacket, 'applications' | 'questions'>, answers: readonly InboxAnswerInput[], advice: string): ReturnContents {
  const declared = packet.applications.filter((application) => application.declaration !== 'pending');
  return {
    declarations: declared.length,
    conflicts: declared.filter((application) => application.declaration === 'conflict').length,
    scored: packet.applications.filter((application) => application.declaration === 'none' && application.scores === 'draft').length,
    answers: answers.length,
    questions: packet.questions.length,
    advice: advice.trim() !== '',
  };
}

/** Applications still waiting for a declaration or a score: the confirmation mentions them, returning is still allowed. */
export function unfinishedApplications(packet: Pick<InboxPacket, 'applications'>): number {
  return packet.applications.filter((application) => {
    const stage = applicationStage(application);
    return stage === 'declare' || stage === 'score';
  }).length;
}
