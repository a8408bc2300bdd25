// Who receives what in a sync bundle: the secretariat sends a region's facilitator what consent allows for that region;
// a facilitator sends the secretariat what it wrote itself, and another region's facilitator one collaboration they
// share. Everything else is refused before a file is made. The SQL that picks the rows of a scope is db/sync-consent.ts.
import { CreFailure } from '../../../common/contract/errors.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import type { SyncScopeView } from '../../../common/bundles/bundle-views.schema.js';
import type { ReadableDB } from '../../../db/handles.js';
import type { VersionVector } from '../../../db/sync.repo.js';
import { readCollaborationLinks, type SyncScope } from '../../../db/sync-consent.js';

export type { SyncScope };

interface Party {
  vaultId: string;
  role: string;
  region: Region;
}

/** What the preview shows of a scope. */
export function scopeView(scope: SyncScope): SyncScopeView {
  switch (scope.kind) {
    case 'region':
      return { kind: 'region', region: scope.region };
    case 'own':
      return { kind: 'own' };
    case 'collaboration':
      return { kind: 'collaboration', collaborationId: scope.collaborationId, region: scope.region };
  }
}

/**
 * The scope of a bundle from `sender` to `recipients` (limited to `collaborationId` between two facilitators);
 * invalid_input when they do not make one sync scope.
 */
export function scopeFor(sender: Party, recipients: readonly Party[], collaborationId: string | null = null): SyncScope {
  if (recipients.length === 0) throw new CreFailure('invalid_input', 'Choose at least one recipient.');
  const betweenFacilitators = sender.role === 'facilitator' && recipients.every((r) => r.role === 'facilitator');
  if (collaborationId !== null && !betweenFacilitators) {
    throw new CreFailure('invalid_input', 'A bundle limited to a collaboration goes from a facilitator to facilitators only.', {
      reason: 'collaboration_only_between_facilitators',
    });
  }
  if (sender.role === 'coordinator' || betweenFacilitators) {
    const region = recipients[0]?.region;
    const sameRegion = recipients.every((r) => r.role === 'facilitator' && r.region === region && region !== 'global');
    if (!sameRegion || region === undefined) {
      const who = betweenFacilitators ? 'A facilitator' : 'The secretariat';
      throw new CreFailure('invalid_input', `${who} sends a sync bundle to the facilitators of one region.`, { reason: 'mixed_recipients' });
    }
    const recipientVaultIds = recipients.map((r) => r.vaultId);
    if (sender.role === 'coordinator') return { kind: 'region', region, recipientVaultIds };
    if (collaborationId === null) {
      throw new CreFailure('invalid_input', 'Between two facilitators a sync bundle carries one collaboration: choose it.', { reason: 'collaboration_required' });
    }
    return { kind: 'collaboration', collaborationId, region, recipientVaultIds };
  }
  if (sender.role === 'facilitator') {
    if (!recipients.every((r) => r.role === 'coordinator')) {
      throw new CreFailure('invalid_input', 'A facilitator sends sync bundles to the secretariat, or one collaboration to facilitators.', { reason: 'mixed_recipients' });
    }
    return { kind: 'own', selfVaultId: sender.vaultId };
  }
  throw new CreFailure('invalid_input', 'Only the secretariat and the regional facilitators exchange sync bundles.', { reason: 'role' });
}

/** The scope of a bundle as scopeFor decides it, and not_found when its collaboration is not in this vault. */
export function scopeInVault(db: ReadableDB, sender: Party, recipients: readonly Party[], collaborationId: string | null): SyncScope {
  const scope = scopeFor(sender, recipients, collaborationId);
  if (scope.kind === 'collaboration' && readCollaborationLinks(db, scope.collaborationId) === null) {
    throw new CreFailure('not_found', 'That collaboration is not in this vault.');
  }
  return scope;
}

/** The cursor a bundle to several peers starts from: per origin, the oldest of theirs; an origin one lacks is unsent. */
export function jointCursor(cursors: readonly VersionVector[]): VersionVector {
  const [first, ...rest] = cursors;
  if (!first) return {};
  const joint: VersionVector = {};
  for (const [origin, hlc] of Object.entries(first)) {
    const all = rest.map((c) => c[origin]);
    if (all.every((h): h is string => h !== undefined)) joint[origin] = [hlc, ...all].sort()[0] ?? hlc;
  }
  return joint;
}

/** Each origin at its newest HLC of the two. */
export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const merged: VersionVector = { ...a };
  for (const [origin, hlc] of Object.entries(b)) if (!merged[origin] || merged[origin] < hlc) merged[origin] = hlc;
  return merged;
}
