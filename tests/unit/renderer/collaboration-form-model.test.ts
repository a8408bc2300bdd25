// The collaboration form's mapping to the contract (blanks for no request and no follow-up, members without their names),
// its translated error keys, the learning recorded from the detail screen, and the calendar-day formatting.
import { describe, expect, it } from 'vitest';
import { collaborationInputSchema, type Collaboration } from '../../../common/community/collaboration.schema.js';
import {
  emptyCollaborationValues,
  isBlankLearning,
  newLearning,
  toCollaborationFormValues,
  toCollaborationInput,
  validateCollaboration,
  withLearnings,
} from '../../../renderer/features/collaborations/collaboration-form-model.js';
import { formatDay, localDay, memberNames } from '../../../renderer/features/collaborations/collaboration-format.js';

const COMMUNITY_ID = '0190a0e4-1c2b-7d3e-8f40-000000000010';
const REQUEST_ID = '0190a0e4-1c2b-7d3e-8f40-000000000011';
const ANA_ID = '0190a0e4-1c2b-7d3e-8f40-000000000021';
const BEA_ID = '0190a0e4-1c2b-7d3e-8f40-000000000022';
const COLLABORATION_ID = '0190a0e4-1c2b-7d3e-8f40-000000000031';

const stored: Collaboration = {
  id: COLLABORATION_ID,
  communityId: COMMUNITY_ID,
  requestId: REQUEST_ID,
  communityName: 'Comunidade Ribeirinha do Xingu',
  region: 'latin_america',
  members: [
    { collaboratorId: ANA_ID, name: 'Ana Fictional Researcher', role: 'financial research' },
    { collaboratorId: BEA_ID, name: 'Bea Fictional Legal Clinic', role: '' },
  ],
  owner: 'Latin America facilitator',
  nextFollowUp: '2026-03-02',
  outcomes: 'Financier map shared.',
  learnings: [{ whatWorked: 'Early call', whatDidNot: '', strategyArea: 'financial_research', text: '' }],
  state: 'active',
  history: [{ state: 'proposed', at: '2026-01-01T10:00:00.000Z' }],
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  hlc: '0000000000001-0000-0000000000000000',
  changedBy: '0190a0e4-1c2b-7d3e-8f40-000000000099',
  deletedAt: null,
};

describe('the collaboration form model', () => {
  it('round-trips a stored collaboration into exactly the input the contract accepts', () => {
    const input = toCollaborationInput(toCollaborationFormValues(stored));
    expect(input).toEqual({
      communityId: COMMUNITY_ID,
      requestId: REQUEST_ID,
      members: [
        { collaboratorId: ANA_ID, role: 'financial research' },
        { collaboratorId: BEA_ID, role: '' },
      ],
      owner: 'Latin America facilitator',
      nextFollowUp: '2026-03-02',
      outcomes: 'Financier map shared.',
      learnings: [{ whatWorked: 'Early call', whatDidNot: '', strategyArea: 'financial_research', text: '' }],
    });
    expect(collaborationInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends blanks as null: no request, no follow-up, a learning without an area', () => {
    const values = { ...emptyCollaborationValues(COMMUNITY_ID, null), owner: 'Me', members: [{ collaboratorId: ANA_ID, name: 'Ana', role: '' }], learnings: [newLearning()] };
    const input = toCollaborationInput(values);
    expect(input.requestId).toBeNull();
    expect(input.nextFollowUp).toBeNull();
    expect(input.learnings?.[0]?.strategyArea).toBeNull();
  });

  it('names each problem with a translated key on its own field', () => {
    const errors = validateCollaboration(emptyCollaborationValues(null, null));
    expect(errors.get('communityId')?.key).toBe('chooseCommunity');
    expect(errors.get('members')?.key).toBe('needMember');
    expect(errors.get('owner')?.key).toBe('required');
    const twice = { ...toCollaborationFormValues(stored), members: [stored.members[0]!, stored.members[0]!], nextFollowUp: '2026-13-40' };
    const more = validateCollaboration(twice);
    expect(more.get('members')?.key).toBe('duplicateMember');
    expect(more.get('nextFollowUp')?.key).toBe('badDate');
    expect(validateCollaboration(toCollaborationFormValues(stored)).size).toBe(0);
  });

  it('records a learning from the detail screen without touching anything else', () => {
    const added = { whatWorked: '', whatDidNot: 'Too many meetings', strategyArea: null, text: '' };
    const input = withLearnings(stored, [...stored.learnings, added]);
    expect(input.learnings).toEqual([...stored.learnings, added]);
    expect({ ...input, learnings: [] }).toEqual({ ...toCollaborationInput(toCollaborationFormValues(stored)), learnings: [] });
    expect(isBlankLearning(newLearning())).toBe(true);
    expect(isBlankLearning({ ...newLearning(), strategyArea: 'advocacy' })).toBe(false);
  });
});

describe('collaboration formatting', () => {
  it('shows a calendar day as that day in every time zone, in the interface language', () => {
    expect(formatDay('2026-03-02', 'en')).toBe('Mar 2, 2026');
    expect(formatDay('2026-03-02', 'es')).toBe('2 mar 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('gives the local day for a new activity, and members as one line', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(memberNames(stored.members)).toBe('Ana Fictional Researcher, Bea Fictional Legal Clinic');
    expect(memberNames([{ name: '' }, { name: 'Bea' }])).toBe('Bea');
  });
});
