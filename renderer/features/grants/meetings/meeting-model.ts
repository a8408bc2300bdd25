// A decision meeting's form as pure functions: the quorum of each decision after recusals (as the core counts it), the
// values and their mapping to the contract, the checks the form makes before saving (as translated message keys), and
// the order of the applications it decides about.
import { DECISIONS, type Decision } from '../../../../common/grants/application.schema.js';
import type { Application } from '../../../../common/grants/application.schema.js';
import type { MeetingInput } from '../../../../common/grants/award.schema.js';
import type { RankedRow } from '../../../../common/grants/review.schema.js';
import { parseAmount } from '../grants-format.js';

export interface QuorumCount {
  present: number;
  required: number;
  met: boolean;
}

/** Attendees who declared a conflict with the application leave its decision; the others must reach the quorum. */
export function quorumAfterRecusals(attendees: readonly string[], recused: readonly string[], required: number): QuorumCount {
  const out = new Set(recused);
  const present = new Set(attendees.filter((vaultId) => !out.has(vaultId))).size;
  return { present, required, met: present >= required };
}

export interface DecisionValue {
  applicationId: string;
  /** Empty: not decided at this meeting. */
  decision: Decision | '';
  rationale: string;
  /** The approved amount as typed, in the call's currency. */
  amount: string;
}

export interface MeetingFormValues {
  /** YYYY-MM-DD. */
  date: string;
  /** Working-group members present, by vault id. */
  attendees: string[];
  notes: string;
  decisions: DecisionValue[];
}

export const DECISION_CHOICES: readonly (Decision | '')[] = ['', ...DECISIONS];

/** What a meeting decides about: each application with the amount an approval starts from (the request, at most the ceiling). */
export function emptyMeetingValues(day: string, applications: readonly { id: string; amountRequested: number }[], ceiling: number): MeetingFormValues {
  return {
    date: day,
    attendees: [],
    notes: '',
    decisions: applications.map((application) => ({
      applicationId: application.id,
      decision: '',
      rationale: '',
      amount: String(Math.min(application.amountRequested, ceiling)),
    })),
  };
}

/** What create receives: the decisions taken, an amount only with an approval. */
export function toMeetingInput(callId: string, values: MeetingFormValues): MeetingInput {
  return {
    callId,
    date: values.date,
    attendees: values.attendees,
    notes: values.notes,
    decisions: values.decisions.flatMap((item) =>
      item.decision === ''
        ? []
        : [{ applicationId: item.applicationId, decision: item.decision, rationale: item.rationale, amount: item.decision === 'approved' ? parseAmount(item.amount) : null }],
    ),
  };
}

/** The message keys (grants:meetings.error.*) the form can show. */
export type MeetingErrorKey = 'badDate' | 'needAttendee' | 'needDecision' | 'rationaleRequired' | 'amountRequired' | 'overCeiling' | 'quorumNotMet';

export interface MeetingFieldError {
  key: MeetingErrorKey;
}

interface MeetingChecks {
  ceiling: number;
  quorum: number;
  /** Per application, the vault ids of the members recused from it. */
  recusedOf: (applicationId: string) => readonly string[];
}

/** The first error of each field, keyed by path (`decisions.2.amount`). */
export function validateMeeting(values: MeetingFormValues, checks: MeetingChecks): Map<string, MeetingFieldError> {
  const errors = new Map<string, MeetingFieldError>();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.set('date', { key: 'badDate' });
  if (values.attendees.length === 0) errors.set('attendees', { key: 'needAttendee' });
  if (values.decisions.every((item) => item.decision === '')) errors.set('decisions', { key: 'needDecision' });
  values.decisions.forEach((item, index) => {
    if (item.decision === '') return;
    const at = `decisions.${index}`;
    if (!quorumAfterRecusals(values.attendees, checks.recusedOf(item.applicationId), checks.quorum).met && values.attendees.length > 0) {
      errors.set(`${at}.decision`, { key: 'quorumNotMet' });
    }
    if (item.rationale.trim() === '') errors.set(`${at}.rationale`, { key: 'rationaleRequired' });
    if (item.decision === 'approved') {
      const amount = parseAmount(item.amount);
      if (amount === null || amount <= 0) errors.set(`${at}.amount`, { key: 'amountRequired' });
      else if (amount > checks.ceiling) errors.set(`${at}.amount`, { key: 'overCeiling' });
    }
  });
  return errors;
}

export interface Recused {
  vaultId: string;
  name: string;
  reason: string;
}

export interface AgendaItem {
  application: Application;
  ranked: RankedRow | null;
  /** The members recused from it; 'sealed' when this vault's own reviewer is one of them. */
  recused: Recused[] | 'sealed';
}

/** Ranked first (best mean first), then the applications not in the ranked table, oldest first. */
export function agendaOrder(items: readonly AgendaItem[]): AgendaItem[] {
  const rank = (item: AgendaItem) => item.ranked?.rank ?? Number.POSITIVE_INFINITY;
  return [...items].sort((a, b) => rank(a) - rank(b));
}
