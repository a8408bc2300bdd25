// Refused bundle files, counted per UTC day, sender claim and error code (schema 10): however many junk files arrive,
// a day adds a bounded number of rows to the history and to the audit trail.
import { appendAuditEvent } from './audit.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { nextHistoryOrder } from './sync.repo.js';

/** The claim recorded when the manifest could not be read, or when the day already keeps as many claims apart as it may. */
export const UNKNOWN_CLAIM = 'unknown';

/**
 * Distinct sender claims kept apart per day. A claim is whatever vault id a manifest names, so a file sealed to this
 * vault could name a new one each time; past this many in a day, further new claims are counted as unknown.
 */
export const MAX_CLAIMS_PER_DAY = 16;

export interface BundleRefusal {
  /** The error code that refused the file. */
  code: string;
  /** The sender vault id the manifest claims (never checked: the file was refused), or null when it could not be read. */
  claim: string | null;
  at: string;
  bytes: number;
}

function keptClaim(db: ReadableDB, day: string, claim: string | null): string {
  if (claim === null) return UNKNOWN_CLAIM;
  const known = db.prepare('SELECT 1 FROM bundle_refusals WHERE day = ? AND sender_claim = ? LIMIT 1').get(day, claim);
  if (known) return claim;
  const claims = db
    .prepare('SELECT count(DISTINCT sender_claim) FROM bundle_refusals WHERE day = ? AND sender_claim <> ?')
    .pluck()
    .get(day, UNKNOWN_CLAIM) as number;
  return claims < MAX_CLAIMS_PER_DAY ? claim : UNKNOWN_CLAIM;
}

/**
 * Counts one refused file, in one transaction with its audit entry. The audit trail gets an entry (its code only) for
 * the first refusal of a day, claim and code; the count says how many followed.
 */
export function recordBundleRefusal(db: WritableDB, refusal: BundleRefusal): void {
  db.transaction(() => {
    const day = refusal.at.slice(0, 10);
    const claim = keptClaim(db, day, refusal.claim);
    const bytes = Math.max(0, Math.trunc(refusal.bytes));
    const added = db
      .prepare(
        `INSERT INTO bundle_refusals (day, sender_claim, code, count, bytes, first_at, last_at, list_order)
         VALUES (@day, @claim, @code, 1, @bytes, @at, @at, @order)
         ON CONFLICT (day, sender_claim, code) DO UPDATE SET
           count = count + 1, bytes = bytes + excluded.bytes, last_at = max(last_at, excluded.last_at), list_order = excluded.list_order
         RETURNING count`,
      )
      .pluck()
      .get({ day, claim, code: refusal.code, bytes, at: refusal.at, order: nextHistoryOrder(db) }) as number;
    if (added === 1) appendAuditEvent(db, 'bundle_refused', refusal.at, { code: refusal.code });
  })();
}
