// Pure helpers for the application screens: budget lines converted to the call's currency, the lifecycle steps a person
// takes by hand, lateness against the call's closing moment, and the received date and time as the form edits them.
import { APPLICATION_STEPS, DECISIONS, type ApplicationState, type BudgetLine } from '../../../../common/grants/application.schema.js';
import { localDayOf } from '../../../ui/format-day-only.js';

/** An amount rounded to cents, as the vault stores sums of money. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** One line in the call's currency: its amount at its recorded rate. */
export function convertedAmount(line: Pick<BudgetLine, 'amount' | 'rate'>): number {
  return roundCents(line.amount * line.rate);
}

/** The budget in the call's currency: every line at its recorded rate, the sum rounded to cents (as the core does). */
export function convertedTotal(lines: readonly Pick<BudgetLine, 'amount' | 'rate'>[]): number {
  return roundCents(lines.reduce((sum, line) => sum + line.amount * line.rate, 0));
}

/** The states only a decision meeting or an award gives; the application's own lifecycle buttons leave them out. */
const DECIDED_ELSEWHERE: ReadonlySet<ApplicationState> = new Set<ApplicationState>([...DECISIONS, 'awarded']);

/** The steps a person takes from the application's page: eligibility, review, reporting and closing. */
export function manualSteps(state: ApplicationState): ApplicationState[] {
  return APPLICATION_STEPS[state].filter((to) => !DECIDED_ELSEWHERE.has(to));
}

/** While screening, the application can still be edited; once in review or decided, the core refuses changes. */
export function isEditable(state: ApplicationState): boolean {
  return state === 'received' || state === 'eligible' || state === 'ineligible';
}

/** States in which an award exists (or is being made) and its page has something to show. */
export function hasAwardPage(state: ApplicationState): boolean {
  return state === 'approved' || state === 'awarded' || state === 'reporting' || state === 'closed';
}

/** States in which the award letter can be written. */
export function hasAwardLetter(state: ApplicationState): boolean {
  return state === 'awarded' || state === 'reporting' || state === 'closed';
}

/** Whether an application received at `receivedAt` came after the call closed (both ISO instants). */
export function isReceivedLate(receivedAt: string, closesAtInstant: string): boolean {
  const received = Date.parse(receivedAt);
  const closes = Date.parse(closesAtInstant);
  return !Number.isNaN(received) && !Number.isNaN(closes) && received > closes;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The moment a local day (YYYY-MM-DD) and time (HH:mm) name on this computer, as an ISO instant; null when either is incomplete. */
export function receivedAtOf(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const moment = new Date(`${day}T${time}:00`);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

/** A stored moment split into this computer's local day and time, for the form's two fields. */
export function splitReceivedAt(iso: string): { day: string; time: string } {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return { day: '', time: '' };
  return { day: localDayOf(moment), time: `${pad(moment.getHours())}:${pad(moment.getMinutes())}` };
}

