// Saved searches: save, reopen, update by name, rename without clashes, delete.
import { describe, expect, it } from 'vitest';
import { createTestVault } from '../../helpers/temp-vault.js';

describe('saved searches', () => {
  it('save, list, update by name, rename and delete', async () => {
    const { core } = await createTestVault();
    const searches = core.savedSearches;
    const first = searches.save('French-speaking finance researchers', { text: '', filters: { language: ['fr'], strategy: ['financial_research'] }, sort: 'name' });
    searches.save('Security in Asia', { text: 'digital', filters: { region: ['asia'] }, sort: 'name' });
    const again = searches.save('french-speaking FINANCE researchers', { text: 'bank', filters: { language: ['fr'] }, sort: 'updated' });
    expect(again.id).toBe(first.id);
    const list = searches.list();
    expect(list.map((s) => s.name)).toEqual(['french-speaking FINANCE researchers', 'Security in Asia']);
    expect(list[0]?.query).toEqual({ text: 'bank', filters: { language: ['fr'] }, sort: 'updated' });
    expect(() => searches.rename(first.id, 'security in asia')).toThrow(expect.objectContaining({ code: 'conflict' }));
    searches.rename(first.id, 'Francophone finance');
    searches.delete(first.id);
    expect(searches.list().map((s) => s.name)).toEqual(['Security in Asia']);
    expect(() => searches.delete(first.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    core.vault.lock('user');
    expect(() => searches.list()).toThrow(expect.objectContaining({ code: 'locked' }));
  });
});
