// Grant calls: created as drafts, edited while draft or open, moved through the lifecycle whose steps are data
// (illegal ones refused with a typed error), deleted and restored, ranked for this vault's reviewer, exported as CSV.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  callInputSchema,
  canMoveCall,
  type Call,
  type CallFields,
  type CallInput,
  type CallState,
} from '../../../common/grants/call.schema.js';
import { zonedToInstant } from '../../../common/grants/zoned-time.js';
import type { RankedRow } from '../../../common/grants/review.schema.js';
import type { Language } from '../../../common/languages.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getCommunity } from '../../../db/communities.repo.js';
import { getCall, insertCall, listCalls, setCallDeleted, updateCall } from '../../../db/grant-calls.repo.js';
import type { StoredCall } from '../../../db/grant-records.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { getRequest } from '../../../db/requests.repo.js';
import { findTeamMemberByVaultId, readIdentity } from '../../../db/team.repo.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { exportCallCsv } from './calls-csv.js';
import type { GrantCallsService } from './grants-services.js';
import { rankedTable } from './ranked-table.js';

export interface GrantCallsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseSaveFile'>;
  language: () => Language;
}

/** The states in which a call's rules (texts, rubric, ceiling, deadline, working group) may still be edited. */
export const EDITABLE_CALL_STATES: readonly CallState[] = ['draft', 'open'];

export function requireCall(db: ReadableDB, id: string): StoredCall {
  const stored = getCall(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no grant call with this id.');
  return stored;
}

export function requireLiveCall(db: ReadableDB, id: string): StoredCall {
  const stored = requireCall(db, id);
  if (stored.deletedAt) throw new CreFailure('conflict', 'This call was deleted; restore it first.', { reason: 'deleted' });
  return stored;
}

/** The call as every screen reads it, with its opening and closing moments as UTC instants. */
export function toCallView(stored: StoredCall): Call {
  const { id, state, history, createdAt, updatedAt, hlc, changedBy, deletedAt, fields } = stored;
  return {
    ...fields,
    state,
    history,
    opensAtInstant: zonedToInstant(fields.opensAt, fields.timeZone),
    closesAtInstant: zonedToInstant(fields.closesAt, fields.timeZone),
    id,
    createdAt,
    updatedAt,
    hlc,
    changedBy,
    deletedAt,
  };
}

/** Targets are live communities or support requests; working-group members are this vault's reviewer or team members. */
function checkLinks(db: ReadableDB, fields: CallFields): void {
  for (const target of fields.targets) {
    const found = target.kind === 'community' ? getCommunity(db, target.id) : getRequest(db, target.id);
    if (!found || found.deletedAt) {
      throw new CreFailure('invalid_input', 'A target of the call is not a community or support request of this vault.', { reason: 'unknown_target' });
    }
  }
  const me = readIdentity(db).vaultId;
  for (const member of fields.workingGroup) {
    if (member.vaultId !== me && !findTeamMemberByVaultId(db, member.vaultId)) {
      throw new CreFailure('invalid_input', 'A working-group member is not in the team directory.', { reason: 'unknown_member' });
    }
  }
}

/** Takes the forms' input (defaults not yet applied), so it serves the router and direct callers alike. */
export function createGrantCallsService(deps: GrantCallsServiceDeps) {
  const write = transactionWriter(deps);

  return {
    list(options: { states: CallState[]; region: Region | null; deleted: boolean; limit: number; offset: number }): Call[] {
      const { db } = deps.openVault();
      return listCalls(db, options).map(toCallView);
    },

    get(id: string): Call {
      const { db } = deps.openVault();
      return toCallView(requireCall(db, id));
    },

    /** Starts as a draft, dated. */
    create(input: CallInput): { id: string } {
      const fields = callInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        checkLinks(db, fields);
        insertCall(db, { id, fields, state: 'draft', history: [{ state: 'draft', at: stamp.at }] }, stamp);
        appendAuditEvent(db, 'grant_call_created', stamp.at, { callId: id, kind: fields.kind });
        return { id };
      });
    },

    /** Edits while draft or open; once closed the rules the applications were judged by stay as they were. */
    update(id: string, input: CallInput): void {
      const fields = callInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireLiveCall(db, id);
        if (!EDITABLE_CALL_STATES.includes(stored.state)) {
          throw new CreFailure('conflict', `A call that is ${stored.state} can no longer be edited.`, { reason: 'call_locked', state: stored.state });
        }
        checkLinks(db, fields);
        updateCall(db, { id, fields, state: stored.state, history: stored.history }, stamp);
        appendAuditEvent(db, 'grant_call_updated', stamp.at, { callId: id });
      });
    },

    /** One step of the lifecycle, dated now; a step the lifecycle does not allow is `illegal_transition`. */
    move(id: string, to: CallState): void {
      write((db, stamp) => {
        const stored = requireLiveCall(db, id);
        if (!canMoveCall(stored.state, to)) {
          throw new CreFailure('illegal_transition', `A call cannot go from ${stored.state} to ${to}.`, { from: stored.state, to });
        }
        updateCall(db, { id, fields: stored.fields, state: to, history: [...stored.history, { state: to, at: stamp.at }] }, stamp);
        appendAuditEvent(db, 'grant_call_moved', stamp.at, { callId: id, from: stored.state, to });
      });
    },

    delete(id: string): void {
      write((db, stamp) => {
        requireCall(db, id);
        if (setCallDeleted(db, id, true, stamp)) appendAuditEvent(db, 'grant_call_deleted', stamp.at, { callId: id });
      });
    },

    restore(id: string): void {
      write((db, stamp) => {
        requireCall(db, id);
        if (setCallDeleted(db, id, false, stamp)) appendAuditEvent(db, 'grant_call_restored', stamp.at, { callId: id });
      });
    },

    ranked(id: string): RankedRow[] {
      const { db } = deps.openVault();
      return rankedTable(db, requireLiveCall(db, id), readIdentity(db));
    },

    exportCsv(id: string): Promise<{ saved: boolean }> {
      return exportCallCsv(deps, id);
    },
  } satisfies GrantCallsService;
}
