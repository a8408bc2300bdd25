// Consent decides what travels: canary values in secretariat-only records, sensitive fields and another region's
// records are looked for in the decrypted plaintext of every bundle the secretariat makes: zero hits. The receiver
// keeps its own sensitive values when a record it has comes back without them.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const CANARY = {
  secretariatCommunity: 'CANARY-SECRETARIAT-COMMUNITY-7f3a',
  secretariatResource: 'CANARY-SECRETARIAT-RESOURCE-2b9c',
  secretariatFile: 'CANARY-SECRETARIAT-FILE-BYTES-91d0',
  sensitiveContact: 'CANARY-SENSITIVE-CONTACT-+62-555-0100',
  collaboratorContact: 'CANARY-COLLABORATOR-SIGNAL-4e21',
  riskNotes: 'CANARY-RISK-NOTES-c0ff',
  africaRegional: 'CANARY-AFRICA-REGIONAL-5a5a',
};

async function exportTo(from: TeamVault, to: TeamVault, everything = false): Promise<string> {
  const path = join(makeTempDir('cre-canary-'), 'out.crebundle');
  from.platform.setNextSaveFile(path);
  await from.call('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything, token: randomUUID() });
  return path;
}

async function importInto(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call('cre:bundles.import', { token: randomUUID() });
}

describe('consent canaries', () => {
  it('never puts a secretariat-only record, a sensitive field or another region’s record in any bundle', async () => {
    const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
    const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
    const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
    await introduceBothWays(coordinator, asia);
    await introduceBothWays(coordinator, africa);

    const c = coordinator;
    await c.call('cre:communities.create', { community: { ...RIO_VERDE, name: CANARY.secretariatCommunity, country: 'ID', sharing: 'secretariat', contacts: [] } });
    const { id: asiaCommunity } = await c.call<{ id: string }>('cre:communities.create', {
      community: {
        ...RIO_VERDE, name: 'Asia regional community', country: 'ID', sharing: 'regional',
        contacts: [{ type: 'phone', value: CANARY.sensitiveContact, note: '', sensitive: true }, { type: 'website', value: 'https://example.org/asia', sensitive: false }],
      },
    });
    await c.call('cre:communities.create', { community: { ...RIO_VERDE, name: CANARY.africaRegional, country: 'KE', sharing: 'regional', contacts: [] } });
    await c.call('cre:roster.create', {
      collaborator: {
        ...ANA, name: 'Asia network collaborator', countries: ['ID'], sharing: 'network', riskNotes: CANARY.riskNotes,
        contacts: [{ type: 'signal', value: CANARY.collaboratorContact, note: '', sensitive: true }],
      },
    });
    const secret = await c.call<{ id: string }>('cre:resources.create', {
      resource: { title: CANARY.secretariatResource, type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'secretariat' },
    });
    c.core.resources.attachBytes(secret.id, 'secret.txt', new TextEncoder().encode(CANARY.secretariatFile));
    const open = await c.call<{ id: string }>('cre:resources.create', {
      resource: { title: 'Network guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' },
    });
    c.core.resources.attachBytes(open.id, 'guide.txt', new TextEncoder().encode('A network-wide guide.'));

    const bundles = [
      { path: await exportTo(c, asia), to: asia, region: 'asia' },
      { path: await exportTo(c, asia, true), to: asia, region: 'asia' },
      { path: await exportTo(c, africa), to: africa, region: 'africa' },
    ];
    for (const { path, to, region } of bundles) {
      const plaintext = (await bundlePlaintext(path, to)).toString('latin1');
      expect(plaintext).toContain('Network guide');
      const forbidden = [CANARY.secretariatCommunity, CANARY.secretariatResource, CANARY.secretariatFile, CANARY.sensitiveContact, CANARY.collaboratorContact, CANARY.riskNotes];
      if (region === 'asia') forbidden.push(CANARY.africaRegional);
      expect(forbidden.filter((canary) => plaintext.includes(canary))).toEqual([]);
    }

    // What did travel arrives whole; the facilitator's later edit of it does not wipe the secretariat's sensitive values.
    await importInto(asia, bundles[0]!.path);
    const mine = await asia.call<{ contacts: { value: string | null }[] }>('cre:communities.get', { id: asiaCommunity });
    expect(mine.contacts.map((x) => x.value)).toEqual(['https://example.org/asia']);
    const input = { ...RIO_VERDE, name: 'Asia regional community (renamed)', country: 'ID', sharing: 'regional', contacts: [{ type: 'website', value: 'https://example.org/asia', sensitive: false }] };
    asia.platform.advance(60_000);
    await asia.call('cre:communities.update', { id: asiaCommunity, community: input });
    await importInto(c, await exportTo(asia, c));
    const back = await c.call<{ name: string; contacts: { sensitive: boolean }[] }>('cre:communities.get', { id: asiaCommunity });
    expect(back.name).toBe('Asia regional community (renamed)');
    expect(back.contacts.filter((x) => x.sensitive)).toHaveLength(1);
    const { value } = await c.call<{ value: string }>('cre:communities.revealContact', { id: asiaCommunity, contactId: (back.contacts as { id: string; sensitive: boolean }[]).find((x) => x.sensitive)!.id });
    expect(value).toBe(CANARY.sensitiveContact);
  });
});
