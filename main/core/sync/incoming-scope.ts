// What a sync bundle may carry to this vault, by who sent it: from the secretariat to a facilitator, from a facilitator
// to the secretariat, or between two facilitators one collaboration and what it links to (docs/sync.md, "Facilitator
// to facilitator"). Checked on every row of the first pass; a row outside the rule refuses the bundle.
import type { SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB } from '../../../db/handles.js';
import { memberIdsOf, readActivityCollaboration, readCollaborationLinks, readOwnConsent, type CollaborationLinks } from '../../../db/sync-consent.js';
import { isTombstone, type TravellingRow } from '../../../db/sync-rows.js';
import type { TeamMemberRow } from '../../../db/team.repo.js';

export interface IncomingScopeCheck {
  /** Each row of the bundle, parsed, in the order it came. */
  row(table: string, row: TravellingRow): void;
  /** After the last row. */
  finish(): void;
}

const outside = (message: string) => new CreFailure('bad_payload', message, { reason: 'outside_collaboration' });

/** The check for a bundle from `sender` to this vault (`me`). */
export function checkIncomingScope(db: ReadableDB, manifest: SyncManifest, sender: TeamMemberRow, me: { role: string; region: string }): IncomingScopeCheck {
  const collaborationId = manifest.sync.collaborationId;
  const betweenFacilitators = sender.role === 'facilitator' && me.role === 'facilitator';
  if (!betweenFacilitators) {
    if (collaborationId !== null) {
      throw new CreFailure('bad_payload', 'Only a bundle between two facilitators is limited to a collaboration.', { reason: 'collaboration_only_between_facilitators' });
    }
    return { row() {}, finish() {} };
  }
  if (collaborationId === null) {
    throw new CreFailure('bad_payload', 'A sync bundle between two facilitators must be limited to one collaboration.', { reason: 'collaboration_required' });
  }
  return collaborationCheck(db, collaborationId, me.region);
}

interface Consent {
  sharing: string;
  region: string;
}

/** Whether consent lets a row with this sharing and region reach the facilitators of `region`. */
const consentAllows = (consent: Consent | null, region: string) =>
  consent !== null && (consent.sharing === 'network' || (consent.sharing === 'regional' && consent.region === region));

/**
 * Rows between two facilitators: the named collaboration, its activities, and the community, request and collaborators
 * it links to (in the bundle's copy of it or this vault's), each live one under the consent of this vault's region.
 * Rows are gathered as they come (their parents travel first) and judged once all are known.
 */
function collaborationCheck(db: ReadableDB, collaborationId: string, region: string): IncomingScopeCheck {
  let incoming: TravellingRow | null = null;
  const rows: { table: string; row: TravellingRow }[] = [];
  const communities = new Map<string, Consent>();

  function linksOf(): { links: CollaborationLinks[]; communityId: string | null } {
    const local = readCollaborationLinks(db, collaborationId);
    const travelling =
      incoming && !isTombstone(incoming)
        ? { communityId: incoming['community_id'] as string, requestId: incoming['request_id'] as string | null, memberIds: memberIdsOf(incoming['members'] as string) }
        : null;
    const links = [travelling, local].filter((l): l is CollaborationLinks => l !== null);
    return { links, communityId: links[0]?.communityId ?? null };
  }

  /** The consent of a community: the bundle's copy when it carries one, else this vault's. */
  const communityConsent = (id: string | null): Consent | null => (id === null ? null : (communities.get(id) ?? readOwnConsent(db, 'communities', id)));

  return {
    row(table, row) {
      if (table === 'collaborations') {
        if (row['id'] !== collaborationId) throw outside('The bundle carries a collaboration other than the one it is limited to.');
        incoming = row;
      } else if (table === 'collaboration_activities') {
        const owner = isTombstone(row) ? readActivityCollaboration(db, row['id'] as string) : (row['collaboration_id'] as string);
        // A tombstone of an activity this vault never had writes nothing.
        if (owner !== null && owner !== collaborationId) throw outside('The bundle carries an activity of another collaboration.');
      } else if (table === 'communities' || table === 'collaborators' || table === 'support_requests') {
        if (table === 'communities' && !isTombstone(row)) communities.set(row['id'] as string, { sharing: row['sharing'] as string, region: row['region'] as string });
      } else {
        throw outside('The bundle carries records that are not part of its collaboration.');
      }
      rows.push({ table, row: isTombstone(row) ? row : pick(row) });
    },
    finish() {
      const { links, communityId } = linksOf();
      const linked = (table: string, id: string) =>
        links.some((l) =>
          table === 'communities' ? l.communityId === id : table === 'support_requests' ? l.requestId === id : l.memberIds.includes(id),
        );
      const collaborationConsent = communityConsent(communityId);
      for (const { table, row } of rows) {
        const id = row['id'] as string;
        if (table !== 'collaborations' && table !== 'collaboration_activities' && !linked(table, id)) {
          throw outside('The bundle carries a record its collaboration does not link to.');
        }
        if (isTombstone(row)) continue;
        const consent =
          table === 'communities' || table === 'collaborators'
            ? { sharing: row['sharing'] as string, region: row['region'] as string }
            : table === 'support_requests'
              ? communityConsent(row['community_id'] as string)
              : collaborationConsent;
        if (!consentAllows(consent, region)) throw outside('The bundle carries a record this region may not hold.');
      }
    },
  };
}

/** The few columns the check reads of a live row: the rows themselves are not kept. */
function pick(row: TravellingRow): TravellingRow {
  return { id: row['id'], sharing: row['sharing'], region: row['region'], community_id: row['community_id'] };
}
