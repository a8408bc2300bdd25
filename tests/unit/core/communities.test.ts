// Communities, harmful projects and struggles over a real vault: masked contacts with audited reveals, validation at the
// boundary, tombstones with undo, one live struggle per pair, and lists both ways.
import { describe, expect, it } from 'vitest';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';

async function communityRouter() {
  const made = await routedTestVault();
  return made;
}

interface ContactView {
  id: string;
  value: string | null;
  masked: boolean;
}

describe('communities', () => {
  it('stores a community with its region, masks sensitive contacts, and audits each reveal without the value', async () => {
    const { call, core } = await communityRouter();
    const { id } = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
    const view = await call<{ country: string; region: string; coordinates: unknown; contacts: ContactView[] }>('cre:communities.get', { id });
    expect([view.country, view.region]).toEqual(['BR', 'latin_america']);
    expect(view.coordinates).toEqual({ latitude: -3.2, longitude: -52.2 });
    expect(view.contacts.map((c) => [c.value, c.masked])).toEqual([[null, true], ['https://example.org/rio-verde', false]]);
    expect(JSON.stringify(view)).not.toContain('0199');

    const signal = view.contacts[0]!.id;
    expect(await call('cre:communities.revealContact', { id, contactId: signal })).toEqual({ value: '+55 91 5555 0199' });
    const reveal = core.vault.auditTrail(5).find((entry) => entry.kind === 'sensitive_revealed');
    expect(reveal?.detail).toEqual({ communityId: id, field: 'contact', contactId: signal });
    expect(JSON.stringify(core.vault.auditTrail(50))).not.toContain('0199');
  });

  it('keeps a masked contact when an edit sends it back without its value', async () => {
    const { call } = await communityRouter();
    const { id } = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
    const before = await call<{ contacts: ContactView[] }>('cre:communities.get', { id });
    const [masked, open] = before.contacts as [ContactView, ContactView];
    await call('cre:communities.update', {
      id,
      community: { ...RIO_VERDE, area: 'Altamira', contacts: [{ id: masked.id, type: 'signal', note: 'new note' }, { id: open.id, type: 'website', value: open.value, sensitive: false }] },
    });
    const after = await call<{ area: string; contacts: ContactView[] }>('cre:communities.get', { id });
    expect(after.area).toBe('Altamira');
    expect(after.contacts.map((c) => c.id)).toEqual([masked.id, open.id]);
    expect(await call('cre:communities.revealContact', { id, contactId: masked.id })).toEqual({ value: '+55 91 5555 0199' });
  });

  it('answers invalid_input to a bad country, coordinates out of range or a contact without a value', async () => {
    const { failure } = await communityRouter();
    expect(await failure('cre:communities.create', { community: { ...RIO_VERDE, country: 'XX' } })).toBe('invalid_input');
    expect(await failure('cre:communities.create', { community: { ...RIO_VERDE, coordinates: { latitude: 91, longitude: 0 } } })).toBe('invalid_input');
    expect(await failure('cre:communities.create', { community: { ...RIO_VERDE, contacts: [{ type: 'email' }] } })).toBe('invalid_input');
  });

  it('delete is a tombstone with undo; the deleted view lists it; text and region filter the list', async () => {
    const { call, failure } = await communityRouter();
    const { id } = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
    await call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Kijiji cha Kubuni', country: 'KE', area: 'Turkana', languages: ['sw'] } });
    const names = async (input: object) => (await call<{ name: string }[]>('cre:communities.list', input)).map((c) => c.name);
    expect(await names({})).toEqual(['Comunidade Ficticia do Rio Verde', 'Kijiji cha Kubuni']);
    expect(await names({ region: 'africa' })).toEqual(['Kijiji cha Kubuni']);
    expect(await names({ text: 'turk' })).toEqual(['Kijiji cha Kubuni']);
    await call('cre:communities.delete', { id });
    expect(await names({})).toEqual(['Kijiji cha Kubuni']);
    expect(await names({ deleted: true })).toEqual(['Comunidade Ficticia do Rio Verde']);
    expect(await failure('cre:communities.update', { id, community: RIO_VERDE })).toBe('conflict');
    await call('cre:communities.restore', { id });
    expect(await names({})).toHaveLength(2);
  });
});

describe('harmful projects and struggles', () => {
  it('stores a project with financiers, investment and references, and refuses links that are not public web pages', async () => {
    const { call, failure } = await communityRouter();
    const { id } = await call<{ id: string }>('cre:projects.create', { project: IMAGINARY_DAM });
    const view = await call<Record<string, unknown>>('cre:projects.get', { id });
    expect(view).toMatchObject({ region: 'latin_america', stage: 'approved', riskCategory: 'A', investment: { amount: 250_000_000, currency: 'USD' } });
    expect(view['financiers']).toEqual(IMAGINARY_DAM.financiers);
    expect(await call('cre:projects.list', { text: 'example development' })).toMatchObject([{ id, financiers: ['Example Development Bank'] }]);
    const bad = (project: object) => failure('cre:projects.create', { project: { ...IMAGINARY_DAM, ...project } });
    expect(await bad({ references: [{ title: 'x', url: 'javascript:alert(1)' }] })).toBe('invalid_input');
    expect(await bad({ investment: { amount: -1, currency: 'USD' } })).toBe('invalid_input');
    expect(await bad({ investment: { amount: 1, currency: 'usd' } })).toBe('invalid_input');
    expect(await bad({ stage: 'planned' })).toBe('invalid_input');
  });

  it('links a community to a project once, lists the struggle both ways, and hides it while either end is deleted', async () => {
    const { call, failure, core } = await communityRouter();
    const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
    const project = await call<{ id: string }>('cre:projects.create', { project: IMAGINARY_DAM });
    const link = { communityId: community.id, projectId: project.id, resisting: 'Flooding of fishing grounds', since: '2025-06-01' };
    const { id } = await call<{ id: string }>('cre:struggles.link', { struggle: link });
    expect(await failure('cre:struggles.link', { struggle: link })).toBe('conflict');

    const ofCommunity = await call<{ id: string; project: { name: string }; resisting: string }[]>('cre:struggles.list', { communityId: community.id });
    expect(ofCommunity.map((s) => [s.id, s.project.name, s.resisting])).toEqual([[id, IMAGINARY_DAM.name, 'Flooding of fishing grounds']]);
    const ofProject = await call<{ community: { name: string } }[]>('cre:struggles.list', { projectId: project.id });
    expect(ofProject.map((s) => s.community.name)).toEqual([RIO_VERDE.name]);

    await call('cre:struggles.update', { id, struggle: { resisting: 'Flooding and resettlement', since: null, notes: '' } });
    expect((await call<{ resisting: string }[]>('cre:struggles.list', { communityId: community.id }))[0]?.resisting).toBe('Flooding and resettlement');

    await call('cre:projects.delete', { id: project.id });
    expect(await call('cre:struggles.list', { communityId: community.id })).toEqual([]);
    expect(await failure('cre:struggles.link', { struggle: { ...link } })).toBe('conflict');
    await call('cre:projects.restore', { id: project.id });
    expect(await call('cre:struggles.list', { communityId: community.id })).toHaveLength(1);

    await call('cre:struggles.remove', { id });
    expect(await call('cre:struggles.list', { projectId: project.id })).toEqual([]);
    const again = await call<{ id: string }>('cre:struggles.link', { struggle: link });
    expect(await failure('cre:struggles.restore', { id })).toBe('conflict');
    await call('cre:struggles.remove', { id: again.id });
    await call('cre:struggles.restore', { id });
    expect(await call('cre:struggles.list', { communityId: community.id })).toHaveLength(1);

    const kinds = core.vault.auditTrail(30).map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(['community_created', 'project_created', 'struggle_linked', 'struggle_updated', 'project_deleted', 'project_restored', 'struggle_removed', 'struggle_restored']));
  });

  it('stamps every record with one vault clock: HLCs across tables never repeat and never go backwards', async () => {
    const { call, core } = await communityRouter();
    await call('cre:communities.create', { community: RIO_VERDE });
    await call('cre:projects.create', { project: IMAGINARY_DAM });
    await call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Second' } });
    const { db } = core.vault.openVault();
    const hlcs = db
      .prepare('SELECT hlc FROM (SELECT hlc, created_at FROM communities UNION ALL SELECT hlc, created_at FROM harmful_projects) ORDER BY hlc')
      .pluck()
      .all() as string[];
    expect(new Set(hlcs).size).toBe(3);
    const creations = db.prepare('SELECT hlc FROM communities ORDER BY seq').pluck().all() as string[];
    expect([...creations].sort()).toEqual(creations);
  });
});
