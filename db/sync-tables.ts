// How each syncable table takes part in bundles: whose sharing and region decide where a row may travel, its child
// rows, its sensitive columns, and what a write must also keep up to date. A new syncable table does not compile
// until it declares itself here.
import { indexCollaboratorText } from './collaborators.repo.js';
import type { WritableDB } from './handles.js';
import { SYNCABLE_TABLES, type SyncableTable } from './syncable.js';

export interface SyncChildTable {
  table: string;
  /** The column naming the parent's id. */
  parentColumn: string;
  /** The 0/1 column marking a sensitive child row: those rows never travel. */
  sensitiveFlag: string;
}

export interface SyncTableDescriptor {
  table: SyncableTable;
  /**
   * Joins from the row (alias `t`) to the row that carries its consent (alias `o`); empty when the row carries its own.
   * A row travels again whenever its consent row changed, so a community opened to its region brings its struggles.
   */
  consentJoin: string;
  /**
   * The aliases of the joined rows whose change makes the row travel again; `o` when omitted (and none without a join).
   * A row whose consent depends on two joined rows (a grant application: its community and its call) names both.
   */
  consentRows?: readonly string[];
  /** SQL for the consent row's sharing level and region. */
  sharing: string;
  region: string;
  /** Columns that never leave the vault they were written in; the receiver keeps its own values. */
  sensitiveColumns: readonly string[];
  children: readonly SyncChildTable[];
  /** Called after a row was written from a bundle or a conflict's resolution, with its rowid (the change journal is noted by the writer). */
  afterWrite?: (db: WritableDB, seq: number, inserted: boolean, row: Record<string, unknown>) => void;
}

const viaCommunity = { consentJoin: 'JOIN communities o ON o.id = t.community_id', sharing: 'o.sharing', region: 'o.region' };
const own = { consentJoin: '', sharing: 't.sharing', region: 't.region' };
const none = { sensitiveColumns: [], children: [] } as const;

// Grants (schema 11). A facilitator's vault holds the calls open to its region, the applications of its region's shared
// communities with what follows them (awards, reports, payments), and its own reviews; the secretariat holds everything.
// Every row a facilitator receives finds the rows it points at there too: an application travels only with its call.

/** SQL: whether call `c` is open to `region` (one of its `regions`). */
const callOpenTo = (call: string, region: string) => `EXISTS (SELECT 1 FROM json_each(${call}.regions) r WHERE r.value = ${region})`;
/**
 * An application and its award, reports and payments: at most regional, whatever its community's sharing (a grant is
 * not a network-wide record), in its community's region, and only while its call is open to that region.
 */
const viaApplication = (join: string, app: string) => ({
  consentJoin: `${join} JOIN communities o ON o.id = ${app}.community_id JOIN grant_calls c ON c.id = ${app}.call_id`.trim(),
  consentRows: ['o', 'c'],
  sharing: `(CASE WHEN o.sharing <> 'secretariat' AND ${callOpenTo('c', 'o.region')} THEN 'regional' ELSE 'secretariat' END)`,
  region: 'o.region',
  ...none,
});
const application = viaApplication('JOIN grant_applications a ON a.id = t.application_id', 'a');
const award = viaApplication('JOIN grant_awards w ON w.id = t.award_id JOIN grant_applications a ON a.id = w.application_id', 'a');

const grantTables = {
  grant_calls: {
    table: 'grant_calls',
    consentJoin: '',
    sharing: `(CASE WHEN ${callOpenTo('t', '@region')} THEN 'regional' ELSE 'secretariat' END)`,
    region: '@region',
    ...none,
  },
  // Applicant contacts never leave the vault they were entered in.
  grant_applications: {
    table: 'grant_applications',
    ...viaApplication('', 't'),
    sensitiveColumns: ['contacts'],
  },
  // A review reaches only its reviewer, in a bundle addressed to them alone: nobody else's scores reach a facilitator.
  grant_reviews: {
    table: 'grant_reviews',
    ...application,
    sharing: `(CASE WHEN ${application.sharing} = 'regional' AND json_array_length(@recipients) = 1
      AND t.reviewer_vault_id IN (SELECT value FROM json_each(@recipients)) THEN 'regional' ELSE 'secretariat' END)`,
  },
  // Minutes stay with the secretariat; the decisions reach the facilitators on the applications.
  grant_meetings: { table: 'grant_meetings', consentJoin: '', sharing: "'secretariat'", region: "'global'", ...none },
  grant_awards: { table: 'grant_awards', ...application },
  grant_reports: { table: 'grant_reports', ...award },
  grant_payments: { table: 'grant_payments', ...award },
} as const satisfies Record<Extract<SyncableTable, `grant_${string}`>, SyncTableDescriptor>;

export const SYNC_TABLES: Readonly<Record<SyncableTable, SyncTableDescriptor>> = {
  collaborators: {
    table: 'collaborators',
    ...own,
    sensitiveColumns: ['risk_notes'],
    children: [{ table: 'collaborator_contacts', parentColumn: 'collaborator_id', sensitiveFlag: 'sensitive' }],
    // The text index has no insert trigger (schema 3): a new row is indexed by the repository's one writer of it.
    afterWrite(db, seq, inserted, row) {
      if (inserted) indexCollaboratorText(db, seq, { name: row['name'], expertise: row['expertise'], notes: row['notes'] });
    },
  },
  communities: {
    table: 'communities',
    ...own,
    sensitiveColumns: [],
    children: [{ table: 'community_contacts', parentColumn: 'community_id', sensitiveFlag: 'sensitive' }],
  },
  // Harmful projects are public facts about public projects: network-wide, in their own region.
  harmful_projects: { table: 'harmful_projects', consentJoin: '', sharing: "'network'", region: 't.region', ...none },
  struggles: { table: 'struggles', ...viaCommunity, ...none },
  support_requests: { table: 'support_requests', ...viaCommunity, ...none },
  collaborations: { table: 'collaborations', ...viaCommunity, ...none },
  collaboration_activities: {
    table: 'collaboration_activities',
    consentJoin: 'JOIN collaborations p ON p.id = t.collaboration_id JOIN communities o ON o.id = p.community_id',
    sharing: 'o.sharing',
    region: 'o.region',
    ...none,
  },
  // Resources have no region: a regional resource belongs to the secretariat's own team and stays there.
  resources: { table: 'resources', consentJoin: '', sharing: 't.sharing', region: "'global'", ...none },
  attachments: { table: 'attachments', consentJoin: 'JOIN resources o ON o.id = t.resource_id', sharing: 'o.sharing', region: "'global'", ...none },
  ...grantTables,
  // A consultation carries its own sharing and region. Quotes that identify someone never travel.
  consultations: { table: 'consultations', ...own, sensitiveColumns: ['sensitive_quotes'], children: [] },
};

/** The order rows travel in: parents before the rows that point at them. */
export const SYNC_ORDER: readonly SyncableTable[] = SYNCABLE_TABLES;
