// The compose form's values and their mapping to the contract's packet: recipients, applications and the files that travel
// with them, the period, the questions, the dates and the expiry as typed; every message a translated key, never zod's English.
import type { z } from 'zod';
import { DEFAULT_PACKET_DAYS, packetComposeSchema, type PacketComposeInput } from '../../../common/review/review.schema.js';
import type { PacketQuestion } from '../../../common/review/packet-frames.schema.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export type QuestionKind = PacketQuestion['kind'];

export interface QuestionValue {
  id: string;
  text: string;
  kind: QuestionKind;
  lowLabel: string;
  highLabel: string;
}

export interface ComposeFormValues {
  title: string;
  message: string;
  recipientIds: string[];
  applicationIds: string[];
  /** Attachment ids of the chosen applications' documents that travel. */
  fileIds: string[];
  /** YYYY-MM-DD, or '' for no period. */
  periodFrom: string;
  periodTo: string;
  includeReport: boolean;
  questions: QuestionValue[];
  blind: boolean;
  /** YYYY-MM-DD, or '' for no date. */
  respondBy: string;
  /** As typed. */
  expiresInDays: string;
}

export type ComposeErrorKey = 'required' | 'tooLong' | 'tooMany' | 'date' | 'periodBoth' | 'periodOrder' | 'days' | 'nothing' | 'invalid';
export interface ComposeFieldError {
  key: ComposeErrorKey;
  max?: number;
}

export const MAX_EXPIRY_DAYS = 365;

export function emptyComposeValues(): ComposeFormValues {
  return {
    title: '',
    message: '',
    recipientIds: [],
    applicationIds: [],
    fileIds: [],
    periodFrom: '',
    periodTo: '',
    includeReport: true,
    questions: [],
    blind: false,
    respondBy: '',
    expiresInDays: String(DEFAULT_PACKET_DAYS),
  };
}

/** A question id not yet taken: q-1, q-2… (the contract allows lowercase letters, digits and dashes). */
export function nextQuestionId(taken: readonly string[]): string {
  const used = new Set(taken);
  let number = taken.length + 1;
  while (used.has(`q-${number}`)) number += 1;
  return `q-${number}`;
}

export function newQuestion(taken: readonly string[], kind: QuestionKind = 'text'): QuestionValue {
  return { id: nextQuestionId(taken), text: '', kind, lowLabel: '', highLabel: '' };
}

/** Ticks or unticks an application; unticking one also drops its files, which may travel only with it. */
export function toggleApplication(values: Pick<ComposeFormValues, 'applicationIds' | 'fileIds'>, applicationId: string, chosen: boolean, filesOfApplication: readonly string[]) {
  if (chosen) return { applicationIds: values.applicationIds.includes(applicationId) ? values.applicationIds : [...values.applicationIds, applicationId], fileIds: values.fileIds };
  const dropped = new Set(filesOfApplication);
  return { applicationIds: values.applicationIds.filter((id) => id !== applicationId), fileIds: values.fileIds.filter((id) => !dropped.has(id)) };
}

/** The expiry in whole days 1–365, or null when what was typed is not one. */
export function parseExpiryDays(typed: string): number | null {
  const text = typed.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_EXPIRY_DAYS ? days : null;
}

export function toComposeInput(values: ComposeFormValues): PacketComposeInput {
  const period = values.periodFrom === '' && values.periodTo === '' ? null : { from: values.periodFrom, to: values.periodTo };
  return {
    title: values.title.trim(),
    message: values.message.trim(),
    recipientIds: values.recipientIds,
    applicationIds: values.applicationIds,
    fileIds: values.fileIds,
    period,
    includeReport: period !== null && values.includeReport,
    questions: values.questions.map((question) => ({
      id: question.id,
      text: question.text.trim(),
      kind: question.kind,
      lowLabel: question.kind === 'rating' ? question.lowLabel.trim() : '',
      highLabel: question.kind === 'rating' ? question.highLabel.trim() : '',
    })),
    blind: values.blind,
    respondBy: values.respondBy === '' ? null : values.respondBy,
    expiresInDays: parseExpiryDays(values.expiresInDays) ?? 0,
  };
}

/** A schema path as the form's field path: the period's ends are two fields, a question's text its row's. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === 'period') return rest[0] === 'from' ? 'periodFrom' : 'periodTo';
  if (head === 'questions' && rest.length >= 2) return `questions.${rest[0] ?? ''}.${rest[1] ?? ''}`;
  if (head === 'questions') return 'questions';
  return head ?? 'form';
}

function errorOf(issue: z.core.$ZodIssue): ComposeFieldError {
  if (issue.message === 'period_order') return { key: 'periodOrder' };
  if (issue.message === 'date') return { key: 'date' };
  const size = sizeErrorOf(issue);
  if (size !== null) return size;
  return { key: 'invalid' };
}

/** The first error of each field, or none: what the form finds itself first, then the contract's schema. */
export function validateCompose(values: ComposeFormValues): Map<string, ComposeFieldError> {
  const errors = new Map<string, ComposeFieldError>();
  if (values.periodFrom === '' && values.periodTo !== '') errors.set('periodFrom', { key: 'periodBoth' });
  if (values.periodTo === '' && values.periodFrom !== '') errors.set('periodTo', { key: 'periodBoth' });
  if (parseExpiryDays(values.expiresInDays) === null) errors.set('expiresInDays', { key: 'days', max: MAX_EXPIRY_DAYS });
  // A packet asks for something: applications to advise on, a period's report, or questions.
  const asks = values.applicationIds.length > 0 || values.periodFrom !== '' || values.periodTo !== '' || values.questions.length > 0;
  if (!asks) errors.set('applicationIds', { key: 'nothing' });
  return firstErrorPerField(packetComposeSchema.safeParse(toComposeInput(values)), fieldOf, errorOf, errors);
}
