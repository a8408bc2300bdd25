// The purge at expiry: each packet past its expiry loses its content, files and chunks in one audited transaction (its
// title, dates and the member's own response stay); then the WAL is checkpointed and emptied, so that no older copy of
// a page outlives the purge. secure_delete (db/connection.ts) zeroes the freed cells and pages themselves.
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { checkpointAfterPurge, listExpiredInboxPackets, purgeInboxPacket } from '../../../db/inbox.repo.js';

/** Purges every packet whose expiry is at or before `now` (ms) and not purged yet; answers how many. */
export function purgeExpiredPackets(db: WritableDB, now: number): number {
  const at = new Date(now).toISOString();
  const expired = listExpiredInboxPackets(db, at);
  for (const packetId of expired) {
    inTransaction(db, () => {
      purgeInboxPacket(db, packetId, at);
      appendAuditEvent(db, 'packet_purged', at, { packetId });
    });
  }
  if (expired.length > 0) checkpointAfterPurge(db);
  return expired.length;
}
