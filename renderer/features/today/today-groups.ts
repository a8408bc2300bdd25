// The order of the Today screen, most urgent first: critical and high new requests, overdue follow-ups, overdue grant
// reports and overdue consultation actions (when there are any), upcoming follow-ups, the other new requests, then
// stalled collaborations. Team members whose acknowledgement of a bundle is overdue come right after the overdue work,
// and only when there are some.
import type { Today } from '../../../common/community/today.schema.js';
import type { Urgency } from '../../../common/community/taxonomy.js';
import type { OverdueAction } from '../../../common/consultations/consultation.schema.js';
import type { Report } from '../../../common/grants/award.schema.js';

export type CollaborationLine = Today['overdue'][number];
export type RequestLine = Today['newRequests'][number];
/** An overdue grant report, with the application it belongs to (grantAwards.overdueReports). */
export type GrantReportLine = Report & { applicationId: string; applicationTitle: string; communityName: string };
/** An overdue follow-up action of a consultation round (consultations.overdueActions), with a key of its own. */
export type ConsultationActionLine = OverdueAction & { id: string };
/** A team member whose acknowledgement of a bundle is overdue (Today's `unacknowledged`), keyed by the member. */
export type DeliveryLine = Today['unacknowledged'][number] & { id: string };

export type TodayGroup =
  | { id: 'urgentRequests' | 'otherRequests'; kind: 'requests'; lines: RequestLine[] }
  | { id: 'overdue' | 'upcoming' | 'stalled'; kind: 'collaborations'; lines: CollaborationLine[] }
  | { id: 'grantReports'; kind: 'grantReports'; lines: GrantReportLine[] }
  | { id: 'consultationActions'; kind: 'consultationActions'; lines: ConsultationActionLine[] }
  | { id: 'unacknowledged'; kind: 'deliveries'; lines: DeliveryLine[] };

/** New requests that come before everything else on Today. */
export const URGENT_LEVELS: ReadonlySet<Urgency> = new Set<Urgency>(['critical', 'high']);

/**
 * Every group, in the order the screen shows them; each keeps the order the core gave its lines (most urgent or soonest
 * first). Overdue grant reports, then overdue consultation actions, come right after the overdue follow-ups, and only
 * when there are some: a vault without grants or consultations does not see an empty group for them. Members whose
 * acknowledgement is overdue follow them, also only when there are some.
 */
export function todayGroups(today: Today, grantReports: readonly GrantReportLine[] = [], consultationActions: readonly OverdueAction[] = []): TodayGroup[] {
  const urgent = today.newRequests.filter((line) => URGENT_LEVELS.has(line.urgency));
  const other = today.newRequests.filter((line) => !URGENT_LEVELS.has(line.urgency));
  const reports: TodayGroup[] = grantReports.length > 0 ? [{ id: 'grantReports', kind: 'grantReports', lines: [...grantReports] }] : [];
  const actions: TodayGroup[] =
    consultationActions.length > 0
      ? [{ id: 'consultationActions', kind: 'consultationActions', lines: consultationActions.map((action) => ({ ...action, id: `${action.consultationId}/${action.actionId}` })) }]
      : [];
  const deliveries: TodayGroup[] = today.unacknowledged.length > 0 ? [{ id: 'unacknowledged', kind: 'deliveries', lines: today.unacknowledged.map((state) => ({ ...state, id: state.memberId })) }] : [];
  return [
    { id: 'urgentRequests', kind: 'requests', lines: urgent },
    { id: 'overdue', kind: 'collaborations', lines: today.overdue },
    ...reports,
    ...actions,
    ...deliveries,
    { id: 'upcoming', kind: 'collaborations', lines: today.upcoming },
    { id: 'otherRequests', kind: 'requests', lines: other },
    { id: 'stalled', kind: 'collaborations', lines: today.stalled },
  ];
}
