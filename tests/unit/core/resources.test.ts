// Resources over a real vault through the router: validation at the boundary, filters, tombstones with undo, and the audit trail.
import { describe, expect, it } from 'vitest';
import { routedTestVault } from '../../helpers/core-router.js';

const GUIDE = {
  title: 'Imaginary guide to complaint mechanisms',
  type: 'guide',
  strategyAreas: ['courts_complaints', 'advocacy'],
  languages: ['en', 'es'],
  summary: 'How a community files a complaint with a development bank.',
  sharing: 'network',
};
const TOOLKIT = { ...GUIDE, title: 'Fictional media toolkit', type: 'toolkit', strategyAreas: ['media_campaigning'], languages: ['pt'], summary: 'Press kits.' };

describe('resources', () => {
  it('stores a resource, stamps it for sync, lists it with its attachment count, and audits the change', async () => {
    const { call, core } = await routedTestVault();
    const { id } = await call<{ id: string }>('cre:resources.create', { resource: GUIDE });
    const view = await call<Record<string, unknown>>('cre:resources.get', { id });
    expect(view).toMatchObject({ ...GUIDE, attachments: [], deletedAt: null });
    expect(view['hlc']).toEqual(expect.any(String));
    expect(await call('cre:resources.list', {})).toEqual([expect.objectContaining({ id, title: GUIDE.title, attachmentCount: 0 })]);
    await call('cre:resources.update', { id, resource: { ...GUIDE, summary: 'Edited.' } });
    expect(await call<{ summary: string }>('cre:resources.get', { id })).toMatchObject({ summary: 'Edited.' });
    const kinds = core.vault.auditTrail(10).map((entry) => entry.kind);
    expect(kinds.slice(0, 2)).toEqual(['resource_updated', 'resource_created']);
    expect(core.vault.auditTrail(1)[0]?.detail).toEqual({ resourceId: id });
  });

  it('answers invalid_input to an unknown type, strategy area or language, and to an empty title', async () => {
    const { failure } = await routedTestVault();
    expect(await failure('cre:resources.create', { resource: { ...GUIDE, type: 'poster' } })).toBe('invalid_input');
    expect(await failure('cre:resources.create', { resource: { ...GUIDE, strategyAreas: ['lobbying'] } })).toBe('invalid_input');
    expect(await failure('cre:resources.create', { resource: { ...GUIDE, languages: ['zz'] } })).toBe('invalid_input');
    expect(await failure('cre:resources.create', { resource: { ...GUIDE, title: '  ' } })).toBe('invalid_input');
    expect(await failure('cre:resources.list', { type: 'poster' })).toBe('invalid_input');
  });

  it('filters by text, type, strategy area and language', async () => {
    const { call } = await routedTestVault();
    await call('cre:resources.create', { resource: GUIDE });
    await call('cre:resources.create', { resource: TOOLKIT });
    const titles = async (input: object) => (await call<{ title: string }[]>('cre:resources.list', input)).map((r) => r.title);
    expect(await titles({})).toEqual([TOOLKIT.title, GUIDE.title]);
    expect(await titles({ text: 'press' })).toEqual([TOOLKIT.title]);
    expect(await titles({ text: '100%' })).toEqual([]);
    expect(await titles({ type: 'guide' })).toEqual([GUIDE.title]);
    expect(await titles({ strategyArea: 'advocacy' })).toEqual([GUIDE.title]);
    expect(await titles({ language: 'PT' })).toEqual([TOOLKIT.title]);
    expect(await titles({ language: 'es', strategyArea: 'media_campaigning' })).toEqual([]);
  });

  it('delete is a tombstone with undo: out of the list, in the deleted view, not editable until restored', async () => {
    const { call, failure, core } = await routedTestVault();
    const { id } = await call<{ id: string }>('cre:resources.create', { resource: GUIDE });
    const before = await call<{ hlc: string }>('cre:resources.get', { id });
    await call('cre:resources.delete', { id });
    expect(await call('cre:resources.list', {})).toEqual([]);
    expect(await call('cre:resources.list', { deleted: true })).toEqual([expect.objectContaining({ id })]);
    const tombstone = await call<{ deletedAt: string | null; hlc: string }>('cre:resources.get', { id });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(tombstone.hlc > before.hlc).toBe(true);
    expect(await failure('cre:resources.update', { id, resource: GUIDE })).toBe('conflict');
    await call('cre:resources.restore', { id });
    expect(await call('cre:resources.list', {})).toEqual([expect.objectContaining({ id })]);
    expect(core.vault.auditTrail(2).map((entry) => entry.kind)).toEqual(['resource_restored', 'resource_deleted']);
    expect(await failure('cre:resources.get', { id: '0190d5a0-0000-7000-8000-000000000000' })).toBe('not_found');
  });
});
