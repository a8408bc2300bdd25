// Reads the few facts an audit entry's detail carries that are worth a word in the activity list.
import { lockReasonSchema, type LockReason } from '../../../common/contract/events.contract.js';
import type { AuditEntry } from '../../../common/contract/vault.contract.js';

export type AuditDetailView = { type: 'lockReason'; reason: LockReason } | { type: 'autoLock'; minutes: number | null } | null;

export function auditDetail(entry: AuditEntry): AuditDetailView {
  if (entry.kind === 'vault_locked') {
    const reason = lockReasonSchema.safeParse(entry.detail['reason']);
    return reason.success ? { type: 'lockReason', reason: reason.data } : null;
  }
  if (entry.kind === 'auto_lock_changed' && 'minutes' in entry.detail) {
    const minutes = entry.detail['minutes'];
    if (minutes === null) return { type: 'autoLock', minutes: null };
    if (typeof minutes === 'number') return { type: 'autoLock', minutes };
  }
  return null;
}
