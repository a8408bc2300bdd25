// The decision meeting's form: the quorum after recusals (as the core counts it), what create receives, and the checks.
import { describe, expect, it } from 'vitest';
import { meetingInputSchema } from '../../../common/grants/award.schema.js';
import {
  agendaOrder,
  emptyMeetingValues,
  quorumAfterRecusals,
  toMeetingInput,
  validateMeeting,
  type AgendaItem,
  type MeetingFormValues,
} from '../../../renderer/features/grants/meetings/meeting-model.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CALL = id(99);
const applications = [
  { id: id(1), amountRequested: 4200 },
  { id: id(2), amountRequested: 7000 },
];
const checks = { ceiling: 5000, quorum: 2, recusedOf: (applicationId: string) => (applicationId === id(1) ? ['ana'] : []) };

function values(patch: Partial<MeetingFormValues> = {}): MeetingFormValues {
  return { ...emptyMeetingValues('2026-04-20', applications, 5000), attendees: ['ana', 'bo', 'chi'], ...patch };
}

describe('quorum after recusals', () => {
  it('leaves recused attendees out of the count', () => {
    expect(quorumAfterRecusals(['ana', 'bo', 'chi'], ['ana'], 2)).toEqual({ present: 2, required: 2, met: true });
    expect(quorumAfterRecusals(['ana', 'bo'], ['ana'], 2)).toEqual({ present: 1, required: 2, met: false });
  });

  it('counts a member recused but absent as nobody, and an attendee listed twice once', () => {
    expect(quorumAfterRecusals(['bo', 'bo', 'chi'], ['ana'], 2)).toEqual({ present: 2, required: 2, met: true });
  });
});

describe('a new meeting', () => {
  it('starts an approval from the amount requested, at most the ceiling', () => {
    expect(emptyMeetingValues('2026-04-20', applications, 5000).decisions.map((item) => item.amount)).toEqual(['4200', '5000']);
  });

  it('sends only the decisions taken, with an amount only for an approval', () => {
    const form = values();
    form.decisions[0] = { ...form.decisions[0]!, decision: 'approved', rationale: 'Strong plan', amount: '4.000' };
    form.decisions[1] = { ...form.decisions[1]!, decision: 'declined', rationale: 'Over the ceiling', amount: '5000' };
    const input = toMeetingInput(CALL, form);
    expect(input.decisions).toEqual([
      { applicationId: id(1), decision: 'approved', rationale: 'Strong plan', amount: 4000 },
      { applicationId: id(2), decision: 'declined', rationale: 'Over the ceiling', amount: null },
    ]);
    expect(meetingInputSchema.safeParse(input).success).toBe(true);
    expect(toMeetingInput(CALL, values()).decisions).toEqual([]);
  });
});

describe('the checks before saving', () => {
  it('wants a date, someone present and at least one decision', () => {
    const errors = validateMeeting(values({ date: '', attendees: [] }), checks);
    expect(errors.get('date')).toEqual({ key: 'badDate' });
    expect(errors.get('attendees')).toEqual({ key: 'needAttendee' });
    expect(errors.get('decisions')).toEqual({ key: 'needDecision' });
  });

  it('refuses a decision without quorum after recusals, a missing rationale, and an amount over the ceiling', () => {
    const form = values({ attendees: ['ana', 'bo'] });
    form.decisions[0] = { ...form.decisions[0]!, decision: 'approved', rationale: '' };
    form.decisions[1] = { ...form.decisions[1]!, decision: 'approved', rationale: 'Good', amount: '5000,01' };
    const errors = validateMeeting(form, checks);
    expect(errors.get('decisions.0.decision')).toEqual({ key: 'quorumNotMet' });
    expect(errors.get('decisions.0.rationale')).toEqual({ key: 'rationaleRequired' });
    expect(errors.get('decisions.1.amount')).toEqual({ key: 'overCeiling' });
    expect(errors.has('decisions.1.decision')).toBe(false);
  });

  it('accepts a meeting whose decisions all have their quorum, rationale and amount', () => {
    const form = values();
    form.decisions[0] = { ...form.decisions[0]!, decision: 'waitlisted', rationale: 'Next round' };
    expect(validateMeeting(form, checks)).toEqual(new Map());
  });
});

describe('the agenda', () => {
  it('puts ranked applications first, best first, then the unranked ones in their order', () => {
    const item = (n: number, rank: number | null): AgendaItem =>
      ({ application: { id: id(n) }, ranked: rank === null ? null : { rank }, recused: [] }) as unknown as AgendaItem;
    expect(agendaOrder([item(1, null), item(2, 2), item(3, 1), item(4, null)]).map((entry) => entry.application.id)).toEqual([id(3), id(2), id(1), id(4)]);
  });
});
