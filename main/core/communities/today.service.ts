// The Today view of a facilitator: follow-ups overdue and due within two weeks, open collaborations with no movement
// for N days (settable), and new requests — read in a few queries over live records of live communities.
import { DEFAULT_STALLED_DAYS, stalledDaysSchema, UPCOMING_DAYS, type Today } from '../../../common/community/today.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type ReadableDB, type WritableDB } from '../../../db/handles.js';
import { getSetting, setSetting } from '../../../db/settings.repo.js';
import { listNewRequestLines, listOpenCollaborationLines, type OpenCollaborationLine } from '../../../db/today.repo.js';
import type { Platform } from '../platform.js';
import { acknowledgementDays, overdueDeliveries } from '../sync/delivery.js';

const STALLED_SETTING = 'today.stalledDays';

export interface TodayServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now'>;
}

type Line = OpenCollaborationLine;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function createTodayService(deps: TodayServiceDeps) {
  function stalledDays(db: ReadableDB): number {
    const parsed = stalledDaysSchema.safeParse(getSetting(db, STALLED_SETTING));
    return parsed.success ? parsed.data : DEFAULT_STALLED_DAYS;
  }

  return {
    get(): Today {
      const { db } = deps.openVault();
      const date = new Date(deps.platform.now()).toISOString().slice(0, 10);
      const days = stalledDays(db);
      const open = listOpenCollaborationLines(db);
      const due = (line: Line) => line.nextFollowUp !== null;
      const byFollowUp = (a: Line, b: Line) => (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '');
      const cutoff = addDays(date, -days);
      const newRequests = listNewRequestLines(db);
      return {
        date,
        stalledDays: days,
        overdue: open.filter((line) => due(line) && line.nextFollowUp! < date).sort(byFollowUp),
        upcoming: open.filter((line) => due(line) && line.nextFollowUp! >= date && line.nextFollowUp! <= addDays(date, UPCOMING_DAYS)).sort(byFollowUp),
        stalled: open.filter((line) => line.lastMovement < cutoff).sort((a, b) => a.lastMovement.localeCompare(b.lastMovement)),
        newRequests,
        acknowledgementDays: acknowledgementDays(db),
        unacknowledged: overdueDeliveries(db, deps.platform.now()),
      };
    },

    setStalledDays(days: number): void {
      const valid = stalledDaysSchema.parse(days);
      const { db } = deps.openVault();
      inTransaction(db, () => {
        setSetting(db, STALLED_SETTING, valid);
        appendAuditEvent(db, 'today_settings_changed', new Date(deps.platform.now()).toISOString(), { stalledDays: valid });
      });
    },
  };
}
