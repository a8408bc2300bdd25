// The audit trail: append-only rows, each hashing the previous row's hash, so an edit or a gap shows.
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEventKind } from '../common/contract/vault.contract.js';
import type { ReadableDB, WritableDB } from './handles.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

interface AuditRow {
  seq: number;
  at: string;
  kind: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** SHA-256 over the previous hash and the row's fields, joined by a separator that JSON text cannot hold unescaped. */
export function hashAuditRow(prevHash: string, seq: number, at: string, kind: string, detailJson: string): string {
  return createHash('sha256').update([prevHash, String(seq), at, kind, detailJson].join('\n')).digest('hex');
}

/** Records an event. Detail holds facts about the event, never passphrases, keys or record contents. */
export function appendAuditEvent(db: WritableDB, kind: AuditEventKind, at: string, detail: AuditDetail = {}): number {
  const last = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    | Pick<AuditRow, 'seq' | 'hash'>
    | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const detailJson = JSON.stringify(detail);
  const hash = hashAuditRow(prevHash, seq, at, kind, detailJson);
  db.prepare('INSERT INTO audit_events (seq, at, kind, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)').run(
    seq,
    at,
    kind,
    detailJson,
    prevHash,
    hash,
  );
  return seq;
}

export function listAuditEvents(db: ReadableDB, limit: number): AuditEntry[] {
  const rows = db.prepare('SELECT seq, at, kind, detail FROM audit_events ORDER BY seq DESC LIMIT ?').all(limit) as AuditRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    kind: row.kind as AuditEntry['kind'],
    detail: JSON.parse(row.detail) as AuditEntry['detail'],
  }));
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first row whose link or content does not match, or null when the chain is whole. */
  firstBrokenSeq: number | null;
}

export function verifyAuditTrail(db: ReadableDB): AuditVerification {
  const rows = db.prepare('SELECT seq, at, kind, detail, prev_hash, hash FROM audit_events ORDER BY seq ASC').iterate() as IterableIterator<AuditRow>;
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let firstBrokenSeq: number | null = null;
  for (const row of rows) {
    const recomputed = hashAuditRow(row.prev_hash, row.seq, row.at, row.kind, row.detail);
    if (row.seq !== expectedSeq || row.prev_hash !== expectedPrev || recomputed !== row.hash) {
      firstBrokenSeq = row.seq;
      break;
    }
    expectedPrev = row.hash;
    expectedSeq += 1;
  }
  return { ok: firstBrokenSeq === null, entries: countAuditEvents(db), firstBrokenSeq };
}

function countAuditEvents(db: ReadableDB): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
}
