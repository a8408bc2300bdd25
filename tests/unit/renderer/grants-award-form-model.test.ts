// The award form's model: tranches keep their ids and reports their numbers, the tranches must add up to the award, an
// award is at most the approved amount, and "when report N is approved" names a report of the schedule.
import { describe, expect, it } from 'vitest';
import { awardInputSchema, type Award } from '../../../common/grants/award.schema.js';
import {
  emptyAwardValues,
  newReport,
  newTranche,
  toAwardFormValues,
  toAwardInput,
  tranchesTotal,
  validateAward,
  type AwardFormValues,
} from '../../../renderer/features/grants/awards/award-form-model.js';

const APPLICATION = '00000000-0000-4000-8000-000000000001';

function schedule(): AwardFormValues {
  return {
    amount: '4000',
    awardedOn: '2026-05-01',
    signedOn: '',
    tranches: [
      { id: 'tranche-1', amount: '2.400', dueDate: '2026-05-10', condition: 'on_signature', reportNumber: '' },
      { id: 'tranche-2', amount: '1600', dueDate: '2026-09-01', condition: 'report_approved', reportNumber: '1' },
    ],
    reports: [{ number: 1, kind: 'narrative', dueDate: '2026-08-15' }],
  };
}

describe('a new award', () => {
  it('starts from the approved amount in one tranche on signature', () => {
    expect(emptyAwardValues(3500, '2026-05-01')).toEqual({
      amount: '3500',
      awardedOn: '2026-05-01',
      signedOn: '',
      tranches: [{ id: 'tranche-1', amount: '3500', dueDate: '2026-05-01', condition: 'on_signature', reportNumber: '' }],
      reports: [],
    });
  });

  it('gives a new tranche an unused id and a new report the next number', () => {
    const values = schedule();
    expect(newTranche(values.tranches, '', '2026-06-01').id).toBe('tranche-3');
    expect(newReport([{ number: 1, kind: 'narrative', dueDate: '' }, { number: 4, kind: 'financial', dueDate: '' }], '2026-06-01').number).toBe(5);
  });
});

describe('what create and update receive', () => {
  it('reads the amounts, keeps the tranche ids and sends a report number only with its condition', () => {
    const values = schedule();
    values.tranches[0] = { ...values.tranches[0]!, reportNumber: '1' };
    const input = toAwardInput(APPLICATION, values);
    expect(input.tranches).toEqual([
      { id: 'tranche-1', amount: 2400, dueDate: '2026-05-10', condition: 'on_signature', reportNumber: null },
      { id: 'tranche-2', amount: 1600, dueDate: '2026-09-01', condition: 'report_approved', reportNumber: 1 },
    ]);
    expect(input.signedOn).toBeNull();
    expect(awardInputSchema.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored award through the form', () => {
    const stored = { ...awardInputSchema.parse(toAwardInput(APPLICATION, schedule())), currency: 'USD' } as unknown as Award;
    expect(toAwardInput(APPLICATION, toAwardFormValues(stored))).toEqual(toAwardInput(APPLICATION, schedule()));
  });
});

describe('the checks before saving', () => {
  it('accepts a schedule that adds up', () => {
    expect(tranchesTotal(schedule().tranches)).toBe(4000);
    expect(validateAward(schedule(), 4000)).toEqual(new Map());
  });

  it('refuses tranches that do not add up, an award over the approved amount, and an unknown report', () => {
    const values = schedule();
    values.tranches[1] = { ...values.tranches[1]!, amount: '1500', reportNumber: '2' };
    const errors = validateAward(values, 3900);
    expect(errors.get('amount')).toEqual({ key: 'overApproved' });
    expect(errors.get('tranches')).toEqual({ key: 'tranchesSum' });
    expect(errors.get('tranches.1.reportNumber')).toEqual({ key: 'chooseReport' });
  });

  it('names bad amounts and dates by their row', () => {
    const values = schedule();
    values.tranches[0] = { ...values.tranches[0]!, amount: 'x', dueDate: '' };
    values.reports[0] = { ...values.reports[0]!, dueDate: '2026-02-30' };
    const errors = validateAward({ ...values, tranches: values.tranches }, 4000);
    expect(errors.get('tranches.0.amount')).toEqual({ key: 'badAmount' });
    expect(errors.get('tranches.0.dueDate')).toEqual({ key: 'badDate' });
    expect(errors.get('reports.0.dueDate')).toEqual({ key: 'badDate' });
    expect(validateAward({ ...schedule(), tranches: [] }, 4000).get('tranches')).toEqual({ key: 'needTranche' });
  });
});
