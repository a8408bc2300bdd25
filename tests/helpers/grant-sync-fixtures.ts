// Grant calls, applications and awards as the forms send them, for the tests of grants travelling between vaults.
import type { ApplicationInput } from '../../common/grants/application.schema.js';
import type { AwardInput } from '../../common/grants/award.schema.js';
import type { CallInput, GroupMember } from '../../common/grants/call.schema.js';

const LEVELS = ['Not shown', 'Weak', 'Fair', 'Good', 'Strong', 'Outstanding'];

/** An open call, from 1 January to 31 March 2026 in Bogotá's time, with a two-criteria rubric. */
export function grantCallInput(regions: CallInput['regions'], workingGroup: GroupMember[], overrides: Partial<CallInput> = {}): CallInput {
  return {
    kind: 'open',
    regions,
    strategyAreas: ['community_organizing'],
    texts: [
      { language: 'en', title: 'Community defence of territory', text: 'Small grants for communities defending their land and rivers.' },
      { language: 'es', title: 'Defensa comunitaria del territorio', text: 'Pequeñas subvenciones para comunidades que defienden su tierra y sus ríos.' },
    ],
    eligibility: [{ id: 'community-led', text: 'The work is led by the affected community' }],
    opensAt: '2026-01-01T00:00',
    closesAt: '2026-03-31T17:00',
    timeZone: 'America/Bogota',
    currency: 'USD',
    ceiling: 5000,
    envelope: 40000,
    requiredDocuments: ['Budget'],
    rubric: [
      { id: 'impact', name: 'Impact on the struggle', weight: 2, levels: LEVELS },
      { id: 'feasibility', name: 'Feasibility', weight: 1, levels: LEVELS },
    ],
    workingGroup,
    quorum: Math.min(2, Math.max(1, workingGroup.length)),
    blind: false,
    ...overrides,
  };
}

/** An application received by phone on 10 February 2026, in Portuguese, with the applicant's contact. */
export function grantApplicationInput(callId: string, communityId: string, overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    callId,
    communityId,
    title: 'Boats for the river watch',
    enteredBy: 'Secretariat',
    receivedAt: '2026-02-10T15:00:00.000Z',
    channel: 'phone',
    originalLanguage: 'pt',
    originalText: 'Precisamos de combustível para os barcos da vigilância do rio.',
    translationLanguage: 'en',
    translation: 'We need fuel for the river watch boats.',
    budget: [{ description: 'Boat fuel for six months', amount: 1200, currency: 'USD', rate: 1 }],
    eligibility: [{ itemId: 'community-led', met: true }],
    contacts: [{ type: 'phone', value: '+55 91 5555 0142', note: 'community radio' }],
    letterLanguage: 'pt',
    ...overrides,
  };
}

/** An award paid in one tranche on signature, with one narrative report due. */
export function grantAwardInput(applicationId: string, amount: number): AwardInput {
  return {
    applicationId,
    amount,
    awardedOn: '2026-04-20',
    tranches: [{ id: 'first', amount, dueDate: '2026-05-01', condition: 'none' }],
    reports: [{ number: 1, kind: 'narrative', dueDate: '2026-09-30' }],
    signedOn: '2026-04-25',
  };
}
