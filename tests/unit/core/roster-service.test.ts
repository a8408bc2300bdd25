// The roster service over a real vault: create, read masked, reveal with audit, edit, tombstone and undo, tags, search basics.
import { describe, expect, it } from 'vitest';
import { ANA } from '../../helpers/roster-fixtures.js';
import { createRouter } from '../../../main/core/ipc/router.js';
import { creContract } from '../../../common/contract/index.js';
import { createTestVault } from '../../helpers/temp-vault.js';


async function rosterRouter() {
  const made = await createTestVault();
  const router = createRouter({ contract: creContract, handlers: made.core.handlers, isTrustedSender: () => true });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const reply = await router.handle(channel, input, { url: 'app://cre/' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as T;
  };
  return { ...made, call };
}

describe('roster service', () => {
  it('stores a collaborator, derives its region, and masks sensitive fields until revealed (each reveal audited)', async () => {
    const { call, core } = await rosterRouter();
    const { id } = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
    const view = await call<{ region: string; countries: string[]; contacts: { id: string; value: string | null; masked: boolean }[]; riskNotes: string; riskNotesMasked: boolean }>('cre:roster.get', { id });
    expect(view.countries).toEqual(['BR', 'PT']);
    expect(view.region).toBe('global');
    expect(view.contacts.map((c) => [c.value, c.masked])).toEqual([[null, true], ['https://example.org', false]]);
    expect([view.riskNotes, view.riskNotesMasked]).toEqual(['', true]);
    expect(JSON.stringify(view)).not.toContain('5555');

    const signal = view.contacts[0]?.id ?? '';
    expect(await call('cre:roster.revealContact', { id, contactId: signal })).toEqual({ value: '+55 11 5555 0100' });
    expect(await call('cre:roster.revealRiskNotes', { id })).toEqual({ riskNotes: ANA.riskNotes });
    const reveals = core.vault.auditTrail(10).filter((e) => e.kind === 'sensitive_revealed');
    expect(reveals.map((e) => e.detail['field'])).toEqual(['riskNotes', 'contact']);
    expect(JSON.stringify(core.vault.auditTrail(50))).not.toContain('5555');
  });

  it('edits keep contact ids; delete is a tombstone with undo; the deleted view lists it', async () => {
    const { call } = await rosterRouter();
    const { id } = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
    const before = await call<{ contacts: { id: string }[]; hlc: string }>('cre:roster.get', { id });
    const kept = before.contacts[0]?.id;
    await call('cre:roster.update', {
      id,
      collaborator: { ...ANA, countries: ['BR'], contacts: [{ id: kept, type: 'signal', value: '+55 11 5555 0199', note: '' }] },
    });
    const after = await call<{ region: string; contacts: { id: string }[]; hlc: string }>('cre:roster.get', { id });
    expect(after.region).toBe('latin_america');
    expect(after.contacts.map((c) => c.id)).toEqual([kept]);
    // A masked channel sent back without its value keeps the stored value.
    await call('cre:roster.update', { id, collaborator: { ...ANA, contacts: [{ id: kept, type: 'signal', note: 'mornings' }] } });
    expect(await call('cre:roster.revealContact', { id, contactId: kept })).toEqual({ value: '+55 11 5555 0199' });
    await expect(
      call('cre:roster.update', { id, collaborator: { ...ANA, contacts: [{ type: 'signal', note: 'no value' }] } }),
    ).rejects.toThrow(/invalid_input/);
    expect(after.hlc > before.hlc).toBe(true);

    await call('cre:roster.delete', { id });
    expect((await call<{ total: number }>('cre:roster.search', { query: {} })).total).toBe(0);
    expect(await call<{ id: string }[]>('cre:roster.listDeleted', {})).toEqual([expect.objectContaining({ id, name: ANA.name })]);
    await expect(call('cre:roster.update', { id, collaborator: ANA })).rejects.toThrow(/conflict/);
    await call('cre:roster.restore', { id });
    expect((await call<{ total: number }>('cre:roster.search', { query: {} })).total).toBe(1);
  });

  it('finds by accented or unaccented text and by prefix, and counts facets ignoring their own filter', async () => {
    const { call } = await rosterRouter();
    await call('cre:roster.create', { collaborator: ANA });
    await call('cre:roster.create', {
      collaborator: { ...ANA, name: 'Collectif Imaginaire du Sahel', countries: ['ML'], languages: ['fr'], strategyAreas: ['media_campaigning'], notes: '' },
    });
    const find = (text: string, filters = {}) => call<{ total: number; facets: Record<string, { value: string; count: number }[]> }>('cre:roster.search', { query: { text, filters } });
    expect((await find('Sao Paulo')).total).toBe(1);
    expect((await find('são')).total).toBe(1);
    expect((await find('Fictic')).total).toBe(1);
    expect((await find('sah')).total).toBe(1);
    expect((await find('')).total).toBe(2);
    const filtered = await find('', { language: ['fr'] });
    expect(filtered.total).toBe(1);
    expect(filtered.facets['language']).toEqual(expect.arrayContaining([{ value: 'fr', count: 1 }, { value: 'pt', count: 1 }]));
    expect(filtered.facets['region']).toEqual([{ value: 'africa', count: 1 }]);
    expect(await call('cre:roster.expertiseTags', { prefix: 'dev' })).toEqual([{ tag: 'Development banks', count: 2 }]);
  });

  it('refuses unknown countries and languages with invalid_input', async () => {
    const { core } = await rosterRouter();
    const router = createRouter({ contract: creContract, handlers: core.handlers, isTrustedSender: () => true });
    for (const bad of [{ ...ANA, countries: ['XX'] }, { ...ANA, languages: ['zz'] }, { ...ANA, name: '' }]) {
      const reply = await router.handle('cre:roster.create', { collaborator: bad }, { url: 'app://cre/' });
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input' }) });
    }
  });
});

describe('editing without revealing', () => {
  it('keeps stored risk notes when asked, with no reveal in the audit trail', async () => {
    const { call, core } = await rosterRouter();
    const { id } = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
    await call('cre:roster.update', { id, collaborator: { ...ANA, riskNotes: '', notes: 'edited' }, keepRiskNotes: true });
    expect(core.vault.auditTrail(20).some((entry) => entry.kind === 'sensitive_revealed')).toBe(false);
    expect(await call('cre:roster.revealRiskNotes', { id })).toEqual({ riskNotes: ANA.riskNotes });
    await call('cre:roster.update', { id, collaborator: { ...ANA, riskNotes: '' } });
    expect(await call('cre:roster.revealRiskNotes', { id })).toEqual({ riskNotes: '' });
  });
});
