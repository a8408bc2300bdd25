// What each column of a row from a bundle may hold, taken from the records' own schemas (the ones every write of the
// vault goes through), so a bundle can only carry values the vault could have written itself.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { hlcTextSchema } from '../../../common/bundles/manifest.schema.js';
import {
  activityInputSchema,
  activitySchema,
  collaborationInputSchema,
  collaborationStateSchema,
  stateChangeSchema,
} from '../../../common/community/collaboration.schema.js';
import { communityInputSchema, harmfulProjectInputSchema, struggleInputSchema } from '../../../common/community/community.schema.js';
import { supportRequestInputSchema } from '../../../common/community/request.schema.js';
import { attachmentSchema, ATTACHMENT_CHUNK_BYTES, MAX_ATTACHMENT_BYTES, resourceInputSchema } from '../../../common/resources/resource.schema.js';
import { collaboratorInputSchema, contactInputSchema } from '../../../common/roster/collaborator.schema.js';
import { regionSchema } from '../../../common/roster/taxonomy.js';
import type { SyncableTable } from '../../../db/syncable.js';
import { MEDIA_TYPES } from '../resources/media-types.js';
import { CONSULTATION_COLUMN_RULES } from './consultation-column-rules.js';
import { GRANT_COLUMN_RULES } from './grant-column-rules.js';

/**
 * A column's rule: the record schema its value must pass unchanged (already trimmed, upper-cased, deduplicated…, as the
 * vault stores it). A `list` column holds the JSON text of that list, never the list itself.
 */
export interface ColumnRule {
  readonly schema: z.ZodType;
  readonly list: boolean;
}

const value = (schema: z.ZodType): ColumnRule => ({ schema, list: false });
const list = (schema: z.ZodType): ColumnRule => ({ schema, list: true });

/** Whether `candidate` is a value `rule` allows, in the form the vault stores it. */
export function acceptsStored(rule: ColumnRule, candidate: unknown): boolean {
  let decoded = candidate;
  if (rule.list) {
    if (typeof candidate !== 'string') return false;
    try {
      decoded = JSON.parse(candidate);
    } catch {
      return false;
    }
    if (!Array.isArray(decoded)) return false;
  }
  const parsed = rule.schema.safeParse(decoded);
  return parsed.success && isDeepStrictEqual(parsed.data, decoded);
}

const isoTime = z.iso.datetime();
const uuid = z.uuid();

/** The columns every syncable table has (db/syncable.ts); a live row travels with `deleted_at` null. */
const SYNC_COLUMNS = {
  id: value(uuid),
  created_at: value(isoTime),
  updated_at: value(isoTime),
  hlc: value(hlcTextSchema),
  changed_by: value(uuid),
  deleted_at: value(z.null()),
} as const;

const collaborator = collaboratorInputSchema.shape;
const community = communityInputSchema.shape;
const coordinates = community.coordinates.unwrap().unwrap().shape;
const project = harmfulProjectInputSchema.shape;
const investment = project.investment.unwrap().unwrap().shape;
const struggle = struggleInputSchema.shape;
const request = supportRequestInputSchema.shape;
const collaboration = collaborationInputSchema.shape;
const activity = activityInputSchema.shape;
const resource = resourceInputSchema.shape;
const attachment = attachmentSchema.shape;

/** Contact channels of collaborators and communities, as they travel: sensitive ones never do. */
const CONTACT_COLUMNS = {
  id: value(uuid),
  position: value(z.number().int().min(0)),
  type: value(contactInputSchema.shape.type),
  value: value(contactInputSchema.shape.value.unwrap()),
  note: value(contactInputSchema.shape.note),
  sensitive: value(z.literal(0)),
} as const;

type RuleTable = SyncableTable | 'collaborator_contacts' | 'community_contacts';

/**
 * Every column that travels, per table and child table. A column without a rule refuses to build its table's row
 * schema, and tests/unit/sync/column-rules.test.ts compares these keys with the vault's columns.
 */
export const COLUMN_RULES: Readonly<Record<RuleTable, Readonly<Record<string, ColumnRule>>>> = {
  collaborators: {
    ...SYNC_COLUMNS,
    name: value(collaborator.name),
    kind: value(collaborator.kind),
    region: value(regionSchema),
    countries: list(collaborator.countries),
    levels: list(collaborator.levels),
    strategy_areas: list(collaborator.strategyAreas),
    expertise: list(collaborator.expertise),
    languages: list(collaborator.languages),
    vetting_status: value(collaborator.vetting.shape.status),
    vetting_vouched_by: value(collaborator.vetting.shape.vouchedBy),
    vetting_date: value(collaborator.vetting.shape.date),
    vetting_note: value(collaborator.vetting.shape.note),
    availability_status: value(collaborator.availability.shape.status),
    available_until: value(collaborator.availability.shape.until),
    sharing: value(collaborator.sharing),
    notes: value(collaborator.notes),
    // Only the tombstone of an entry merged into another names the survivor, and tombstones travel bare.
    merged_into: value(z.null()),
  },
  collaborator_contacts: CONTACT_COLUMNS,
  communities: {
    ...SYNC_COLUMNS,
    name: value(community.name),
    country: value(community.country),
    area: value(community.area),
    latitude: value(coordinates.latitude.nullable()),
    longitude: value(coordinates.longitude.nullable()),
    region: value(regionSchema),
    languages: list(community.languages),
    sharing: value(community.sharing),
    notes: value(community.notes),
  },
  community_contacts: CONTACT_COLUMNS,
  harmful_projects: {
    ...SYNC_COLUMNS,
    name: value(project.name),
    country: value(project.country),
    location: value(project.location),
    region: value(regionSchema),
    sectors: list(project.sectors),
    financiers: list(project.financiers),
    companies: list(project.companies),
    stage: value(project.stage),
    risk_category: value(project.riskCategory),
    investment_amount: value(investment.amount.nullable()),
    investment_currency: value(investment.currency.nullable()),
    board_date: value(project.boardDate),
    public_references: list(project.references),
    notes: value(project.notes),
  },
  struggles: {
    ...SYNC_COLUMNS,
    community_id: value(struggle.communityId),
    project_id: value(struggle.projectId),
    resisting: value(struggle.resisting),
    since: value(struggle.since),
    notes: value(struggle.notes),
  },
  support_requests: {
    ...SYNC_COLUMNS,
    community_id: value(request.communityId),
    struggle_id: value(request.struggleId),
    strategy_areas: list(request.strategyAreas),
    level: value(request.level),
    languages: list(request.languages),
    urgency: value(request.urgency),
    deadline: value(request.deadline),
    description: value(request.description),
    status: value(request.status),
  },
  collaborations: {
    ...SYNC_COLUMNS,
    community_id: value(collaboration.communityId),
    request_id: value(collaboration.requestId),
    members: list(collaboration.members),
    owner: value(collaboration.owner),
    state: value(collaborationStateSchema),
    // Every state it entered, stamped with the time of the change that moved it there; it starts proposed.
    history: list(z.array(stateChangeSchema.extend({ at: isoTime })).min(1)),
    next_follow_up: value(collaboration.nextFollowUp),
    outcomes: value(collaboration.outcomes),
    learnings: list(collaboration.learnings),
  },
  collaboration_activities: {
    ...SYNC_COLUMNS,
    collaboration_id: value(activitySchema.shape.collaborationId),
    kind: value(activity.kind),
    date: value(activity.date),
    text: value(activity.text),
  },
  resources: {
    ...SYNC_COLUMNS,
    title: value(resource.title),
    type: value(resource.type),
    strategy_areas: list(resource.strategyAreas),
    languages: list(resource.languages),
    summary: value(resource.summary),
    sharing: value(resource.sharing),
  },
  attachments: {
    ...SYNC_COLUMNS,
    resource_id: value(attachment.resourceId),
    file_name: value(attachment.fileName),
    media_type: value(z.string().refine((type) => MEDIA_TYPES.has(type))),
    size: value(attachment.size.max(MAX_ATTACHMENT_BYTES)),
    sha256: value(attachment.sha256),
    chunk_size: value(z.number().int().min(1).max(ATTACHMENT_CHUNK_BYTES)),
  },
  grant_calls: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_calls },
  grant_applications: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_applications },
  grant_reviews: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_reviews },
  grant_meetings: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_meetings },
  grant_awards: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_awards },
  grant_reports: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_reports },
  grant_payments: { ...SYNC_COLUMNS, ...GRANT_COLUMN_RULES.grant_payments },
  consultations: { ...SYNC_COLUMNS, ...CONSULTATION_COLUMN_RULES.consultations },
};

/** The rule of `table`.`column`, or undefined when there is none. */
export function columnRule(table: string, column: string): ColumnRule | undefined {
  const rules: Readonly<Record<string, Readonly<Record<string, ColumnRule>> | undefined>> = COLUMN_RULES;
  const ofTable = Object.hasOwn(rules, table) ? rules[table] : undefined;
  return ofTable && Object.hasOwn(ofTable, column) ? ofTable[column] : undefined;
}
