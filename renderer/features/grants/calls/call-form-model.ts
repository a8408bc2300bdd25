// The call form's values and their mapping to and from the contract: texts per language, checklist rows, the dates and
// times apart from their time zone, amounts and weights as typed, the rubric's six level descriptions; every message a
// translated key, never zod's English.
import type { z } from 'zod';
import type { Language } from '../../../../common/languages.js';
import {
  callInputSchema,
  DEFAULT_CEILING,
  DEFAULT_CURRENCY,
  RUBRIC_LEVELS,
  type Call,
  type CallInput,
  type CallKind,
  type CallTarget,
} from '../../../../common/grants/call.schema.js';
import type { Region, StrategyArea } from '../../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../../ui/schema-errors.js';
import { nextRowId, parseAmount, parseCount, parseWeight } from '../grants-format.js';

export interface CallTextValue {
  language: Language;
  title: string;
  text: string;
}

export interface CriterionValue {
  id: string;
  name: string;
  /** As typed. */
  weight: string;
  /** Level 0 first, six of them. */
  levels: string[];
}

export interface CallFormValues {
  kind: CallKind;
  targets: CallTarget[];
  regions: Exclude<Region, 'global'>[];
  strategyAreas: StrategyArea[];
  texts: CallTextValue[];
  eligibility: { id: string; text: string }[];
  /** YYYY-MM-DD, or '' while not chosen. */
  opensDate: string;
  /** HH:mm, or '' while not typed. */
  opensTime: string;
  closesDate: string;
  closesTime: string;
  timeZone: string;
  currency: string;
  ceiling: string;
  envelope: string;
  requiredDocuments: { text: string }[];
  rubric: CriterionValue[];
  workingGroup: { vaultId: string; name: string }[];
  quorum: string;
  blind: boolean;
}

export function newCriterion(taken: readonly string[]): CriterionValue {
  return { id: nextRowId('criterion', taken), name: '', weight: '1', levels: Array.from({ length: RUBRIC_LEVELS }, () => '') };
}

/** A new call: open, in the interface language, opening today at 09:00 in the computer's time zone, US$5,000 a grant. */
export function emptyCallValues(language: Language, today: string, timeZone: string): CallFormValues {
  return {
    kind: 'open',
    targets: [],
    regions: [],
    strategyAreas: [],
    texts: [{ language, title: '', text: '' }],
    eligibility: [],
    opensDate: today,
    opensTime: '09:00',
    closesDate: '',
    closesTime: '17:00',
    timeZone,
    currency: DEFAULT_CURRENCY,
    ceiling: String(DEFAULT_CEILING),
    envelope: '',
    requiredDocuments: [],
    rubric: [newCriterion([])],
    workingGroup: [],
    quorum: '1',
    blind: false,
  };
}

function splitLocal(local: string): [string, string] {
  const [date = '', time = ''] = local.split('T');
  return [date, time];
}

export function toCallFormValues(call: Call): CallFormValues {
  const [opensDate, opensTime] = splitLocal(call.opensAt);
  const [closesDate, closesTime] = splitLocal(call.closesAt);
  return {
    kind: call.kind,
    targets: call.targets.map((target) => ({ ...target })),
    regions: [...call.regions],
    strategyAreas: [...call.strategyAreas],
    texts: call.texts.map((text) => ({ ...text })),
    eligibility: call.eligibility.map((item) => ({ ...item })),
    opensDate,
    opensTime,
    closesDate,
    closesTime,
    timeZone: call.timeZone,
    currency: call.currency,
    ceiling: String(call.ceiling),
    envelope: String(call.envelope),
    requiredDocuments: call.requiredDocuments.map((text) => ({ text })),
    rubric: call.rubric.map((criterion) => ({ id: criterion.id, name: criterion.name, weight: String(criterion.weight), levels: [...criterion.levels] })),
    workingGroup: call.workingGroup.map((member) => ({ ...member })),
    quorum: String(call.quorum),
    blind: call.blind,
  };
}

/** A number field as the schema should see it: NaN when it is not a number, so the form's own error shows, not the schema's. */
function numberOr(value: number | null): number {
  return value ?? Number.NaN;
}

/** What create and update receive. */
export function toCallInput(values: CallFormValues): CallInput {
  return {
    kind: values.kind,
    targets: values.kind === 'targeted' ? values.targets : [],
    regions: values.regions,
    strategyAreas: values.strategyAreas,
    texts: values.texts,
    eligibility: values.eligibility,
    opensAt: `${values.opensDate}T${values.opensTime}`,
    closesAt: `${values.closesDate}T${values.closesTime}`,
    timeZone: values.timeZone,
    currency: values.currency,
    ceiling: numberOr(parseAmount(values.ceiling)),
    envelope: numberOr(parseAmount(values.envelope)),
    requiredDocuments: values.requiredDocuments.map((row) => row.text),
    rubric: values.rubric.map((criterion) => ({ ...criterion, weight: numberOr(parseWeight(criterion.weight)) })),
    workingGroup: values.workingGroup,
    quorum: numberOr(parseCount(values.quorum)),
    blind: values.blind,
  };
}

/** The message keys (grants:callForm.error.*) a field can show. */
export type CallErrorKey =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'invalid'
  | 'badAmount'
  | 'badWeight'
  | 'badQuorum'
  | 'badDate'
  | 'badTime'
  | 'needRegion'
  | 'needCriterion'
  | 'duplicateLanguage'
  | 'closesBeforeOpens'
  | 'ceilingOverEnvelope'
  | 'positive'
  | 'targetsRequired'
  | 'quorumOverGroup';

export interface CallFieldError {
  key: CallErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

const ROW_LISTS = new Set(['texts', 'eligibility', 'rubric', 'requiredDocuments']);

/** The form field an issue belongs to: rows keep their own field (`rubric.1.levels.3`); the dates go to their date part. */
export function callFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const [head = ''] = parts;
  if (head === 'opensAt') return 'opensDate';
  if (head === 'closesAt') return 'closesDate';
  if (head === 'requiredDocuments' && parts.length >= 2) return `requiredDocuments.${parts[1] ?? ''}.text`;
  if (ROW_LISTS.has(head) && parts.length >= 3) return parts.join('.');
  return head;
}

export function callErrorOf(issue: z.core.$ZodIssue, field: string): CallFieldError {
  const message = issue.code === 'custom' ? issue.message : '';
  switch (message) {
    case 'duplicate_language':
      return { key: 'duplicateLanguage' };
    case 'closes_before_opens':
      return { key: 'closesBeforeOpens' };
    case 'ceiling_over_envelope':
      return { key: 'ceilingOverEnvelope' };
    case 'targets_required':
      return { key: 'targetsRequired' };
    case 'quorum_over_group':
      return { key: 'quorumOverGroup' };
    case 'positive':
      return { key: 'positive' };
  }
  if (field === 'regions' && issue.code === 'too_small') return { key: 'needRegion' };
  if (field === 'rubric' && issue.code === 'too_small') return { key: 'needCriterion' };
  if (field === 'opensDate' || field === 'closesDate') return { key: 'badDate' };
  return sizeErrorOf(issue) ?? { key: 'invalid' };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** What the form finds itself before the schema: numbers that are not numbers, missing dates and times. */
function formErrors(values: CallFormValues): Map<string, CallFieldError> {
  const errors = new Map<string, CallFieldError>();
  if (!DATE.test(values.opensDate)) errors.set('opensDate', { key: 'badDate' });
  if (!TIME.test(values.opensTime)) errors.set('opensTime', { key: 'badTime' });
  if (!DATE.test(values.closesDate)) errors.set('closesDate', { key: 'badDate' });
  if (!TIME.test(values.closesTime)) errors.set('closesTime', { key: 'badTime' });
  if (parseAmount(values.ceiling) === null) errors.set('ceiling', { key: 'badAmount' });
  if (parseAmount(values.envelope) === null) errors.set('envelope', { key: 'badAmount' });
  if (parseCount(values.quorum) === null) errors.set('quorum', { key: 'badQuorum' });
  values.rubric.forEach((criterion, index) => {
    if (parseWeight(criterion.weight) === null) errors.set(`rubric.${index}.weight`, { key: 'badWeight' });
  });
  // The schema's checks across fields run only once every field is right; the form says them at once.
  const opens = `${values.opensDate}T${values.opensTime}`;
  const closes = `${values.closesDate}T${values.closesTime}`;
  if (!errors.has('closesDate') && !errors.has('opensDate') && closes <= opens) errors.set('closesDate', { key: 'closesBeforeOpens' });
  const ceiling = parseAmount(values.ceiling);
  const envelope = parseAmount(values.envelope);
  if (ceiling !== null && envelope !== null && ceiling > envelope) errors.set('ceiling', { key: 'ceilingOverEnvelope' });
  const quorum = parseCount(values.quorum);
  if (quorum !== null && quorum > Math.max(1, values.workingGroup.length)) errors.set('quorum', { key: 'quorumOverGroup' });
  if (values.kind === 'targeted' && values.targets.length === 0) errors.set('targets', { key: 'targetsRequired' });
  return errors;
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateCall(values: CallFormValues): Map<string, CallFieldError> {
  return firstErrorPerField(callInputSchema.safeParse(toCallInput(values)), callFieldPathOf, callErrorOf, formErrors(values));
}
