// The reads behind the Today view: open collaborations of live communities with their last movement, and new requests.
import type { Today } from '../common/community/today.schema.js';
import type { ReadableDB } from './handles.js';

export type OpenCollaborationLine = Today['overdue'][number];
export type NewRequestLine = Today['newRequests'][number];

/** Collaborations that are still open: a follow-up or a silence matters only for these. */
const OPEN_STATES = `('proposed', 'introduced', 'active', 'paused')`;

/**
 * Live open collaborations of live communities, oldest first. The last movement is the latest of its last live
 * activity's date and its last lifecycle step's day.
 */
export function listOpenCollaborationLines(db: ReadableDB): OpenCollaborationLine[] {
  return db
    .prepare(
      `SELECT k.id, c.name AS communityName, k.owner, k.state, k.next_follow_up AS nextFollowUp,
         max(coalesce((SELECT max(a.date) FROM collaboration_activities a WHERE a.collaboration_id = k.id AND a.deleted_at IS NULL), ''),
             substr(json_extract(k.history, '$[#-1].at'), 1, 10)) AS lastMovement
       FROM collaborations k JOIN communities c ON c.id = k.community_id
       WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.state IN ${OPEN_STATES}
       ORDER BY k.seq`,
    )
    .all() as OpenCollaborationLine[];
}

/** Live requests still marked new, of live communities: most urgent first, then by deadline (none last), then oldest. */
export function listNewRequestLines(db: ReadableDB): NewRequestLine[] {
  return db
    .prepare(
      `SELECT r.id, c.name AS communityName, r.urgency, r.deadline, r.status FROM support_requests r JOIN communities c ON c.id = r.community_id
       WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.status = 'new'
       ORDER BY CASE r.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, r.deadline IS NULL, r.deadline, r.seq`,
    )
    .all() as NewRequestLine[];
}
