// A secretariat and the Latin America and Africa facilitators, all verified with each other, and the calls their tests
// share: bundles sent (limited to a collaboration or not) and received, and records made in the Latin America vault.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { RIO_VERDE } from './community-fixtures.js';
import { ANA } from './roster-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from './team-vaults.js';
import { makeTempDir } from './temp-vault.js';

export interface FacilitatorNetwork {
  secretariat: TeamVault;
  latam: TeamVault;
  africa: TeamVault;
}

export async function facilitatorNetwork(): Promise<FacilitatorNetwork> {
  const secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  const latam = await teamVault({ displayName: 'Latin America facilitator', role: 'facilitator', region: 'latin_america' });
  const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(secretariat, latam);
  await introduceBothWays(secretariat, africa);
  await introduceBothWays(latam, africa);
  return { secretariat, latam, africa };
}

export async function sendBundle(from: TeamVault, to: TeamVault[], collaborationId: string | null = null): Promise<string> {
  const path = join(makeTempDir('cre-f2f-'), `${from.name}.crebundle`);
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds, everything: false, collaborationId, token: randomUUID() });
  if (!result.saved) throw new Error('the bundle was not saved');
  return path;
}

export interface ImportedReport {
  applied: Record<string, number>;
  conflicts: number;
  withdrawn: number;
}

export async function receiveBundle(into: TeamVault, path: string): Promise<ImportedReport> {
  into.platform.setNextOpenFile(path);
  return into.call<ImportedReport>('cre:bundles.import', { token: randomUUID() });
}

export async function refusalOf(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.errorOf('cre:bundles.import', { token: randomUUID() });
}

export interface ExportPreviewSeen {
  scope: { kind: string; collaborationId?: string; region?: string };
  contents: { records: Record<string, number>; tombstones: number; attachments: { count: number } };
  withheld: Record<string, number>;
  withdrawals: Record<string, number>;
  empty: boolean;
}

export async function previewOf(from: TeamVault, to: TeamVault[], collaborationId: string | null = null): Promise<ExportPreviewSeen> {
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  return from.call<ExportPreviewSeen>('cre:bundles.preview', { recipientIds, collaborationId });
}

const created = async (vault: TeamVault, channel: string, input: unknown) => (await vault.call<{ id: string }>(channel, input)).id;

export const makeCommunity = (vault: TeamVault, name: string, sharing: 'network' | 'regional' | 'secretariat', country = 'BR') =>
  created(vault, 'cre:communities.create', { community: { ...RIO_VERDE, name, country, sharing, contacts: [] } });

export const makeCollaborator = (vault: TeamVault, name: string, sharing: 'network' | 'regional' | 'secretariat', country = 'KE') =>
  created(vault, 'cre:roster.create', { collaborator: { ...ANA, name, countries: [country], sharing, contacts: [] } });

export async function makeCollaboration(vault: TeamVault, communityId: string, collaboratorIds: string[], activity: string): Promise<string> {
  const id = await created(vault, 'cre:collaborations.create', {
    collaboration: { communityId, members: collaboratorIds.map((collaboratorId) => ({ collaboratorId, role: 'legal advice' })), owner: vault.name },
  });
  await vault.call('cre:collaborations.addActivity', { id, activity: { kind: 'note', date: '2026-11-30', text: activity } });
  return id;
}

export const communityNames = async (vault: TeamVault) => (await vault.call<{ name: string }[]>('cre:communities.list', {})).map((c) => c.name).sort();

export const timelineOf = async (vault: TeamVault, id: string) =>
  (await vault.call<{ text: string }[]>('cre:collaborations.timeline', { id })).map((a) => a.text).sort();
