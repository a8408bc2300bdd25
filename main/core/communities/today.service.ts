// The Today view of a facilitator: follow-ups overdue and due within two weeks, open collaborations with no movement
// for N days (settable), and new requests — read in a few queries over live records of live communities.
import { DEFAULT_STALLED_DAYS, stalledDaysSchema, UPCOMING_DAYS, type Today } from '../../../common/community/today.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getSetting, setSetting } from '../../../db/settings.repo.js';
import type { Platform } from '../platform.js';

const STALLED_SETTING = 'today.stalledDays';
/** Collaborations that are still open: a follow-up or a silence matters only for these. */
const OPEN_STATES = `('proposed', 'introduced', 'active', 'paused')`;

export interface TodayServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now'>;
}

type Line = Today['overdue'][number];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function openCollaborations(db: ReadableDB): Line[] {
  // The last movement is the latest of its last activity's date and its last lifecycle step's day.
  return db
    .prepare(
      `SELECT k.id, c.name AS communityName, k.owner, k.state, k.next_follow_up AS nextFollowUp,
         max(coalesce((SELECT max(a.date) FROM collaboration_activities a WHERE a.collaboration_id = k.id AND a.deleted_at IS NULL), ''),
             substr(json_extract(k.history, '$[#-1].at'), 1, 10)) AS lastMovement
       FROM collaborations k JOIN communities c ON c.id = k.community_id
       WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.state IN ${OPEN_STATES}
       ORDER BY k.seq`,
    )
    .all() as Line[];
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
      const open = openCollaborations(db);
      const due = (line: Line) => line.nextFollowUp !== null;
      const byFollowUp = (a: Line, b: Line) => (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '');
      const cutoff = addDays(date, -days);
      const newRequests = db
        .prepare(
          `SELECT r.id, c.name AS communityName, r.urgency, r.deadline, r.status FROM support_requests r JOIN communities c ON c.id = r.community_id
           WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.status = 'new'
           ORDER BY CASE r.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, r.deadline IS NULL, r.deadline, r.seq`,
        )
        .all() as Today['newRequests'];
      return {
        date,
        stalledDays: days,
        overdue: open.filter((line) => due(line) && line.nextFollowUp! < date).sort(byFollowUp),
        upcoming: open.filter((line) => due(line) && line.nextFollowUp! >= date && line.nextFollowUp! <= addDays(date, UPCOMING_DAYS)).sort(byFollowUp),
        stalled: open.filter((line) => line.lastMovement < cutoff).sort((a, b) => a.lastMovement.localeCompare(b.lastMovement)),
        newRequests,
      };
    },

    setStalledDays(days: number): void {
      const valid = stalledDaysSchema.parse(days);
      const { db } = deps.openVault();
      db.transaction(() => {
        setSetting(db, STALLED_SETTING, valid);
        appendAuditEvent(db, 'today_settings_changed', new Date(deps.platform.now()).toISOString(), { stalledDays: valid });
      })();
    },
  };
}
