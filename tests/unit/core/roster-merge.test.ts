// Duplicate candidates and merging: both histories survive, masked values are kept without being revealed.
import { describe, expect, it } from 'vitest';
import { proposeMerge } from '../../../common/roster/merge.js';
import { createTestVault } from '../../helpers/temp-vault.js';
import { ANA } from '../../helpers/roster-fixtures.js';

describe('duplicates and merge', () => {
  it('offers entries with the same or a similar name, most likely first', async () => {
    const { core } = await createTestVault();
    const { id: first } = core.roster.create(ANA);
    const { id: similar } = core.roster.create({ ...ANA, name: 'Rede Ficticia de Pesquisas Financeiras', countries: ['AR'] });
    core.roster.create({ ...ANA, name: 'Collectif Imaginaire du Sahel', countries: ['ML'] });
    const found = core.roster.findDuplicates({ name: 'rede fictícia de pesquisa financeira', countries: ['BR'] });
    expect(found.map((d) => [d.id, d.reason])).toEqual([
      [first, 'same_name_and_country'],
      [similar, 'similar_name'],
    ]);
    expect(core.roster.findDuplicates({ name: ANA.name, countries: ['BR'] }, first).map((d) => d.id)).toEqual([similar]);
    expect(core.roster.findDuplicates({ name: '"*) OR (', countries: [] })).toEqual([]);
  });

  it('merges into the kept entry: lists joined, contacts and risk notes of both kept, the other left as a pointer', async () => {
    const { core } = await createTestVault();
    const { id: keepId } = core.roster.create(ANA);
    const { id: mergeId } = core.roster.create({
      ...ANA,
      name: 'Rede Ficticia',
      countries: ['AR'],
      contacts: [{ type: 'email', value: 'hidden@example.org' }],
      riskNotes: 'Second risk note',
      expertise: ['river basins'],
    });
    const proposal = proposeMerge(core.roster.get(keepId), core.roster.get(mergeId));
    core.roster.merge(keepId, mergeId, proposal);
    const merged = core.roster.get(keepId);
    expect(merged.countries).toEqual(['BR', 'PT', 'AR']);
    expect(merged.expertise).toEqual(['Development banks', 'power mapping', 'river basins']);
    const email = merged.contacts.find((c) => c.type === 'email');
    expect(email?.masked).toBe(true);
    expect(core.roster.revealContact(keepId, email?.id ?? '')).toEqual({ value: 'hidden@example.org' });
    expect(core.roster.revealRiskNotes(keepId).riskNotes).toContain('Second risk note');
    expect(core.roster.get(mergeId).deletedAt).not.toBeNull();
    expect(core.roster.listDeleted(10)).toEqual([]);
    expect(() => core.roster.restore(mergeId)).not.toThrow();
    expect(core.roster.get(mergeId).deletedAt).not.toBeNull();
    expect(core.vault.auditTrail(5).map((e) => e.kind)).toContain('collaborators_merged');
    expect(() => core.roster.merge(keepId, keepId, proposal)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
