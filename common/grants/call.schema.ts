// Small-grant calls: open or targeted, their texts in the network's languages, eligibility checklist, deadline with its
// time zone, ceiling and envelope in one currency, required documents, the scoring rubric and the working group. The
// lifecycle's allowed steps are data, read by the service and the screens, like collaborations'.
import { z } from 'zod';
import { languageSchema } from '../languages.js';
import { syncMetadataSchema } from '../roster/collaborator.schema.js';
import { regionSchema, strategyAreaSchema } from '../roster/taxonomy.js';

export const CALL_KINDS = ['open', 'targeted'] as const;
export const callKindSchema = z.enum(CALL_KINDS);
export type CallKind = z.infer<typeof callKindSchema>;

export const CALL_STATES = ['draft', 'open', 'closed', 'in_review', 'decided', 'archived'] as const;
export const callStateSchema = z.enum(CALL_STATES);
export type CallState = z.infer<typeof callStateSchema>;

/** draft → open → closed → in review → decided → archived; a draft never opened may be archived. Archived is final. */
export const CALL_STEPS: Readonly<Record<CallState, readonly CallState[]>> = {
  draft: ['open', 'archived'],
  open: ['closed'],
  closed: ['in_review'],
  in_review: ['decided'],
  decided: ['archived'],
  archived: [],
};

export function canMoveCall(from: CallState, to: CallState): boolean {
  return CALL_STEPS[from].includes(to);
}

/** The pilot's grants were under US$5,000: a new call starts with this ceiling. */
export const DEFAULT_CEILING = 5000;
export const DEFAULT_CURRENCY = 'USD';

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency');
/** A sum of money with at most two decimals (cents). */
export const moneySchema = z
  .number()
  .nonnegative()
  .max(1e12)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'cents');

/** An IANA time zone the computer knows ("America/Bogota", "Asia/Manila", "UTC"). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'time_zone');

/**
 * A wall-clock date-time in the call's time zone, as the coordinator typed it ("2026-03-31T17:00"). The instant is
 * worked out with the zone (common/grants/zoned-time.ts), so a deadline means the same moment on every laptop.
 */
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'local_date_time');

export const callTextSchema = z.object({
  language: languageSchema,
  title: z.string().trim().min(1).max(300),
  text: z.string().trim().max(20_000).default(''),
});
export type CallText = z.output<typeof callTextSchema>;

export const eligibilityItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  text: z.string().trim().min(1).max(500),
});
export type EligibilityItem = z.infer<typeof eligibilityItemSchema>;

export const RUBRIC_LEVELS = 6;
export const MAX_SCORE = 5;

export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1).max(200),
  /** Relative weight; the weighted mean divides by the sum of the weights. */
  weight: z.number().positive().max(100),
  /** What each level of the 0–5 scale means for this criterion, level 0 first. */
  levels: z.array(z.string().trim().max(500)).length(RUBRIC_LEVELS),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** Who a targeted call is for: named communities or named support requests. */
export const callTargetSchema = z.object({ kind: z.enum(['community', 'request']), id: z.uuid() });
export type CallTarget = z.infer<typeof callTargetSchema>;

/** A working-group member: a team member, by the vault id that signs their bundles. */
export const groupMemberSchema = z.object({ vaultId: z.string().min(1).max(100), name: z.string().trim().min(1).max(100) });
export type GroupMember = z.infer<typeof groupMemberSchema>;

function uniqueBy<T>(key: (item: T) => string): (items: readonly T[]) => boolean {
  return (items) => new Set(items.map(key)).size === items.length;
}

export const callInputSchema = z
  .object({
    kind: callKindSchema,
    targets: z.array(callTargetSchema).max(200).default([]),
    regions: z.array(regionSchema.exclude(['global'])).min(1).max(3).refine(uniqueBy<string>((r) => r), 'duplicate_region'),
    strategyAreas: z.array(strategyAreaSchema).max(10).default([]),
    texts: z.array(callTextSchema).min(1).max(4).refine(uniqueBy<CallText>((t) => t.language), 'duplicate_language'),
    eligibility: z.array(eligibilityItemSchema).max(30).default([]).refine(uniqueBy<EligibilityItem>((e) => e.id), 'duplicate_item'),
    opensAt: localDateTimeSchema,
    closesAt: localDateTimeSchema,
    timeZone: timeZoneSchema,
    currency: currencySchema.default(DEFAULT_CURRENCY),
    ceiling: moneySchema.refine((n) => n > 0, 'positive').default(DEFAULT_CEILING),
    envelope: moneySchema.refine((n) => n > 0, 'positive'),
    requiredDocuments: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    rubric: z.array(criterionSchema).min(1).max(12).refine(uniqueBy<Criterion>((c) => c.id), 'duplicate_criterion'),
    workingGroup: z.array(groupMemberSchema).max(15).default([]).refine(uniqueBy<GroupMember>((m) => m.vaultId), 'duplicate_member'),
    quorum: z.number().int().min(1).max(15),
    /** Reviewers do not see the applicant's identity fields (community, struggle, request, contacts). */
    blind: z.boolean().default(false),
  })
  .refine((call) => call.closesAt > call.opensAt, { message: 'closes_before_opens', path: ['closesAt'] })
  .refine((call) => call.ceiling <= call.envelope, { message: 'ceiling_over_envelope', path: ['ceiling'] })
  .refine((call) => call.kind === 'open' || call.targets.length > 0, { message: 'targets_required', path: ['targets'] })
  .refine((call) => call.quorum <= Math.max(1, call.workingGroup.length), { message: 'quorum_over_group', path: ['quorum'] });
export type CallInput = z.input<typeof callInputSchema>;
export type CallFields = z.output<typeof callInputSchema>;

export const callStateChangeSchema = z.object({ state: callStateSchema, at: z.string() });
export type CallStateChange = z.infer<typeof callStateChangeSchema>;

export const callSchema = z
  .object({
    ...callInputSchema.shape,
    state: callStateSchema,
    history: z.array(callStateChangeSchema),
    /** The closing moment as an ISO instant (UTC), worked out from closesAt and timeZone. */
    closesAtInstant: z.string(),
    opensAtInstant: z.string(),
  })
  .extend(syncMetadataSchema.shape);
export type Call = z.infer<typeof callSchema>;

/** A call's title in `language`, else in the first language it was written in. */
export function callTitle(call: Pick<CallFields, 'texts'>, language: string): string {
  return (call.texts.find((t) => t.language === language) ?? call.texts[0])?.title ?? '';
}
