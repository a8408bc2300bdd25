// The compose form's model: the packet it makes for the contract, its own checks (period ends, expiry, something to ask),
// the schema's errors as form fields, files dropped with their application, question ids; and the advisory reviews apart.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKET_DAYS, packetComposeSchema } from '../../../common/review/review.schema.js';
import { splitReviews, weightedScoreOf } from '../../../renderer/features/review/advisory-model.js';
import {
  emptyComposeValues,
  newQuestion,
  nextQuestionId,
  parseExpiryDays,
  toComposeInput,
  toggleApplication,
  validateCompose,
  type ComposeFormValues,
} from '../../../renderer/features/review/compose-form-model.js';

const MEMBER = '00000000-0000-4000-8000-000000000001';
const APPLICATION = '00000000-0000-4000-8000-000000000002';
const OTHER_APPLICATION = '00000000-0000-4000-8000-000000000003';
const FILE = '00000000-0000-4000-8000-000000000004';
const OTHER_FILE = '00000000-0000-4000-8000-000000000005';

function filled(patch: Partial<ComposeFormValues> = {}): ComposeFormValues {
  return { ...emptyComposeValues(), title: '  Advice on the 2026 call  ', recipientIds: [MEMBER], applicationIds: [APPLICATION], ...patch };
}

describe('compose form model', () => {
  it('starts with the report ticked, no period and the default expiry', () => {
    const values = emptyComposeValues();
    expect(values.includeReport).toBe(true);
    expect([values.periodFrom, values.periodTo]).toEqual(['', '']);
    expect(values.expiresInDays).toBe(String(DEFAULT_PACKET_DAYS));
  });

  it('makes a packet the contract accepts: trimmed texts, no period, no respond-by date', () => {
    const input = toComposeInput(filled({ message: ' Please read by Friday. ' }));
    expect(input).toMatchObject({ title: 'Advice on the 2026 call', message: 'Please read by Friday.', period: null, includeReport: false, respondBy: null, expiresInDays: 60 });
    expect(packetComposeSchema.safeParse(input).success).toBe(true);
    expect(validateCompose(filled()).size).toBe(0);
  });

  it('sends the period and the report only with both dates; a text question drops its labels', () => {
    const question = { ...newQuestion([]), text: ' How did it go? ', lowLabel: 'bad', highLabel: 'good' };
    const input = toComposeInput(filled({ periodFrom: '2026-01-01', periodTo: '2026-03-31', respondBy: '2026-05-01', questions: [question] }));
    expect(input.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(input.includeReport).toBe(true);
    expect(input.respondBy).toBe('2026-05-01');
    expect(input.questions).toEqual([{ id: 'q-1', text: 'How did it go?', kind: 'text', lowLabel: '', highLabel: '' }]);
    const rating = toComposeInput(filled({ questions: [{ ...question, kind: 'rating' }] }));
    expect(rating.questions?.[0]).toMatchObject({ kind: 'rating', lowLabel: 'bad', highLabel: 'good' });
  });

  it('asks for both ends of a period, in order', () => {
    expect(validateCompose(filled({ periodFrom: '2026-01-01' })).get('periodTo')).toEqual({ key: 'periodBoth' });
    expect(validateCompose(filled({ periodTo: '2026-01-01' })).get('periodFrom')).toEqual({ key: 'periodBoth' });
    expect(validateCompose(filled({ periodFrom: '2026-02-01', periodTo: '2026-01-01' })).get('periodTo')).toEqual({ key: 'periodOrder' });
  });

  it('reads the expiry as whole days from 1 to 365', () => {
    expect([parseExpiryDays(' 30 '), parseExpiryDays('365'), parseExpiryDays('0'), parseExpiryDays('366'), parseExpiryDays('2.5'), parseExpiryDays('')]).toEqual([30, 365, null, null, null, null]);
    expect(validateCompose(filled({ expiresInDays: '0' })).get('expiresInDays')).toEqual({ key: 'days', max: 365 });
  });

  it('names the fields the contract refuses: title, recipients, a question without text', () => {
    const errors = validateCompose(filled({ title: ' ', recipientIds: [], questions: [newQuestion([])] }));
    expect(errors.get('title')).toEqual({ key: 'required' });
    expect(errors.get('recipientIds')).toEqual({ key: 'required' });
    expect(errors.get('questions.0.text')).toEqual({ key: 'required' });
  });

  it('refuses a packet that asks for nothing', () => {
    expect(validateCompose(filled({ applicationIds: [] })).get('applicationIds')).toEqual({ key: 'nothing' });
    expect(validateCompose(filled({ applicationIds: [], questions: [{ ...newQuestion([]), text: 'Anything else?' }] })).size).toBe(0);
  });

  it('drops an application’s files when it is unticked, and keeps the others', () => {
    const values = { applicationIds: [APPLICATION, OTHER_APPLICATION], fileIds: [FILE, OTHER_FILE] };
    expect(toggleApplication(values, APPLICATION, false, [FILE])).toEqual({ applicationIds: [OTHER_APPLICATION], fileIds: [OTHER_FILE] });
    expect(toggleApplication(values, APPLICATION, true, [FILE])).toEqual(values);
    expect(toggleApplication({ applicationIds: [], fileIds: [] }, APPLICATION, true, [])).toEqual({ applicationIds: [APPLICATION], fileIds: [] });
  });

  it('gives questions ids the contract accepts, never one taken', () => {
    expect(nextQuestionId([])).toBe('q-1');
    expect(nextQuestionId(['q-2'])).toBe('q-3');
    expect(nextQuestionId(['q-1', 'q-3'])).toBe('q-4');
    expect(nextQuestionId(['q-2', 'q-3'])).toBe('q-4');
    expect(newQuestion(['q-1'], 'rating')).toEqual({ id: 'q-2', text: '', kind: 'rating', lowLabel: '', highLabel: '' });
  });
});

describe('advisory reviews', () => {
  it('splits the working group’s reviews from the committee’s', () => {
    const reviews = [{ kind: 'working_group' as const, id: 'a' }, { kind: 'advisory' as const, id: 'b' }, { kind: 'working_group' as const, id: 'c' }];
    const { workingGroup, advisory } = splitReviews(reviews);
    expect(workingGroup.map((review) => review.id)).toEqual(['a', 'c']);
    expect(advisory.map((review) => review.id)).toEqual(['b']);
  });

  it('weighs each scored criterion, ignoring what the rubric does not have', () => {
    const rubric = [
      { id: 'impact', weight: 2 },
      { id: 'feasibility', weight: 1 },
    ];
    expect(weightedScoreOf(rubric, [{ criterionId: 'impact', score: 5 }, { criterionId: 'feasibility', score: 2 }])).toBe(4);
    expect(weightedScoreOf(rubric, [{ criterionId: 'impact', score: 3 }, { criterionId: 'unknown', score: 0 }])).toBe(3);
    expect(weightedScoreOf(rubric, [])).toBeNull();
  });
});
