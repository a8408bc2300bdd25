// The award form's values and their mapping to the contract: amounts typed as text, the payment schedule in tranches
// (each keeping its id, so a paid tranche stays itself when the award is edited), the reports schedule (each keeping its
// number), and the checks the core makes too, as translated message keys.
import {
  awardInputSchema,
  type Award,
  type AwardInput,
  type ReportKind,
  type TrancheCondition,
} from '../../../../common/grants/award.schema.js';
import { firstErrorPerField, sizeErrorOf } from '../../../ui/schema-errors.js';
import { nextRowId, parseAmount } from '../grants-format.js';

export interface TrancheValue {
  id: string;
  amount: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  condition: TrancheCondition;
  /** The report number as text ('' for none), with `report_approved`. */
  reportNumber: string;
}

export interface ReportValue {
  number: number;
  kind: ReportKind;
  dueDate: string;
}

export interface AwardFormValues {
  amount: string;
  awardedOn: string;
  /** '' while not signed. */
  signedOn: string;
  tranches: TrancheValue[];
  reports: ReportValue[];
}

const amountText = (value: number) => String(value);

export function newTranche(taken: readonly TrancheValue[], amount: string, dueDate: string): TrancheValue {
  return { id: nextRowId('tranche', taken.map((tranche) => tranche.id)), amount, dueDate, condition: 'none', reportNumber: '' };
}

export function newReport(taken: readonly ReportValue[], dueDate: string): ReportValue {
  return { number: taken.reduce((max, report) => Math.max(max, report.number), 0) + 1, kind: 'narrative', dueDate };
}

/** A new award: the approved amount, paid in one tranche on signature, and no report yet. */
export function emptyAwardValues(approvedAmount: number | null, today: string): AwardFormValues {
  const amount = approvedAmount === null ? '' : amountText(approvedAmount);
  return {
    amount,
    awardedOn: today,
    signedOn: '',
    tranches: [{ id: 'tranche-1', amount, dueDate: today, condition: 'on_signature', reportNumber: '' }],
    reports: [],
  };
}

export function toAwardFormValues(award: Award): AwardFormValues {
  return {
    amount: amountText(award.amount),
    awardedOn: award.awardedOn,
    signedOn: award.signedOn ?? '',
    tranches: award.tranches.map((tranche) => ({
      id: tranche.id,
      amount: amountText(tranche.amount),
      dueDate: tranche.dueDate,
      condition: tranche.condition,
      reportNumber: tranche.reportNumber === null ? '' : String(tranche.reportNumber),
    })),
    reports: award.reports.map((report) => ({ number: report.number, kind: report.kind, dueDate: report.dueDate })),
  };
}

/** An amount as sent: NaN (refused by the schema) when it is not one. */
const money = (text: string) => parseAmount(text) ?? Number.NaN;

export function toAwardInput(applicationId: string, values: AwardFormValues): AwardInput {
  return {
    applicationId,
    amount: money(values.amount),
    awardedOn: values.awardedOn,
    signedOn: values.signedOn === '' ? null : values.signedOn,
    tranches: values.tranches.map((tranche) => ({
      id: tranche.id,
      amount: money(tranche.amount),
      dueDate: tranche.dueDate,
      condition: tranche.condition,
      reportNumber: tranche.condition === 'report_approved' && tranche.reportNumber !== '' ? Number(tranche.reportNumber) : null,
    })),
    reports: values.reports,
  };
}

/** What the tranches add up to, in cents' precision; unreadable amounts count as zero. */
export function tranchesTotal(tranches: readonly Pick<TrancheValue, 'amount'>[]): number {
  return tranches.reduce((sum, tranche) => sum + Math.round((parseAmount(tranche.amount) ?? 0) * 100), 0) / 100;
}

export type AwardErrorKey = 'badAmount' | 'overApproved' | 'badDate' | 'tranchesSum' | 'chooseReport' | 'needTranche' | 'required' | 'tooLong' | 'tooMany' | 'invalid';

export interface AwardFieldError {
  key: AwardErrorKey;
  max?: number;
}

const ROW_LISTS = new Set(['tranches', 'reports']);

export function awardFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] !== undefined && ROW_LISTS.has(parts[0]) && parts.length >= 3) return parts.slice(0, 3).join('.');
  return parts[0] ?? '';
}

/** Checks the form against the contract's schema, the approved amount and the tranches' sum. */
export function validateAward(values: AwardFormValues, approvedAmount: number | null): Map<string, AwardFieldError> {
  const own = new Map<string, AwardFieldError>();
  const amount = parseAmount(values.amount);
  if (amount !== null && approvedAmount !== null && Math.round(amount * 100) > Math.round(approvedAmount * 100)) own.set('amount', { key: 'overApproved' });
  if (amount !== null && values.tranches.length > 0 && Math.round(tranchesTotal(values.tranches) * 100) !== Math.round(amount * 100)) own.set('tranches', { key: 'tranchesSum' });
  values.tranches.forEach((tranche, index) => {
    if (tranche.condition === 'report_approved' && !values.reports.some((report) => String(report.number) === tranche.reportNumber)) {
      own.set(`tranches.${index}.reportNumber`, { key: 'chooseReport' });
    }
  });
  return firstErrorPerField(awardInputSchema.safeParse(toAwardInput('00000000-0000-4000-8000-000000000000', values)), awardFieldPathOf, (issue, field) => {
    if (field === 'tranches' && issue.code === 'too_small') return { key: 'needTranche' };
    if (field === 'amount' || field.endsWith('.amount')) return { key: 'badAmount' };
    if (field === 'awardedOn' || field === 'signedOn' || field.endsWith('.dueDate')) return { key: 'badDate' };
    if (field.endsWith('.reportNumber')) return { key: 'chooseReport' };
    return sizeErrorOf(issue) ?? { key: 'invalid' };
  }, own);
}
