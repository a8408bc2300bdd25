// The merge screen's choices: lists are joined, each chosen field comes from the picked side, and the result passes the contract.
import { describe, expect, it } from 'vitest';
import { collaboratorInputSchema, type Collaborator } from '../../../common/roster/collaborator.schema.js';
import { MASKED_CONTACT_ID, viewedCollaborator } from '../../helpers/collaborator-view.js';
import { defaultMergeChoices, mergedInput } from '../../../renderer/features/roster/merge-choices.js';

const base: Collaborator = {
  ...viewedCollaborator,
  name: 'Rede Águas',
  contacts: [viewedCollaborator.contacts[0] ?? { id: MASKED_CONTACT_ID, type: 'signal', value: null, masked: true, note: '', sensitive: true }],
  vetting: { status: 'vetted', vouchedBy: 'Asha', date: null, note: '' },
};
const other: Collaborator = {
  ...base,
  id: '0190a0e4-1c2b-7d3e-8f40-000000000002',
  name: 'Rede Aguas',
  kind: 'cso',
  countries: ['PE', 'BR'],
  contacts: [{ id: '0190a0e4-1c2b-7d3e-8f40-123456789abd', type: 'email', value: 'a@example.org', masked: false, note: '', sensitive: false }],
  vetting: { status: 'proposed', vouchedBy: '', date: null, note: '' },
  availability: { status: 'available', until: null },
  sharing: 'network',
  notes: 'Works on the Amazon',
};

describe('mergedInput', () => {
  it('keeps the kept side by default and joins lists, contacts by id without values', () => {
    const merged = mergedInput(base, other, defaultMergeChoices());
    expect(merged.name).toBe('Rede Águas');
    expect(merged.kind).toBe('network');
    expect(merged.sharing).toBe('regional');
    expect(merged.countries).toEqual(['BR', 'PE']);
    expect(merged.contacts?.map((contact) => contact.id)).toHaveLength(2);
    expect(merged.contacts?.every((contact) => !('value' in contact))).toBe(true);
    expect(merged.notes).toBe('Met in Belém\n\nWorks on the Amazon');
    expect(collaboratorInputSchema.safeParse(merged).success).toBe(true);
  });

  it('takes each picked field from the other side', () => {
    const merged = mergedInput(base, other, { name: 'other', kind: 'other', vetting: 'other', availability: 'kept', sharing: 'other' });
    expect(merged.name).toBe('Rede Aguas');
    expect(merged.kind).toBe('cso');
    expect(merged.vetting.status).toBe('proposed');
    expect(merged.availability.status).toBe('limited');
    expect(merged.sharing).toBe('network');
  });
});
