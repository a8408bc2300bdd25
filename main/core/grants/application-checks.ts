// The checks an application must pass against its call, as pure functions: the budget in the call's currency (each line at
// its recorded rate, rounded to cents), the ceiling, the deadline in the call's time zone, the eligibility checklist,
// the call's targets and regions, and whether the call receives applications now. Each failure is a typed CreFailure.
import { CreFailure } from '../../../common/contract/errors.js';
import type { ApplicationFields, BudgetLine } from '../../../common/grants/application.schema.js';
import type { CallFields, CallState } from '../../../common/grants/call.schema.js';
import { isAfterLocal } from '../../../common/grants/zoned-time.js';
import type { Region } from '../../../common/roster/taxonomy.js';

/** Whole cents of an amount; the tiny nudge keeps 1.005 → 101 cents as a person would round it. */
function cents(amount: number): number {
  return Math.round(amount * 100 * (1 + 4 * Number.EPSILON));
}

export function round2(amount: number): number {
  return cents(amount) / 100;
}

/** A budget line in the call's currency: amount × rate, rounded to cents. */
export function lineInCallCurrency(line: Pick<BudgetLine, 'amount' | 'rate'>): number {
  return round2(line.amount * line.rate);
}

/** Σ round2(amount × rate): the amount requested in the call's currency, in cents exactly. */
export function amountRequested(budget: readonly Pick<BudgetLine, 'amount' | 'rate'>[]): number {
  return budget.reduce((total, line) => total + cents(lineInCallCurrency(line)), 0) / 100;
}

/** "5200.00": how amounts travel in error details, for the message to show. */
export function plainAmount(amount: number): string {
  return round2(amount).toFixed(2);
}

/** A line in the call's own currency is taken at rate 1; any other currency carries the rate recorded with it. */
export function checkBudgetRates(budget: readonly BudgetLine[], callCurrency: string): void {
  budget.forEach((line, index) => {
    if (line.currency === callCurrency && line.rate !== 1) {
      throw new CreFailure('invalid_input', 'A budget line in the call’s own currency is taken at rate 1.', { reason: 'rate_same_currency', line: index });
    }
  });
}

export function checkCeiling(amount: number, call: Pick<CallFields, 'ceiling' | 'currency'>): void {
  if (cents(amount) > cents(call.ceiling)) {
    throw new CreFailure('over_ceiling', `The amount requested is over the call's ceiling.`, {
      amount: plainAmount(amount),
      ceiling: plainAmount(call.ceiling),
      currency: call.currency,
    });
  }
}

/** Received after the call closed, the closing time read in the call's own time zone. */
export function isLate(receivedAt: string, call: Pick<CallFields, 'closesAt' | 'timeZone'>): boolean {
  return isAfterLocal(receivedAt, call.closesAt, call.timeZone);
}

/** A late application is taken only with the reason it is accepted. */
export function checkDeadline(fields: Pick<ApplicationFields, 'receivedAt' | 'lateReason'>, call: Pick<CallFields, 'closesAt' | 'timeZone'>): void {
  if (isLate(fields.receivedAt, call) && fields.lateReason === '') {
    throw new CreFailure('after_deadline', 'This application came after the call closed.', { closesAt: call.closesAt.replace('T', ' '), timeZone: call.timeZone });
  }
}

/**
 * Every item of the call's checklist answered, and only those; with `allowUnmet` false (any state but ineligible), an
 * item answered "not met" is `ineligible` with the item's text.
 */
export function checkEligibility(answers: ApplicationFields['eligibility'], call: Pick<CallFields, 'eligibility'>, allowUnmet = false): void {
  const known = new Set(call.eligibility.map((item) => item.id));
  const answered = new Map<string, boolean>();
  for (const answer of answers) {
    if (!known.has(answer.itemId)) {
      throw new CreFailure('invalid_input', 'An eligibility answer is not an item of the call’s checklist.', { reason: 'unknown_eligibility_item', itemId: answer.itemId });
    }
    if (answered.has(answer.itemId)) {
      throw new CreFailure('invalid_input', 'An eligibility item is answered twice.', { reason: 'duplicate_eligibility_item', itemId: answer.itemId });
    }
    answered.set(answer.itemId, answer.met);
  }
  for (const item of call.eligibility) {
    const met = answered.get(item.id);
    if (met === undefined) {
      throw new CreFailure('invalid_input', 'Every item of the call’s eligibility checklist needs an answer.', { reason: 'eligibility_unanswered', itemId: item.id, item: item.text });
    }
    if (!met && !allowUnmet) throw new CreFailure('ineligible', 'The application does not meet an eligibility requirement.', { itemId: item.id, item: item.text });
  }
}

/** A targeted call receives only from the communities it names, or for the support requests it names. */
export function checkTargeted(fields: Pick<ApplicationFields, 'communityId' | 'requestId'>, call: Pick<CallFields, 'kind' | 'targets'>, callTitle: string): void {
  if (call.kind !== 'targeted') return;
  const named = call.targets.some(
    (target) => (target.kind === 'community' && target.id === fields.communityId) || (target.kind === 'request' && target.id === fields.requestId),
  );
  if (!named) throw new CreFailure('ineligible', 'This call is targeted, and the applicant is not among its targets.', { itemId: 'targeted', item: callTitle });
}

export function checkRegion(region: Region, call: Pick<CallFields, 'regions'>): void {
  if (!(call.regions as readonly string[]).includes(region)) {
    throw new CreFailure('invalid_input', 'The community is not in a region of this call.', { reason: 'region_not_in_call', region });
  }
}

/**
 * An open call receives applications. A closed one still takes those received on time (entered afterwards, from paper
 * or a phone call) and late ones with their reason: the deadline check tells them apart. Once the call is in review it
 * receives nothing more.
 */
export function checkCallReceives(state: CallState): void {
  if (state === 'open' || state === 'closed') return;
  throw new CreFailure('conflict', 'This call does not receive applications now.', { reason: 'call_not_open', state });
}

/** The facts the application form cannot know alone: its community's region, and the call's title for messages. */
export interface CheckContext {
  call: CallFields;
  region: Region;
  callTitle: string;
  /** A received or ineligible application may record the items it does not meet; an eligible one may not. */
  allowUnmet: boolean;
}

/** Every check but the call's state and the links to other records; answers the amount requested and whether it is late. */
export function checkApplication(fields: ApplicationFields, context: CheckContext): { amountRequested: number; late: boolean } {
  const { call } = context;
  checkRegion(context.region, call);
  checkTargeted(fields, call, context.callTitle);
  checkBudgetRates(fields.budget, call.currency);
  const amount = amountRequested(fields.budget);
  checkCeiling(amount, call);
  checkDeadline(fields, call);
  checkEligibility(fields.eligibility, call, context.allowUnmet);
  return { amountRequested: amount, late: isLate(fields.receivedAt, call) };
}
