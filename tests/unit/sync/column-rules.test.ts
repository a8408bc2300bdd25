// Every column that travels has a rule (main/core/sync/column-rules.ts), every row a vault writes passes it, and each
// kind of value the vault could not have written makes the row bad_payload: lists that are not JSON lists, unknown
// codes, values not in the form the vault stores, unknown fixed values, dates and times in another shape.
import { beforeAll, describe, expect, it } from 'vitest';
import { isCreFailure } from '../../../common/contract/errors.js';
import type { WritableDB } from '../../../db/handles.js';
import { childColumns, readTravellingRow, type TravellingRow, travellingColumns } from '../../../db/sync-rows.js';
import { SYNC_TABLES } from '../../../db/sync-tables.js';
import { SYNCABLE_TABLES, type SyncableTable } from '../../../db/syncable.js';
import { COLUMN_RULES } from '../../../main/core/sync/column-rules.js';
import { parseTravellingRow } from '../../../main/core/sync/row-schemas.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { openTestCore } from '../../helpers/temp-vault.js';

let db: WritableDB;
const sample: Partial<Record<SyncableTable, TravellingRow>> = {};

beforeAll(async () => {
  const { core } = await openTestCore();
  await core.sample.create(300, 11);
  // The sample network has no community contacts: one community with a sensitive and a public one.
  core.communities.create(RIO_VERDE);
  db = core.vault.openVault().db;
  for (const table of SYNCABLE_TABLES) {
    const child = SYNC_TABLES[table].children[0];
    const id = (child
      ? db.prepare(`SELECT t.id FROM ${table} t JOIN ${child.table} c ON c.${child.parentColumn} = t.id AND c.${child.sensitiveFlag} = 0 WHERE t.deleted_at IS NULL LIMIT 1`)
      : db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL LIMIT 1`)
    )
      .pluck()
      .get() as string;
    sample[table] = readTravellingRow(db, table, id) ?? {};
  }
}, 120_000);

function outcome(table: string, row: TravellingRow): string {
  try {
    parseTravellingRow(db, table, row);
    return 'accepted';
  } catch (error) {
    return isCreFailure(error) ? error.code : 'untyped';
  }
}

const CHILD_TABLES = SYNCABLE_TABLES.flatMap((table) => SYNC_TABLES[table].children);
const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe('column rules', () => {
  it('has a rule for every column that travels, in every table and child table, and none for any other', () => {
    expect(sorted(Object.keys(COLUMN_RULES))).toEqual(sorted([...SYNCABLE_TABLES, ...CHILD_TABLES.map((child) => child.table)]));
    for (const table of SYNCABLE_TABLES) {
      expect(sorted(Object.keys(COLUMN_RULES[table])), table).toEqual(sorted(travellingColumns(db, table).map((c) => c.name)));
    }
    for (const child of CHILD_TABLES) {
      const rules = COLUMN_RULES[child.table as keyof typeof COLUMN_RULES];
      expect(sorted(Object.keys(rules)), child.table).toEqual(sorted(childColumns(db, child).map((c) => c.name)));
    }
  });

  it('accepts every row a vault wrote: a sample vault, every table, every row', () => {
    for (const table of SYNCABLE_TABLES) {
      const ids = db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[];
      expect(ids.length, table).toBeGreaterThan(0);
      for (const id of ids) {
        const row = readTravellingRow(db, table, id) ?? {};
        expect(outcome(table, row), `${table} ${JSON.stringify(row)}`).toBe('accepted');
      }
    }
  });

  const REFUSED: [SyncableTable, string, unknown][] = [
    // Lists: not JSON, JSON but not a list, a list of the wrong things or not as the vault stores it.
    ['collaborators', 'languages', 'not json'],
    ['collaborators', 'countries', '{"0":"ID"}'],
    ['collaborators', 'countries', '"ID"'],
    ['collaborators', 'countries', '["XX"]'],
    ['collaborators', 'countries', '["id"]'],
    ['collaborators', 'countries', '["ID","ID"]'],
    ['collaborators', 'countries', '[1]'],
    ['collaborators', 'levels', '["regional"]'],
    ['collaborators', 'strategy_areas', '["lobbying"]'],
    ['collaborators', 'languages', '["zz"]'],
    ['collaborators', 'languages', '["PT"]'],
    ['collaborators', 'expertise', '[" padded "]'],
    ['collaborators', 'expertise', '[""]'],
    ['communities', 'languages', 'null'],
    ['harmful_projects', 'sectors', '["mining"]'],
    ['harmful_projects', 'financiers', '[{"name":"Bank"}]'],
    ['harmful_projects', 'financiers', '[{"name":"Bank","projectId":"","url":"javascript:alert(1)"}]'],
    ['harmful_projects', 'public_references', '[{"title":"Page","url":"https://example.org","extra":1}]'],
    ['support_requests', 'strategy_areas', '[]'],
    ['collaborations', 'members', '[]'],
    ['collaborations', 'history', '[{"state":"proposed","at":"yesterday"}]'],
    ['collaborations', 'learnings', '[{"whatWorked":"","whatDidNot":"","strategyArea":"lobbying","text":""}]'],
    ['resources', 'strategy_areas', '[advocacy]'],
    // Fixed values.
    ['collaborators', 'kind', 'spy'],
    ['collaborators', 'vetting_status', 'approved'],
    ['collaborators', 'availability_status', 'busy'],
    ['collaborators', 'sharing', 'everyone'],
    ['collaborators', 'region', 'europe'],
    ['communities', 'country', 'XX'],
    ['communities', 'country', 'br'],
    ['harmful_projects', 'stage', 'cancelled'],
    ['harmful_projects', 'risk_category', 'D'],
    ['harmful_projects', 'investment_currency', 'usd'],
    ['support_requests', 'status', 'archived'],
    ['support_requests', 'level', 'global'],
    ['support_requests', 'urgency', 'urgent'],
    ['collaborations', 'state', 'done'],
    ['collaboration_activities', 'kind', 'call'],
    ['resources', 'type', 'book'],
    ['resources', 'sharing', 'public'],
    ['attachments', 'media_type', 'application/x-msdownload'],
    // Dates and times in another shape.
    ['collaborators', 'vetting_date', '29/11/2026'],
    ['collaborators', 'available_until', '2026-02-30'],
    ['struggles', 'since', '2026-11-29T00:00:00.000Z'],
    ['support_requests', 'deadline', 'soon'],
    ['collaboration_activities', 'date', '2026-13-01'],
    ['communities', 'created_at', '2026-11-29 18:00:00'],
    ['resources', 'updated_at', '2026-11-29'],
    // Ids, numbers, text beyond what a form takes, and columns a live row never sets.
    ['struggles', 'community_id', 'not-a-uuid'],
    ['communities', 'latitude', 91],
    ['attachments', 'sha256', 'ABC'],
    ['attachments', 'size', -1],
    ['attachments', 'chunk_size', 0],
    ['collaborators', 'name', ''],
    ['collaborators', 'name', 'x'.repeat(201)],
    ['collaborators', 'merged_into', '0190a6f4-0000-7000-8000-000000000000'],
    // Grants (schema 11): lists, fixed values, the blind flag, amounts in cents, wall-clock times and objects as stored.
    ['grant_calls', 'regions', '["global"]'],
    ['grant_calls', 'regions', '["africa","africa"]'],
    ['grant_calls', 'kind', 'invited'],
    ['grant_calls', 'state', 'cancelled'],
    ['grant_calls', 'blind', true],
    ['grant_calls', 'blind', 2],
    ['grant_calls', 'opens_at', '2026-03-01 09:00'],
    ['grant_calls', 'time_zone', 'Mars/Olympus_Mons'],
    ['grant_calls', 'currency', 'usd'],
    ['grant_calls', 'ceiling', 100.005],
    ['grant_calls', 'quorum', 0],
    ['grant_calls', 'texts', '[{"language":"de","title":"Aufruf","text":""}]'],
    ['grant_calls', 'history', '[]'],
    ['grant_applications', 'channel', 'fax'],
    ['grant_applications', 'state', 'funded'],
    ['grant_applications', 'letter_language', 'de'],
    ['grant_applications', 'budget', '[]'],
    ['grant_applications', 'documents', '[{"attachmentId":"0190a6f4-0000-7000-8000-000000000000"}]'],
    ['grant_applications', 'amount_requested', -1],
    ['grant_applications', 'received_at', 'yesterday'],
    ['grant_reviews', 'declaration', 'maybe'],
    ['grant_reviews', 'kind', 'jury'],
    ['grant_reviews', 'scores', '[{"criterionId":"impact","score":6,"comment":""}]'],
    ['grant_reviews', 'scores', '[{"criterionId":"impact","score":4}]'],
    ['grant_meetings', 'decisions', '[{"applicationId":"0190a6f4-0000-7000-8000-000000000000","decision":"awarded","rationale":"x","amount":null}]'],
    ['grant_meetings', 'attendees', '[]'],
    ['grant_awards', 'tranches', '[{"id":"first","amount":100,"dueDate":"2026-05-01","condition":"none"}]'],
    ['grant_awards', 'awarded_on', '01/05/2026'],
    ['grant_reports', 'state', 'late'],
    ['grant_reports', 'number', 0],
    ['grant_payments', 'method', 'crypto'],
    ['grant_payments', 'amount', 0],
    // Consultations (schema 12): feedback as stored (no sensitive flag), items once, days, channels.
    ['consultations', 'channel', 'fax'],
    ['consultations', 'starts_on', '10/12/2025'],
    ['consultations', 'feedback', '[{"id":"heard-1","theme":"Security","text":"x","quote":"","quoteSensitive":true}]'],
    ['consultations', 'feedback', '[{"id":"heard-1","theme":"Security","text":"x"}]'],
    ['consultations', 'feedback', '[{"id":"a","theme":"t","text":"x","quote":""},{"id":"a","theme":"t","text":"y","quote":""}]'],
    ['consultations', 'actions', '[{"id":"a","text":"Call back","owner":"","dueOn":null,"doneOn":null}]'],
    ['consultations', 'community_ids', '["not-a-uuid"]'],
  ];

  it.each(REFUSED)('refuses %s.%s = %j as bad_payload', (table, column, bad) => {
    const row = sample[table] ?? {};
    expect(column in row, `${table}.${column} travels`).toBe(true);
    expect(outcome(table, { ...row, [column]: bad })).toBe('bad_payload');
  });

  it('refuses a child row with a value its vault could not have written', () => {
    const row = sample.collaborators ?? {};
    const contacts = row['collaborator_contacts'] as TravellingRow[];
    for (const bad of [{ type: 'fax' }, { sensitive: 1 }, { position: -1 }, { value: '' }, { id: 'contact-1' }]) {
      expect(outcome('collaborators', { ...row, collaborator_contacts: contacts.map((c) => ({ ...c, ...bad })) }), JSON.stringify(bad)).toBe('bad_payload');
    }
  });

  it('accepts what a vault writes in the same columns: empty lists, nulls where the record allows them', () => {
    const row = sample.collaborators ?? {};
    expect(outcome('collaborators', { ...row, languages: '[]', expertise: '[]', vetting_date: null, available_until: null })).toBe('accepted');
    expect(outcome('harmful_projects', { ...sample.harmful_projects, risk_category: null, investment_amount: null, investment_currency: null })).toBe('accepted');
    expect(outcome('communities', { ...sample.communities, latitude: null, longitude: null })).toBe('accepted');
    expect(outcome('grant_calls', { ...sample.grant_calls, blind: 1, targets: '[]', eligibility: '[]', required_documents: '[]' })).toBe('accepted');
    expect(outcome('grant_applications', { ...sample.grant_applications, approved_amount: null, meeting_id: null, translation_language: null })).toBe('accepted');
  });

  it('refuses a consultation that ends before it starts, and never takes its sensitive quotes from a bundle', () => {
    const row = sample.consultations ?? {};
    expect(outcome('consultations', { ...row, starts_on: '2026-01-10', ends_on: '2026-01-09' })).toBe('bad_payload');
    expect(outcome('consultations', { ...row, starts_on: '2026-01-10', ends_on: '2026-01-10' })).toBe('accepted');
    expect(outcome('consultations', { ...row, sensitive_quotes: '[]' })).toBe('bad_payload');
  });

  it('never takes an applicant’s contacts from a bundle: the column is sensitive', () => {
    expect(outcome('grant_applications', { ...sample.grant_applications, contacts: '[]' })).toBe('bad_payload');
  });
});
