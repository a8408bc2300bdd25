// The request form's values and their mapping to and from the contract: no community or struggle is an empty choice, no deadline an empty date.
import type { z } from 'zod';
import { supportRequestInputSchema, type SupportRequest, type SupportRequestInput } from '../../../common/community/request.schema.js';
import type { RequestStatus, Urgency } from '../../../common/community/taxonomy.js';
import type { Level, StrategyArea } from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export interface RequestFormValues {
  /** A community id, or empty until one is chosen. */
  communityId: string;
  /** One of that community's struggles, or empty when the request is not about one. */
  struggleId: string;
  strategyAreas: StrategyArea[];
  level: Level;
  languages: string[];
  urgency: Urgency;
  /** `YYYY-MM-DD` from the date field, or empty for no deadline. */
  deadline: string;
  description: string;
  status: RequestStatus;
}

/** A new request, for the given community when the screen that opened the form named one. */
export function emptyRequestValues(communityId: string | null): RequestFormValues {
  return {
    communityId: communityId ?? '',
    struggleId: '',
    strategyAreas: [],
    level: 'local',
    languages: [],
    urgency: 'medium',
    deadline: '',
    description: '',
    status: 'new',
  };
}

export function toRequestFormValues(stored: SupportRequest): RequestFormValues {
  return {
    communityId: stored.communityId,
    struggleId: stored.struggleId ?? '',
    strategyAreas: [...stored.strategyAreas],
    level: stored.level,
    languages: [...stored.languages],
    urgency: stored.urgency,
    deadline: stored.deadline ?? '',
    description: stored.description,
    status: stored.status,
  };
}

/** What create and update receive. */
export function toRequestInput(values: RequestFormValues): SupportRequestInput {
  return {
    communityId: values.communityId,
    struggleId: values.struggleId === '' ? null : values.struggleId,
    strategyAreas: values.strategyAreas,
    level: values.level,
    languages: values.languages,
    urgency: values.urgency,
    deadline: values.deadline.trim() === '' ? null : values.deadline.trim(),
    description: values.description,
    status: values.status,
  };
}

/** The message keys (requests:form.error.*) a field can show. */
export type RequestErrorKey = 'required' | 'tooLong' | 'tooMany' | 'chooseCommunity' | 'chooseArea' | 'badDate' | 'unknownLanguage' | 'choose' | 'invalid';

export interface RequestFieldError {
  key: RequestErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: `languages.2` → `languages`. */
export function requestFieldPathOf(path: readonly PropertyKey[]): string {
  return String(path[0] ?? '');
}

/** A zod issue as one of the form's translated messages, never zod's English text. */
export function requestErrorOf(issue: z.core.$ZodIssue, field: string): RequestFieldError {
  if (field === 'communityId') return { key: 'chooseCommunity' };
  if (field === 'deadline') return { key: 'badDate' };
  if (field === 'strategyAreas' && issue.code === 'custom') return { key: 'chooseArea' };
  // A language code that is not two letters, or not a language, reads the same to the person typing.
  if (field === 'languages' && !(issue.code === 'too_big' && issue.origin === 'array')) return { key: 'unknownLanguage' };
  return sizeErrorOf(issue) ?? { key: issue.code === 'invalid_value' ? 'choose' : 'invalid' };
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field name. */
export function validateRequest(values: RequestFormValues): Map<string, RequestFieldError> {
  return firstErrorPerField(supportRequestInputSchema.safeParse(toRequestInput(values)), requestFieldPathOf, requestErrorOf);
}

/** A request's description in one short line: its first line, cut at `max` characters. */
export function requestSummary(description: string, max = 80): string {
  const firstLine = description.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return firstLine.length <= max ? firstLine : `${firstLine.slice(0, max - 1).trimEnd()}…`;
}

/** How a request is named in notices and the deleted view: its community, then its short description. */
export function requestName(communityName: string, description: string): string {
  return `${communityName}: ${requestSummary(description)}`;
}
