// A realistic, fictional collaborator for roster tests.
import type { CollaboratorInput } from '../../common/roster/collaborator.schema.js';

export const ANA: CollaboratorInput = {
  name: 'Rede Fictícia de Pesquisa Financeira',
  kind: 'academic',
  countries: ['br', 'PT'],
  levels: ['national', 'international'],
  strategyAreas: ['financial_research', 'advocacy'],
  expertise: ['Development banks', 'power mapping'],
  languages: ['pt', 'es'],
  contacts: [
    { type: 'signal', value: '+55 11 5555 0100', note: 'evenings' },
    { type: 'website', value: 'https://example.org', sensitive: false },
  ],
  vetting: { status: 'vetted', vouchedBy: 'Regional facilitator', date: '2026-03-01' },
  availability: { status: 'available' },
  sharing: 'regional',
  riskNotes: 'Threatened after the 2025 hearing in São Paulo',
  notes: 'Works on IDB and BNDES projects around São Paulo',
};
