// The consultation form's mapping to the contract: empty days mean none, participants this vault does not hold kept by
// id, a sensitive mark without a quote dropped, new items with ids the schema takes, and errors as message keys.
import { describe, expect, it } from 'vitest';
import { consultationInputSchema, type Consultation } from '../../../common/consultations/consultation.schema.js';
import {
  consultationFieldPathOf,
  emptyConsultationFormValues,
  newAction,
  newFeedbackItem,
  toConsultationFormValues,
  toConsultationInput,
  validateConsultation,
  type ConsultationFormValues,
} from '../../../renderer/features/consultations/consultation-form-model.js';

const COMMUNITY = '01890a5d-ac96-7b4c-8000-000000000011';
const ELSEWHERE = '01890a5d-ac96-7b4c-8000-000000000012';

const stored: Consultation = {
  id: '01890a5d-ac96-7b4c-8000-000000000001',
  topic: 'Listening round',
  startsOn: '2026-03-01',
  endsOn: null,
  channel: 'visit',
  region: 'africa',
  sharing: 'regional',
  communityIds: [COMMUNITY, ELSEWHERE],
  collaboratorIds: [],
  communities: [{ id: COMMUNITY, name: 'Lusanga valley pastoralists' }],
  collaborators: [],
  otherParticipants: '',
  feedback: [{ id: 'heard-1', theme: 'Security', text: 'Leaders fear being named.', quote: 'A named leader said so.', quoteSensitive: true }],
  actions: [{ id: 'action-1', text: 'Write back', owner: 'Africa facilitator', dueOn: '2026-03-20', doneOn: null }],
  notes: '',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  hlc: '1772445600000-00000-01890a5d-ac96-7b4c-8000-000000000099',
  changedBy: '01890a5d-ac96-7b4c-8000-000000000099',
  deletedAt: null,
};

const filled = (extra: Partial<ConsultationFormValues> = {}): ConsultationFormValues => ({
  ...emptyConsultationFormValues(),
  topic: 'Survey of partners',
  startsOn: '2026-02-01',
  region: 'global',
  ...extra,
});

describe('the consultation form model', () => {
  it('round-trips a stored round, keeping a participant this vault does not hold by id, without a name', () => {
    const values = toConsultationFormValues(stored);
    expect(values.communities).toEqual([
      { id: COMMUNITY, name: 'Lusanga valley pastoralists' },
      { id: ELSEWHERE, name: '' },
    ]);
    expect(values.endsOn).toBe('');
    expect(values.actions[0]).toMatchObject({ dueOn: '2026-03-20', doneOn: '' });
    const input = toConsultationInput(values);
    expect(input).toMatchObject({ endsOn: null, communityIds: [COMMUNITY, ELSEWHERE], actions: [{ dueOn: '2026-03-20', doneOn: null }] });
    expect(consultationInputSchema.safeParse(input).success).toBe(true);
    expect(validateConsultation(values).size).toBe(0);
  });

  it('drops a sensitive mark that has no quote, and gives new items ids the schema takes, each different', () => {
    const feedback = [{ ...newFeedbackItem(), theme: 'Language', text: 'Forms in four languages.', quoteSensitive: true }, newFeedbackItem()];
    expect(feedback[0]?.id).not.toBe(feedback[1]?.id);
    const input = toConsultationInput(filled({ feedback: feedback.slice(0, 1), actions: [{ ...newAction(), text: 'Translate', owner: 'Secretariat' }] }));
    expect(input.feedback?.[0]?.quoteSensitive).toBe(false);
    expect(consultationInputSchema.safeParse(input).success).toBe(true);
  });

  it('says what is missing or wrong in message keys, on the field it belongs to', () => {
    const errors = validateConsultation({
      ...emptyConsultationFormValues(),
      feedback: [newFeedbackItem()],
      actions: [{ ...newAction(), text: 'Call back', dueOn: '2026-02-30' }],
    });
    expect(errors.get('topic')).toEqual({ key: 'required' });
    expect(errors.get('startsOn')).toEqual({ key: 'required' });
    expect(errors.get('region')).toEqual({ key: 'choose' });
    expect(errors.get('feedback.0.theme')).toEqual({ key: 'required' });
    expect(errors.get('feedback.0.text')).toEqual({ key: 'required' });
    expect(errors.get('actions.0.owner')).toEqual({ key: 'required' });
    expect(validateConsultation(filled({ endsOn: '2026-01-31' })).get('endsOn')).toEqual({ key: 'endsBeforeStart' });
    expect(validateConsultation(filled({ topic: 'x'.repeat(301) })).get('topic')).toEqual({ key: 'tooLong', max: 300 });
  });

  it('puts participant issues on their list, row issues on their input', () => {
    expect(consultationFieldPathOf(['communityIds', 3])).toBe('communities');
    expect(consultationFieldPathOf(['collaboratorIds', 0])).toBe('collaborators');
    expect(consultationFieldPathOf(['feedback'])).toBe('feedback');
    expect(consultationFieldPathOf(['actions', 1, 'dueOn'])).toBe('actions.1.dueOn');
  });
});
