// Fictional communities and harmful projects for tests.
import type { CommunityInput, HarmfulProjectInput } from '../../common/community/community.schema.js';

export const RIO_VERDE: CommunityInput = {
  name: 'Comunidade Ficticia do Rio Verde',
  country: 'br',
  area: 'Pará',
  coordinates: { latitude: -3.2, longitude: -52.2 },
  languages: ['pt'],
  contacts: [
    { type: 'signal', value: '+55 91 5555 0199', note: 'community radio, after 6 pm' },
    { type: 'website', value: 'https://example.org/rio-verde', sensitive: false },
  ],
  sharing: 'regional',
  notes: 'Fishing families downstream of the planned dam.',
};

export const IMAGINARY_DAM: HarmfulProjectInput = {
  name: 'Imaginary Falls Hydropower Project',
  country: 'BR',
  location: 'Xingu basin',
  sectors: ['hydropower', 'energy'],
  financiers: [{ name: 'Example Development Bank', projectId: 'EDB-0001', url: 'https://example.org/edb/0001' }],
  companies: ['Fictional Energia S.A.'],
  stage: 'approved',
  riskCategory: 'A',
  investment: { amount: 250_000_000, currency: 'USD' },
  boardDate: '2026-03-15',
  references: [{ title: 'Project disclosure page', url: 'https://example.org/disclosure' }],
  notes: '',
};
