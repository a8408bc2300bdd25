// The application form's values and their mapping to and from the contract: amounts and rates typed as text (either
// decimal mark), the received moment as a local day and time, the call's checklist as ticks, blanks for "none"; every
// message a translated key, never zod's English.
import type { z } from 'zod';
import {
  applicationInputSchema,
  type Application,
  type ApplicationInput,
  type IntakeChannel,
} from '../../../../common/grants/application.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import type { ContactType } from '../../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../../ui/schema-errors.js';
import { parseAmount } from '../grants-format.js';
import { isReceivedLate, receivedAtOf, splitReceivedAt } from './application-format.js';

export type LetterLanguage = ApplicationInput['letterLanguage'];
export type Recipient = 'community' | 'intermediary';

export interface BudgetLineValue {
  description: string;
  /** As typed: "1200.50", "1.200,50" or "1 200,50". */
  amount: string;
  currency: string;
  rate: string;
}

export interface ContactValue {
  type: ContactType;
  value: string;
  note: string;
}

/** One item of the call's checklist: its text for the label, and whether the application meets it. */
export interface EligibilityValue {
  itemId: string;
  text: string;
  met: boolean;
}

export interface ApplicationFormValues {
  /** Empty until chosen; empty for "none" in the optional links. */
  callId: string;
  communityId: string;
  struggleId: string;
  requestId: string;
  collaborationId: string;
  title: string;
  enteredBy: string;
  /** The local day (YYYY-MM-DD) and time (HH:mm) it came in. */
  receivedDay: string;
  receivedTime: string;
  channel: IntakeChannel;
  originalLanguage: string;
  originalText: string;
  /** Empty for no translation. */
  translationLanguage: string;
  translation: string;
  budget: BudgetLineValue[];
  eligibility: EligibilityValue[];
  lateReason: string;
  contacts: ContactValue[];
  recipient: Recipient;
  intermediaryName: string;
  letterLanguage: LetterLanguage;
}

/** What the form knows of the chosen call: its currency locks rates, its closing moment asks for a late reason. */
export interface CallContext {
  currency: string;
  ceiling: number;
  closesAtInstant: string;
}

export function callContextOf(call: Pick<Call, 'currency' | 'ceiling' | 'closesAtInstant'> | null): CallContext | null {
  return call === null ? null : { currency: call.currency, ceiling: call.ceiling, closesAtInstant: call.closesAtInstant };
}

/** An amount as typed ("1200.5", "1,200.50", "1.200,50", "1 200,50"); NaN (refused by the schema) when it is not one. */
export function parseMoney(typed: string): number {
  return parseAmount(typed) ?? Number.NaN;
}

/**
 * A rate typed in any habit: rates often have many decimals ("0,00024", "3.945,5"), so one lone mark is always the
 * decimal one; with both marks, the last one is. NaN for anything else.
 */
export function parseRate(typed: string): number {
  const text = typed.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[\d.,]+$/.test(text)) return Number.NaN;
  const marks = text.replace(/\d/g, '');
  const last = marks.at(-1);
  if (last === undefined) return Number(text);
  // The decimal mark appears once, after every grouping mark.
  if (marks.indexOf(last) !== marks.length - 1) return Number.NaN;
  const at = text.lastIndexOf(last);
  const whole = text.slice(0, at).replace(/[.,]/g, '');
  return Number(`${whole === '' ? '0' : whole}.${text.slice(at + 1)}`);
}

/** A line's rate as sent: 1 when the line is in the call's own currency, whatever was typed. */
function rateOf(line: BudgetLineValue, context: CallContext | null): number {
  return context !== null && line.currency.trim().toUpperCase() === context.currency ? 1 : parseRate(line.rate);
}

/** The lines as numbers, for the live total; a line not yet readable counts as zero. */
export function readableBudget(lines: readonly BudgetLineValue[], context: CallContext | null): { amount: number; rate: number }[] {
  return lines.map((line) => {
    const amount = parseMoney(line.amount);
    const rate = rateOf(line, context);
    return Number.isFinite(amount) && Number.isFinite(rate) ? { amount, rate } : { amount: 0, rate: 0 };
  });
}

export function newBudgetLine(currency: string): BudgetLineValue {
  return { description: '', amount: '', currency, rate: '1' };
}

export function eligibilityOf(call: Pick<Call, 'eligibility'>, answers: readonly { itemId: string; met: boolean }[] = []): EligibilityValue[] {
  return call.eligibility.map((item) => ({ itemId: item.id, text: item.text, met: answers.find((answer) => answer.itemId === item.id)?.met ?? false }));
}

interface NewApplicationDefaults {
  callId: string | null;
  communityId: string | null;
  enteredBy: string;
  now: Date;
  letterLanguage: LetterLanguage;
}

export function emptyApplicationValues({ callId, communityId, enteredBy, now, letterLanguage }: NewApplicationDefaults): ApplicationFormValues {
  const { day, time } = splitReceivedAt(now.toISOString());
  return {
    callId: callId ?? '',
    communityId: communityId ?? '',
    struggleId: '',
    requestId: '',
    collaborationId: '',
    title: '',
    enteredBy,
    receivedDay: day,
    receivedTime: time,
    channel: 'form',
    originalLanguage: letterLanguage,
    originalText: '',
    translationLanguage: '',
    translation: '',
    budget: [newBudgetLine('')],
    eligibility: [],
    lateReason: '',
    contacts: [],
    recipient: 'community',
    intermediaryName: '',
    letterLanguage,
  };
}

const amountText = (value: number) => String(value);

export function toApplicationFormValues(application: Application, call: Pick<Call, 'eligibility'>): ApplicationFormValues {
  const { day, time } = splitReceivedAt(application.receivedAt);
  return {
    callId: application.callId,
    communityId: application.communityId,
    struggleId: application.struggleId ?? '',
    requestId: application.requestId ?? '',
    collaborationId: application.collaborationId ?? '',
    title: application.title,
    enteredBy: application.enteredBy,
    receivedDay: day,
    receivedTime: time,
    channel: application.channel,
    originalLanguage: application.originalLanguage,
    originalText: application.originalText,
    translationLanguage: application.translationLanguage ?? '',
    translation: application.translation,
    budget: application.budget.map((line) => ({ description: line.description, amount: amountText(line.amount), currency: line.currency, rate: amountText(line.rate) })),
    eligibility: eligibilityOf(call, application.eligibility),
    lateReason: application.lateReason,
    contacts: application.contacts.map((contact) => ({ type: contact.type, value: contact.value, note: contact.note })),
    recipient: application.recipient,
    intermediaryName: application.intermediaryName,
    letterLanguage: application.letterLanguage,
  };
}

const orNull = (value: string) => (value === '' ? null : value);

/** What create and update receive; `documents` are the ones already attached (the form does not change them). */
export function toApplicationInput(values: ApplicationFormValues, context: CallContext | null, documents: ApplicationInput['documents'] = []): ApplicationInput {
  return {
    callId: values.callId,
    communityId: values.communityId,
    struggleId: orNull(values.struggleId),
    requestId: orNull(values.requestId),
    collaborationId: orNull(values.collaborationId),
    title: values.title,
    enteredBy: values.enteredBy,
    receivedAt: receivedAtOf(values.receivedDay, values.receivedTime) ?? '',
    channel: values.channel,
    originalLanguage: values.originalLanguage,
    originalText: values.originalText,
    translationLanguage: orNull(values.translationLanguage),
    translation: values.translationLanguage === '' ? '' : values.translation,
    budget: values.budget.map((line) => ({
      description: line.description,
      amount: parseMoney(line.amount),
      currency: line.currency.trim().toUpperCase(),
      rate: rateOf(line, context),
    })),
    eligibility: values.eligibility.map((item) => ({ itemId: item.itemId, met: item.met })),
    documents,
    lateReason: values.lateReason,
    contacts: values.contacts.map((contact) => ({ type: contact.type, value: contact.value, note: contact.note })),
    recipient: values.recipient,
    intermediaryName: values.recipient === 'intermediary' ? values.intermediaryName : '',
    letterLanguage: values.letterLanguage,
  };
}

const INPUT_KEYS = Object.keys(applicationInputSchema.shape) as (keyof ApplicationInput)[];

/** A stored application as create and update take it: what the detail screen sends when it changes one part (the documents). */
export function applicationInputOf(application: Application): ApplicationInput {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, application[key]])) as unknown as ApplicationInput;
}

/** Whether the typed day and time fall after the call closed: the late reason is asked for then. */
export function isLateEntry(values: Pick<ApplicationFormValues, 'receivedDay' | 'receivedTime'>, context: CallContext | null): boolean {
  const receivedAt = receivedAtOf(values.receivedDay, values.receivedTime);
  return context !== null && receivedAt !== null && isReceivedLate(receivedAt, context.closesAtInstant);
}

/** The message keys (grants:applicationForm.error.*) a field can show. */
export type ApplicationErrorKey =
  | 'required'
  | 'chooseCall'
  | 'chooseCommunity'
  | 'needBudgetLine'
  | 'badAmount'
  | 'badRate'
  | 'badCurrency'
  | 'badDay'
  | 'badTime'
  | 'lateReasonRequired'
  | 'intermediaryRequired'
  | 'tooLong'
  | 'tooMany'
  | 'invalid';

export interface ApplicationFieldError {
  key: ApplicationErrorKey;
  max?: number;
}

const ROW_LISTS = new Set(['budget', 'contacts']);

/** The form field an issue belongs to: `budget.2.amount` stays a row's field; the moment is the day field. */
export function applicationFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] !== undefined && ROW_LISTS.has(parts[0]) && parts.length >= 3) return parts.slice(0, 3).join('.');
  if (parts[0] === 'receivedAt') return 'receivedDay';
  return parts[0] ?? '';
}

export function applicationErrorOf(issue: z.core.$ZodIssue, field: string): ApplicationFieldError {
  if (field === 'callId') return { key: 'chooseCall' };
  if (field === 'communityId') return { key: 'chooseCommunity' };
  if (field === 'receivedDay') return { key: 'badDay' };
  if (field === 'budget' && issue.code === 'too_small') return { key: 'needBudgetLine' };
  if (field.endsWith('.amount')) return { key: 'badAmount' };
  if (field.endsWith('.rate')) return { key: 'badRate' };
  if (field.endsWith('.currency')) return { key: 'badCurrency' };
  return sizeErrorOf(issue) ?? { key: 'invalid' };
}

/** Checks the form against the contract's schema and the call; the first error of each field, keyed by field path. */
export function validateApplication(values: ApplicationFormValues, context: CallContext | null): Map<string, ApplicationFieldError> {
  const own = new Map<string, ApplicationFieldError>();
  if (!/^\d{2}:\d{2}$/.test(values.receivedTime)) own.set('receivedTime', { key: 'badTime' });
  if (isLateEntry(values, context) && values.lateReason.trim() === '') own.set('lateReason', { key: 'lateReasonRequired' });
  if (values.recipient === 'intermediary' && values.intermediaryName.trim() === '') own.set('intermediaryName', { key: 'intermediaryRequired' });
  return firstErrorPerField(applicationInputSchema.safeParse(toApplicationInput(values, context)), applicationFieldPathOf, applicationErrorOf, own);
}
