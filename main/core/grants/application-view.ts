// An application as every screen reads it: the stored record with its community's name and region, its call's title and
// currency, and whether it came after the deadline. Shared by the applications service and the reviewer's open().
import type { Application } from '../../../common/grants/application.schema.js';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { getCommunity } from '../../../db/communities.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { StoredApplication } from '../../../db/grant-records.js';
import type { ReadableDB } from '../../../db/handles.js';
import { isLate } from './application-checks.js';

/** `language` picks the call's title among its texts (else its first). The record's contacts are included: the vault's own. */
export function toApplicationView(db: ReadableDB, stored: StoredApplication, language = ''): Application {
  const community = getCommunity(db, stored.fields.communityId);
  const call = getCall(db, stored.fields.callId);
  const { id, state, history, amountRequested, approvedAmount, decisionRationale, meetingId, documentsResourceId } = stored;
  return {
    ...stored.fields,
    state,
    history,
    amountRequested,
    approvedAmount,
    decisionRationale,
    meetingId,
    documentsResourceId,
    late: call ? isLate(stored.fields.receivedAt, call.fields) : false,
    communityName: community?.fields.name ?? '',
    // A community not (yet) in this vault: its region is unknown, the call's first one is the best guess.
    region: community?.region ?? ((call?.fields.regions[0] ?? 'global') as Region),
    callTitle: call ? callTitle(call.fields, language) : '',
    currency: call?.fields.currency ?? '',
    id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    hlc: stored.hlc,
    changedBy: stored.changedBy,
    deletedAt: stored.deletedAt,
  };
}
