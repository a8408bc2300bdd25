// A team member's delivery state in words, shared by the Bundles screen, the team directory and Today: the last bundle
// they acknowledged, what waits ("3 bundles, 12 days unacknowledged"), what the newest of those carried, and whether it
// is overdue.
import type { TFunction } from 'i18next';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';

export type DeliveryTranslate = TFunction<'bundles'>;

export interface DeliveryWords {
  /** "Acknowledged bundle #2 on 7 Dec 2026, 14:05", or that none was yet. */
  acknowledged: string;
  /** "3 bundles, 12 days unacknowledged", or that nothing waits. */
  waiting: string;
  /** What the newest bundle waiting carried ("40 records and 2 withdrawals"); null when nothing waits. */
  newest: string | null;
  /** "Overdue" when the oldest bundle waiting is older than the setting; null otherwise. */
  overdue: string | null;
}

const count = (value: number, language: string) => ({ count: value, formatted: formatNumber(value, language) });

export function acknowledgedText(state: DeliveryState, t: DeliveryTranslate, language: string): string {
  const last = state.lastAcknowledged;
  if (last === null) return t('delivery.noneAcknowledged');
  return t('delivery.lastAcknowledged', { sequence: formatNumber(last.sequence, language), date: formatDateTime(last.at, language) });
}

/** "3 bundles, 12 days unacknowledged"; under a day, said so rather than "0 days". */
export function waitingText(state: DeliveryState, t: DeliveryTranslate, language: string): string {
  const waiting = state.waiting;
  if (waiting === null) return t('delivery.nothingWaiting');
  const bundles = t('delivery.bundles', count(waiting.bundles, language));
  if (waiting.days === 0) return t('delivery.waitingUnderADay', { bundles });
  return t('delivery.waiting', { bundles, days: t('delivery.days', count(waiting.days, language)) });
}

export function newestText(state: DeliveryState, t: DeliveryTranslate, language: string): string | null {
  const waiting = state.waiting;
  if (waiting === null) return null;
  const records = t('delivery.records', count(waiting.records, language));
  if (waiting.withdrawals === 0) return records;
  return t('delivery.recordsAndWithdrawals', { records, withdrawals: t('delivery.withdrawals', count(waiting.withdrawals, language)) });
}

export function deliveryWords(state: DeliveryState, t: DeliveryTranslate, language: string): DeliveryWords {
  return {
    acknowledged: acknowledgedText(state, t, language),
    waiting: waitingText(state, t, language),
    newest: newestText(state, t, language),
    overdue: state.overdue ? t('delivery.overdue') : null,
  };
}
