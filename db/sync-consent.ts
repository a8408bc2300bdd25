// The consent SQL of sync bundles: which rows of a table travel to a scope's recipients since a cursor, and which
// changed rows consent keeps in this vault. The scope itself is decided in main/core/sync/sync-scope.ts.
import type { Region } from '../common/roster/taxonomy.js';
import type { ReadableDB } from './handles.js';
import type { VersionVector } from './sync.repo.js';
import { countRows, readTravellingBatch, type TravellingRow } from './sync-rows.js';
import { SYNC_TABLES } from './sync-tables.js';
import type { SyncableTable } from './syncable.js';

export type SyncScope =
  /** Secretariat → the facilitator(s) of `region`: network-wide rows, and regional rows of that region. */
  | { kind: 'region'; region: Region; recipientVaultIds: string[] }
  /** Facilitator → secretariat: the rows this vault wrote last. */
  | { kind: 'own'; selfVaultId: string }
  /**
   * Facilitator → facilitator(s) of `region`: one collaboration, its activities and the rows it links to, each under the
   * consent a bundle from the secretariat to `region` would apply.
   */
  | { kind: 'collaboration'; collaborationId: string; region: Region; recipientVaultIds: string[] };

const after = (alias: string) => `${alias}.hlc > coalesce(json_extract(@cursor, '$."' || ${alias}.changed_by || '"'), '')`;

/**
 * SQL (over `t` and its consent row `o`) for the rows of `table` in scope and changed since the cursor, split into
 * those that travel and those consent withholds. Parameters: @cursor (JSON), and @region/@recipients or @self.
 */
function scopeClauses(table: SyncableTable, scope: SyncScope): { travel: string; withheld: string | null } {
  const d = SYNC_TABLES[table];
  if (scope.kind === 'own') return { travel: `t.changed_by = @self AND ${after('t')}`, withheld: null };
  if (scope.kind === 'collaboration') return collaborationClauses(table);
  const consentRows = d.consentRows ?? (d.consentJoin ? ['o'] : []);
  const changed = consentRows.length ? `(${['t', ...consentRows].map(after).join(' OR ')})` : after('t');
  const base = `${changed} AND t.changed_by NOT IN (SELECT value FROM json_each(@recipients))`;
  const consent = `(${d.sharing} = 'network' OR (${d.sharing} = 'regional' AND ${d.region} = @region))`;
  return { travel: `${base} AND ${consent}`, withheld: `${base} AND NOT ${consent}` };
}

/** SQL: whether consent lets the row whose sharing and region these are reach the facilitators of @region. */
const consentFor = (sharing: string, region: string) => `(${sharing} = 'network' OR (${sharing} = 'regional' AND ${region} = @region))`;
const notByRecipients = (alias: string) => `${alias}.changed_by NOT IN (SELECT value FROM json_each(@recipients))`;

/**
 * The ids of `table` a collaboration reaches: the collaboration, its activities, its community, the request it answers
 * and its members (collaborators). No other table (attachments included: a collaboration links to no resource).
 */
const COLLABORATION_REACH: Partial<Record<SyncableTable, string>> = {
  collaborations: `t.id = @collaboration`,
  collaboration_activities: `t.collaboration_id = @collaboration`,
  communities: `t.id = (SELECT community_id FROM collaborations WHERE id = @collaboration)`,
  support_requests: `t.id = (SELECT request_id FROM collaborations WHERE id = @collaboration)`,
  collaborators: `t.id IN (SELECT json_extract(m.value, '$.collaboratorId') FROM collaborations k, json_each(k.members) m WHERE k.id = @collaboration)`,
};

/**
 * SQL: whether the collaboration may travel at all: its community passes consent for @region, and every live member
 * the recipients did not write last passes it too (the receiver must find the collaboration's links). When it may not,
 * nothing of it travels: every reachable row is withheld. (CROSS JOIN: each member looked up by id, never a scan.)
 */
const COLLABORATION_TRAVELS = `EXISTS (SELECT 1 FROM collaborations k JOIN communities kc ON kc.id = k.community_id
  WHERE k.id = @collaboration AND ${consentFor('kc.sharing', 'kc.region')}
    AND NOT EXISTS (SELECT 1 FROM json_each(k.members) m CROSS JOIN collaborators kb ON kb.id = json_extract(m.value, '$.collaboratorId')
      WHERE k.deleted_at IS NULL AND kb.deleted_at IS NULL AND ${notByRecipients('kb')} AND NOT ${consentFor('kb.sharing', 'kb.region')}))`;

/**
 * The 'collaboration' scope: the rows the collaboration reaches, changed since the cursor (or the collaboration itself
 * changed: a new member brings its collaborator), not written last by a recipient, under the consent of a bundle from
 * the secretariat to @region.
 */
function collaborationClauses(table: SyncableTable): { travel: string; withheld: string | null } {
  const reach = COLLABORATION_REACH[table];
  if (!reach) return { travel: '0', withheld: null };
  const d = SYNC_TABLES[table];
  const consentRows = d.consentRows ?? (d.consentJoin ? ['o'] : []);
  const collaborationChanged = `EXISTS (SELECT 1 FROM collaborations k WHERE k.id = @collaboration AND ${after('k')})`;
  const changed = `(${[...['t', ...consentRows].map(after), collaborationChanged].join(' OR ')})`;
  const base = `${reach} AND ${changed} AND ${notByRecipients('t')}`;
  const consent = `(${consentFor(d.sharing, d.region)} AND ${COLLABORATION_TRAVELS})`;
  return { travel: `${base} AND ${consent}`, withheld: `${base} AND NOT ${consent}` };
}

function scopeParams(scope: SyncScope, cursor: VersionVector): Record<string, unknown> {
  const common = { cursor: JSON.stringify(cursor) };
  if (scope.kind === 'own') return { ...common, self: scope.selfVaultId };
  const region = { ...common, region: scope.region, recipients: JSON.stringify(scope.recipientVaultIds) };
  return scope.kind === 'collaboration' ? { ...region, collaboration: scope.collaborationId } : region;
}

export interface ScopedCount {
  /** Rows that travel, tombstones included. */
  rows: number;
  tombstones: number;
  /** Changed rows consent keeps in this vault. */
  withheld: number;
}

/** How many rows of `table` changed since `cursor` travel to `scope`, and how many consent keeps back. */
export function countScopedRows(db: ReadableDB, table: SyncableTable, scope: SyncScope, cursor: VersionVector): ScopedCount {
  const params = scopeParams(scope, cursor);
  const { travel, withheld } = scopeClauses(table, scope);
  const counted = countRows(db, table, travel, params);
  return { ...counted, withheld: withheld ? countRows(db, table, withheld, params).rows : 0 };
}

/** The live attachments whose bytes travel to `scope`, and their bytes (empty files carry no bytes). */
export function countScopedFiles(db: ReadableDB, scope: SyncScope, cursor: VersionVector): { count: number; bytes: number } {
  const { travel } = scopeClauses('attachments', scope);
  return db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(t.size), 0) AS bytes FROM attachments t ${SYNC_TABLES.attachments.consentJoin}
       WHERE t.deleted_at IS NULL AND t.size > 0 AND ${travel}`,
    )
    .get(scopeParams(scope, cursor)) as { count: number; bytes: number };
}

/** One batch of the rows of `table` that travel to `scope`, after rowid `after`, stripped to what travels. */
export function readScopedBatch(
  db: ReadableDB,
  table: SyncableTable,
  scope: SyncScope,
  cursor: VersionVector,
  after: number,
  limit: number,
): { rows: TravellingRow[]; last: number } {
  return readTravellingBatch(db, table, scopeClauses(table, scope).travel, scopeParams(scope, cursor), after, limit);
}

/** What a collaboration links to in this vault: what a bundle limited to it may carry besides it and its activities. */
export interface CollaborationLinks {
  communityId: string;
  requestId: string | null;
  memberIds: string[];
}

/** The links of this vault's copy of a collaboration (tombstone included); null when the vault does not have it. */
export function readCollaborationLinks(db: ReadableDB, id: string): CollaborationLinks | null {
  const row = db.prepare('SELECT community_id, request_id, members FROM collaborations WHERE id = ?').get(id) as
    | { community_id: string; request_id: string | null; members: string }
    | undefined;
  if (!row) return null;
  return { communityId: row.community_id, requestId: row.request_id, memberIds: memberIdsOf(row.members) };
}

/** The collaborator ids of a collaboration's `members` column as stored (JSON text). */
export function memberIdsOf(members: string): string[] {
  const parsed: unknown = JSON.parse(members);
  return Array.isArray(parsed) ? parsed.map((m) => String((m as { collaboratorId?: unknown }).collaboratorId)) : [];
}

/** The sharing and region of this vault's copy of a community or collaborator; null when it does not have it. */
export function readOwnConsent(db: ReadableDB, table: 'communities' | 'collaborators', id: string): { sharing: string; region: string } | null {
  return (db.prepare(`SELECT sharing, region FROM ${table} WHERE id = ?`).get(id) as { sharing: string; region: string } | undefined) ?? null;
}

/** The collaboration of this vault's copy of an activity; null when it does not have it. */
export function readActivityCollaboration(db: ReadableDB, activityId: string): string | null {
  return (db.prepare('SELECT collaboration_id FROM collaboration_activities WHERE id = ?').pluck().get(activityId) as string | undefined) ?? null;
}

/** For sync_holders (db/sync-holders.ts): `FROM … WHERE …` over `t` of the rows of `table` that travel to `scope` since `cursor`, with its parameters. */
export function scopedTravelSql(table: SyncableTable, scope: SyncScope, cursor: VersionVector): { from: string; params: Record<string, unknown> } {
  return { from: `${table} t ${SYNC_TABLES[table].consentJoin} WHERE ${scopeClauses(table, scope).travel}`, params: scopeParams(scope, cursor) };
}

/**
 * For withdrawals (db/sync-holders.ts): SQL over `t` and its consent rows for whether consent lets the facilitators of
 * @region hold the row at all, whoever wrote it and whenever (parameters @region, @recipients).
 */
export function regionConsentSql(table: SyncableTable): string {
  const d = SYNC_TABLES[table];
  return consentFor(d.sharing, d.region);
}
