// Whether an award's tranches may be paid: each tranche's condition against the signature and the reports, and what
// was paid on it. Pure: the award service and the award page's view are both built from it.
import type { AwardFields, Payment, Tranche, TrancheStatus } from '../../../common/grants/award.schema.js';

/** What a tranche's condition looks at: the signature date and each report's number and state. */
export interface ConditionFacts {
  signedOn: string | null;
  reports: readonly { number: number; state: string }[];
}

/** on signature → the agreement is signed; report approved → report N is approved; none → always. */
export function trancheConditionMet(tranche: Pick<Tranche, 'condition' | 'reportNumber'>, facts: ConditionFacts): boolean {
  switch (tranche.condition) {
    case 'on_signature':
      return facts.signedOn !== null;
    case 'report_approved':
      return facts.reports.some((report) => report.number === tranche.reportNumber && report.state === 'approved');
    case 'none':
      return true;
  }
}

/** Cents, so sums of money compare exactly. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** What was paid on each tranche, by its id, in cents. */
export function paidCentsByTranche(payments: readonly Pick<Payment, 'trancheId' | 'amount'>[]): Map<string, number> {
  const paid = new Map<string, number>();
  for (const payment of payments) paid.set(payment.trancheId, (paid.get(payment.trancheId) ?? 0) + toCents(payment.amount));
  return paid;
}

/**
 * Each tranche of the award with what was paid on it, its payments, whether its condition is met, and whether it is
 * due: its date has come (`today`, YYYY-MM-DD) and it is not fully paid.
 */
export function trancheStatuses(
  award: Pick<AwardFields, 'tranches' | 'signedOn'>,
  reports: ConditionFacts['reports'],
  payments: readonly Payment[],
  today: string,
): TrancheStatus[] {
  const paid = paidCentsByTranche(payments);
  return award.tranches.map((tranche) => {
    const paidCents = paid.get(tranche.id) ?? 0;
    return {
      tranche,
      paid: paidCents / 100,
      payments: payments.filter((payment) => payment.trancheId === tranche.id),
      conditionMet: trancheConditionMet(tranche, { signedOn: award.signedOn, reports }),
      due: tranche.dueDate <= today && paidCents < toCents(tranche.amount),
    };
  });
}

/** Every tranche paid in full. */
export function allTranchesPaid(award: Pick<AwardFields, 'tranches'>, payments: readonly Pick<Payment, 'trancheId' | 'amount'>[]): boolean {
  const paid = paidCentsByTranche(payments);
  return award.tranches.every((tranche) => (paid.get(tranche.id) ?? 0) >= toCents(tranche.amount));
}
