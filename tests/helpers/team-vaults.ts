// Several test vaults that know each other: each with a name, role and region, cards exchanged and verified both ways,
// so bundles can travel between them through the real router.
import { isReviewerRole } from '../../common/team/team.schema.js';
import { routedTestVault } from './core-router.js';

export type RoutedVault = Awaited<ReturnType<typeof routedTestVault>>;

export interface TeamVault extends RoutedVault {
  name: string;
  vaultId: string;
  /** This vault's member id for another vault of the team, by name. */
  memberIdOf(name: string): Promise<string>;
}

export async function teamVault(profile: { displayName: string; role: string; region: string }): Promise<TeamVault> {
  const routed = await routedTestVault({ reviewer: isReviewerRole(profile.role) });
  await routed.call('cre:team.updateMe', profile);
  const me = await routed.call<{ vaultId: string }>('cre:team.me', {});
  return {
    ...routed,
    name: profile.displayName,
    vaultId: me.vaultId,
    async memberIdOf(name) {
      const members = await routed.call<{ id: string; displayName: string }[]>('cre:team.list', {});
      const member = members.find((m) => m.displayName === name);
      if (!member) throw new Error(`${profile.displayName} does not know ${name}`);
      return member.id;
    },
  };
}

/** `a` imports `b`'s card; verified unless told otherwise. */
export async function introduce(a: TeamVault, b: TeamVault, verified = true): Promise<string> {
  const { text } = await b.call<{ text: string }>('cre:team.myCard', {});
  const { member } = await a.call<{ member: { id: string } }>('cre:team.importCardText', { text });
  if (verified) await a.call('cre:team.setVerified', { memberId: member.id, verified: true });
  return member.id;
}

export async function introduceBothWays(a: TeamVault, b: TeamVault): Promise<void> {
  await introduce(a, b);
  await introduce(b, a);
}

/** Every syncable table's rows (and contacts), sorted: the vault's content, to compare before and after a refused import. */
export function contentOf(vault: RoutedVault): string {
  const { db } = vault.core.vault.openVault();
  const tables = [
    'collaborators', 'collaborator_contacts', 'communities', 'community_contacts', 'harmful_projects', 'struggles',
    'support_requests', 'collaborations', 'collaboration_activities', 'resources', 'attachments', 'attachment_chunks',
  ];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}
