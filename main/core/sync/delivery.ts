// Delivery state of sync bundles, per team member: the last bundle of this vault they acknowledged, and the bundles sent
// to them that still wait for an acknowledgement, with their age. Today lists the members whose acknowledgement is
// overdue (older than a setting, 14 days unless the person set another figure).
import { acknowledgementDaysSchema, DEFAULT_ACKNOWLEDGEMENT_DAYS, type DeliveryState } from '../../../common/bundles/delivery.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import { getSetting, setSetting } from '../../../db/settings.repo.js';
import { listDeliveryRows } from '../../../db/sync-acks.js';
import { listTeamMembers } from '../../../db/team.repo.js';

const ACKNOWLEDGEMENT_SETTING = 'bundles.acknowledgementDays';
const DAY_MS = 86_400_000;

/** After how many days an unacknowledged bundle is overdue. */
export function acknowledgementDays(db: ReadableDB): number {
  const parsed = acknowledgementDaysSchema.safeParse(getSetting(db, ACKNOWLEDGEMENT_SETTING));
  return parsed.success ? parsed.data : DEFAULT_ACKNOWLEDGEMENT_DAYS;
}

export function saveAcknowledgementDays(db: WritableDB, days: number, at: string): void {
  const valid = acknowledgementDaysSchema.parse(days);
  inTransaction(db, () => {
    setSetting(db, ACKNOWLEDGEMENT_SETTING, valid);
    appendAuditEvent(db, 'today_settings_changed', at, { acknowledgementDays: valid });
  });
}

/**
 * Per team member this vault sent bundles to or heard an acknowledgement from, in the directory's order: what they
 * acknowledged and what waits. `now` is the vault's clock (ms).
 */
export function deliveryStates(db: ReadableDB, now: number): DeliveryState[] {
  const days = acknowledgementDays(db);
  const byPeer = new Map(listDeliveryRows(db).map((row) => [row.peerVaultId, row]));
  const states: DeliveryState[] = [];
  for (const member of listTeamMembers(db)) {
    const row = byPeer.get(member.vaultId);
    if (!row) continue;
    const waitingDays = row.oldestSentAt === null ? 0 : Math.max(0, Math.floor((now - Date.parse(row.oldestSentAt)) / DAY_MS));
    states.push({
      memberId: member.id,
      displayName: member.displayName,
      lastAcknowledged: row.ackedSequence > 0 && row.ackedAt !== null ? { sequence: row.ackedSequence, at: row.ackedAt } : null,
      waiting:
        row.waitingBundles > 0 && row.oldestSentAt !== null
          ? { bundles: row.waitingBundles, records: row.newestRecords, withdrawals: row.newestWithdrawals, since: row.oldestSentAt, days: waitingDays }
          : null,
      overdue: row.waitingBundles > 0 && waitingDays >= days,
    });
  }
  return states;
}

/** The members whose acknowledgement is overdue, the longest waiting first. */
export function overdueDeliveries(db: ReadableDB, now: number): DeliveryState[] {
  return deliveryStates(db, now)
    .filter((state) => state.overdue)
    .sort((a, b) => (a.waiting?.since ?? '').localeCompare(b.waiting?.since ?? ''));
}
