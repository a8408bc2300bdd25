// The consultation form's values and their mapping to and from the contract: empty dates mean none, participants keep
// their names for the chips, and each feedback item and action keeps the id a sensitive quote is filed under.
import type { z } from 'zod';
import {
  consultationInputSchema,
  type Consultation,
  type ConsultationChannel,
  type ConsultationInput,
} from '../../../common/consultations/consultation.schema.js';
import type { Region, SharingLevel } from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

/** A community or collaborator taking part; `name` is empty for one this vault does not hold (received from another vault). */
export interface ParticipantValue {
  id: string;
  name: string;
}

export interface FeedbackFormValue {
  id: string;
  theme: string;
  text: string;
  quote: string;
  /** The quote identifies someone: it stays in this vault. */
  quoteSensitive: boolean;
}

export interface ActionFormValue {
  id: string;
  text: string;
  owner: string;
  /** `YYYY-MM-DD` or empty, as date fields give it. */
  dueOn: string;
  doneOn: string;
}

export interface ConsultationFormValues {
  topic: string;
  startsOn: string;
  /** Empty for a round of one day. */
  endsOn: string;
  channel: ConsultationChannel;
  /** Empty until chosen. */
  region: Region | '';
  sharing: SharingLevel;
  communities: ParticipantValue[];
  collaborators: ParticipantValue[];
  otherParticipants: string;
  feedback: FeedbackFormValue[];
  actions: ActionFormValue[];
  notes: string;
}

export function emptyConsultationFormValues(): ConsultationFormValues {
  return {
    topic: '',
    startsOn: '',
    endsOn: '',
    channel: 'meeting',
    region: '',
    sharing: 'secretariat',
    communities: [],
    collaborators: [],
    otherParticipants: '',
    feedback: [],
    actions: [],
    notes: '',
  };
}

/** A new item's id: short, lower case, unique within its round. */
function itemId(prefix: 'heard' | 'action'): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export function newFeedbackItem(): FeedbackFormValue {
  return { id: itemId('heard'), theme: '', text: '', quote: '', quoteSensitive: false };
}

export function newAction(): ActionFormValue {
  return { id: itemId('action'), text: '', owner: '', dueOn: '', doneOn: '' };
}

/** Participants by id with the names this vault knows; an id it does not hold keeps an empty name. */
function participants(ids: readonly string[], known: readonly { id: string; name: string }[]): ParticipantValue[] {
  return ids.map((id) => ({ id, name: known.find((entry) => entry.id === id)?.name ?? '' }));
}

/** The form's starting values for a stored round. */
export function toConsultationFormValues(round: Consultation): ConsultationFormValues {
  return {
    topic: round.topic,
    startsOn: round.startsOn,
    endsOn: round.endsOn ?? '',
    channel: round.channel,
    region: round.region,
    sharing: round.sharing,
    communities: participants(round.communityIds, round.communities),
    collaborators: participants(round.collaboratorIds, round.collaborators),
    otherParticipants: round.otherParticipants,
    feedback: round.feedback.map((item) => ({ ...item })),
    actions: round.actions.map((action) => ({ ...action, dueOn: action.dueOn ?? '', doneOn: action.doneOn ?? '' })),
    notes: round.notes,
  };
}

/** What create and update receive. A region not chosen is sent empty, which validation reports. */
export function toConsultationInput(values: ConsultationFormValues): ConsultationInput {
  return {
    topic: values.topic,
    startsOn: values.startsOn,
    endsOn: values.endsOn === '' ? null : values.endsOn,
    channel: values.channel,
    region: values.region as Region,
    sharing: values.sharing,
    communityIds: values.communities.map((p) => p.id),
    collaboratorIds: values.collaborators.map((p) => p.id),
    otherParticipants: values.otherParticipants,
    feedback: values.feedback.map(({ id, theme, text, quote, quoteSensitive }) => ({ id, theme, text, quote, quoteSensitive: quoteSensitive && quote.trim() !== '' })),
    actions: values.actions.map(({ id, text, owner, dueOn, doneOn }) => ({ id, text, owner, dueOn: dueOn === '' ? null : dueOn, doneOn: doneOn === '' ? null : doneOn })),
    notes: values.notes,
  };
}

/** The message keys (consultations:form.error.*) a field can show. */
export type ConsultationFieldErrorKey = 'required' | 'tooLong' | 'tooMany' | 'invalidDate' | 'choose' | 'endsBeforeStart' | 'invalid';

export interface ConsultationFieldError {
  key: ConsultationFieldErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: participants report on their list, feedback and action rows on their own input. */
export function consultationFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'communityIds') return 'communities';
  if (parts[0] === 'collaboratorIds') return 'collaborators';
  if ((parts[0] === 'feedback' || parts[0] === 'actions') && parts.length < 3) return parts[0];
  return parts.join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** A zod issue as one of the form's translated messages, never zod's English text; `sent` is what was checked. */
export function consultationFieldErrorOf(issue: z.core.$ZodIssue, sent: unknown): ConsultationFieldError {
  const value = valueAt(sent, issue.path);
  if (typeof value === 'string' && value.trim() === '' && issue.code !== 'invalid_value') return { key: 'required' };
  const size = sizeErrorOf(issue);
  if (size) return size;
  switch (issue.code) {
    case 'invalid_format':
      return { key: issue.message === 'date' ? 'invalidDate' : 'invalid' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom':
      return { key: issue.message === 'ends_before_start' ? 'endsBeforeStart' : 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateConsultation(values: ConsultationFormValues): Map<string, ConsultationFieldError> {
  const input = toConsultationInput(values);
  return firstErrorPerField(consultationInputSchema.safeParse(input), consultationFieldPathOf, (issue): ConsultationFieldError => consultationFieldErrorOf(issue, input));
}
