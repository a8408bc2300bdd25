// A collaborator as the page sees it (masked contact, hidden risk notes), for renderer logic tests.
import type { Collaborator } from '../../common/roster/collaborator.schema.js';

export const MASKED_CONTACT_ID = '0190a0e4-1c2b-7d3e-8f40-123456789abc';
export const OPEN_CONTACT_ID = '0190a0e4-1c2b-7d3e-8f40-123456789abd';

export const viewedCollaborator: Collaborator = {
  id: '0190a0e4-1c2b-7d3e-8f40-000000000001',
  name: 'Rede Águas de São Paulo',
  kind: 'network',
  countries: ['BR'],
  levels: ['national'],
  strategyAreas: ['financial_research'],
  expertise: ['river basins'],
  languages: ['pt'],
  contacts: [
    { id: MASKED_CONTACT_ID, type: 'signal', value: null, masked: true, note: 'evenings', sensitive: true },
    { id: OPEN_CONTACT_ID, type: 'website', value: 'https://example.org', masked: false, note: '', sensitive: false },
  ],
  vetting: { status: 'vetted', vouchedBy: 'Asha', date: '2025-03-01', note: '' },
  availability: { status: 'limited', until: null },
  sharing: 'regional',
  riskNotes: '',
  riskNotesMasked: true,
  notes: 'Met in Belém',
  region: 'latin_america',
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
  hlc: '0000000000001:0000:vault',
  changedBy: 'vault',
  deletedAt: null,
};
