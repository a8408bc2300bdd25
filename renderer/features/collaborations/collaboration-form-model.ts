// The collaboration form's values and their mapping to and from the contract: members with their names for display,
// blanks for "no request" and "no follow-up", learnings as rows; every message a translated key, never zod's English.
import type { z } from 'zod';
import {
  collaborationInputSchema,
  type Collaboration,
  type CollaborationInput,
  type Learning,
} from '../../../common/community/collaboration.schema.js';
import type { StrategyArea } from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export interface MemberFormValue {
  collaboratorId: string;
  /** Shown beside the role; not sent: the vault knows each collaborator's name. */
  name: string;
  role: string;
}

export interface LearningFormValue {
  whatWorked: string;
  whatDidNot: string;
  /** A strategy area, or empty for none. */
  strategyArea: StrategyArea | '';
  text: string;
}

export interface CollaborationFormValues {
  /** Empty until a community is chosen. */
  communityId: string;
  /** Empty for "no request". */
  requestId: string;
  members: MemberFormValue[];
  owner: string;
  /** YYYY-MM-DD, or empty for none. */
  nextFollowUp: string;
  outcomes: string;
  learnings: LearningFormValue[];
}

export function newLearning(): LearningFormValue {
  return { whatWorked: '', whatDidNot: '', strategyArea: '', text: '' };
}

export function emptyCollaborationValues(communityId: string | null, requestId: string | null): CollaborationFormValues {
  return { communityId: communityId ?? '', requestId: requestId ?? '', members: [], owner: '', nextFollowUp: '', outcomes: '', learnings: [] };
}

function toLearningFormValue(learning: Learning): LearningFormValue {
  return { whatWorked: learning.whatWorked, whatDidNot: learning.whatDidNot, strategyArea: learning.strategyArea ?? '', text: learning.text };
}

export function toCollaborationFormValues(collaboration: Collaboration): CollaborationFormValues {
  return {
    communityId: collaboration.communityId,
    requestId: collaboration.requestId ?? '',
    members: collaboration.members.map((member) => ({ collaboratorId: member.collaboratorId, name: member.name, role: member.role })),
    owner: collaboration.owner,
    nextFollowUp: collaboration.nextFollowUp ?? '',
    outcomes: collaboration.outcomes,
    learnings: collaboration.learnings.map(toLearningFormValue),
  };
}

export function toLearning(value: LearningFormValue): Learning {
  return { whatWorked: value.whatWorked, whatDidNot: value.whatDidNot, strategyArea: value.strategyArea === '' ? null : value.strategyArea, text: value.text };
}

/** What create and update receive. */
export function toCollaborationInput(values: CollaborationFormValues): CollaborationInput {
  return {
    communityId: values.communityId,
    requestId: values.requestId === '' ? null : values.requestId,
    members: values.members.map((member) => ({ collaboratorId: member.collaboratorId, role: member.role })),
    owner: values.owner,
    nextFollowUp: values.nextFollowUp === '' ? null : values.nextFollowUp,
    outcomes: values.outcomes,
    learnings: values.learnings.map(toLearning),
  };
}

/** A stored collaboration with its learnings replaced: what the detail screen sends when a learning is recorded or removed. */
export function withLearnings(collaboration: Collaboration, learnings: readonly Learning[]): CollaborationInput {
  return { ...toCollaborationInput(toCollaborationFormValues(collaboration)), learnings: [...learnings] };
}

/** A learning with nothing written in it is not worth keeping. */
export function isBlankLearning(value: LearningFormValue): boolean {
  return value.whatWorked.trim() === '' && value.whatDidNot.trim() === '' && value.text.trim() === '' && value.strategyArea === '';
}

/** The message keys (collaborations:form.error.*) a field can show. */
export type CollaborationErrorKey = 'required' | 'chooseCommunity' | 'needMember' | 'duplicateMember' | 'tooLong' | 'tooMany' | 'badDate' | 'invalid';

export interface CollaborationFieldError {
  key: CollaborationErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: `members.2.role` stays a row's field, the members list itself is `members`. */
export function collaborationFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if ((parts[0] === 'members' || parts[0] === 'learnings') && parts.length >= 3) return parts.slice(0, 3).join('.');
  return parts[0] ?? '';
}

export function collaborationErrorOf(issue: z.core.$ZodIssue, field: string): CollaborationFieldError {
  if (field === 'communityId') return { key: 'chooseCommunity' };
  if (field === 'nextFollowUp') return { key: 'badDate' };
  if (field === 'members') {
    if (issue.code === 'too_small') return { key: 'needMember' };
    if (issue.code === 'too_big') return { key: 'tooMany', max: Number(issue.maximum) };
    if (issue.code === 'custom' && issue.message === 'duplicate_member') return { key: 'duplicateMember' };
  }
  return sizeErrorOf(issue) ?? { key: 'invalid' };
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateCollaboration(values: CollaborationFormValues): Map<string, CollaborationFieldError> {
  return firstErrorPerField(collaborationInputSchema.safeParse(toCollaborationInput(values)), collaborationFieldPathOf, collaborationErrorOf);
}
