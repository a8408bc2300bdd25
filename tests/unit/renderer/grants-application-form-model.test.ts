// The application form's model: amounts and rates typed in any habit, the budget converted at each line's rate, the
// lifecycle steps taken by hand, lateness against the call's closing moment, and the checks before saving.
import { describe, expect, it } from 'vitest';
import { applicationInputSchema } from '../../../common/grants/application.schema.js';
import { convertedAmount, convertedTotal, hasAwardLetter, hasAwardPage, isReceivedLate, manualSteps, receivedAtOf, splitReceivedAt } from '../../../renderer/features/grants/applications/application-format.js';
import {
  emptyApplicationValues,
  parseMoney,
  parseRate,
  readableBudget,
  toApplicationInput,
  validateApplication,
  type ApplicationFormValues,
  type CallContext,
} from '../../../renderer/features/grants/applications/application-form-model.js';

const CALL = '00000000-0000-4000-8000-000000000001';
const COMMUNITY = '00000000-0000-4000-8000-000000000002';
const context: CallContext = { currency: 'USD', ceiling: 5000, closesAtInstant: '2026-03-31T22:00:00.000Z' };

function filled(patch: Partial<ApplicationFormValues> = {}): ApplicationFormValues {
  return {
    ...emptyApplicationValues({ callId: CALL, communityId: COMMUNITY, enteredBy: 'Ana', now: new Date(2026, 2, 10, 9, 30), letterLanguage: 'es' }),
    title: 'Radio comunitaria',
    originalText: 'Necesitamos equipos de radio.',
    budget: [{ description: 'Transmisor', amount: '1.200,50', currency: 'USD', rate: '7' }],
    ...patch,
  };
}

describe('amounts and rates as typed', () => {
  it('reads the decimal mark the way people type it', () => {
    expect(parseMoney('1200.5')).toBe(1200.5);
    expect(parseMoney('1,200.50')).toBe(1200.5);
    expect(parseMoney('1.200,50')).toBe(1200.5);
    expect(parseMoney('1 200,5')).toBe(1200.5);
    expect(parseMoney('1.200')).toBe(1200);
    expect(parseMoney('abc')).toBeNaN();
  });

  it('reads a lone mark in a rate as the decimal one, however many decimals follow', () => {
    expect(parseRate('0,00024')).toBe(0.00024);
    expect(parseRate('3945.5')).toBe(3945.5);
    expect(parseRate('3.945,5')).toBe(3945.5);
    expect(parseRate('1')).toBe(1);
    expect(parseRate('1.000.000')).toBeNaN();
    expect(parseRate('x')).toBeNaN();
  });
});

describe('the budget in the call’s currency', () => {
  it('converts each line at its recorded rate and rounds the sum to cents', () => {
    expect(convertedAmount({ amount: 1_000_000, rate: 0.00025 })).toBe(250);
    expect(convertedTotal([{ amount: 100, rate: 1 }, { amount: 333, rate: 0.333333 }])).toBe(211);
    expect(convertedTotal([])).toBe(0);
  });

  it('locks the rate of a line in the call’s own currency to 1, whatever was typed', () => {
    const lines = [
      { description: 'a', amount: '100', currency: 'usd', rate: '9' },
      { description: 'b', amount: '1000', currency: 'COP', rate: '0,00025' },
      { description: 'c', amount: 'oops', currency: 'COP', rate: '1' },
    ];
    expect(readableBudget(lines, context)).toEqual([
      { amount: 100, rate: 1 },
      { amount: 1000, rate: 0.00025 },
      { amount: 0, rate: 0 },
    ]);
    const input = toApplicationInput(filled({ budget: lines.slice(0, 2) }), context);
    expect(input.budget.map((line) => [line.currency, line.rate])).toEqual([
      ['USD', 1],
      ['COP', 0.00025],
    ]);
  });
});

describe('the lifecycle on the application’s page', () => {
  it('leaves decisions to meetings and the award to the award page', () => {
    expect(manualSteps('received')).toEqual(['eligible', 'ineligible']);
    expect(manualSteps('in_review')).toEqual([]);
    expect(manualSteps('approved')).toEqual([]);
    expect(manualSteps('awarded')).toEqual(['reporting']);
    expect(manualSteps('reporting')).toEqual(['closed']);
  });

  it('offers the award page from approval on, and the letter once awarded', () => {
    expect([hasAwardPage('in_review'), hasAwardPage('approved'), hasAwardPage('closed')]).toEqual([false, true, true]);
    expect([hasAwardLetter('approved'), hasAwardLetter('awarded'), hasAwardLetter('reporting')]).toEqual([false, true, true]);
  });
});

describe('the received moment', () => {
  it('goes from the local day and time to an instant and back', () => {
    const at = receivedAtOf('2026-03-10', '09:30');
    expect(at).not.toBeNull();
    expect(splitReceivedAt(at ?? '')).toEqual({ day: '2026-03-10', time: '09:30' });
    expect(receivedAtOf('2026-03-10', '9:3')).toBeNull();
    expect(receivedAtOf('', '09:30')).toBeNull();
  });

  it('is late only after the call’s closing instant', () => {
    expect(isReceivedLate('2026-03-31T22:00:00.000Z', context.closesAtInstant)).toBe(false);
    expect(isReceivedLate('2026-03-31T22:00:01.000Z', context.closesAtInstant)).toBe(true);
    expect(isReceivedLate('not a date', context.closesAtInstant)).toBe(false);
  });
});

describe('the checks before saving', () => {
  it('accepts a complete application, which the contract’s schema accepts too', () => {
    const values = filled();
    expect(validateApplication(values, context)).toEqual(new Map());
    expect(applicationInputSchema.safeParse(toApplicationInput(values, context)).success).toBe(true);
  });

  it('asks for a reason when the application came after the call closed', () => {
    const late = filled({ receivedDay: '2026-04-02', receivedTime: '10:00' });
    expect(validateApplication(late, context).get('lateReason')).toEqual({ key: 'lateReasonRequired' });
    expect(validateApplication({ ...late, lateReason: 'The river flooded the road.' }, context).has('lateReason')).toBe(false);
  });

  it('names the field of each problem: call, community, budget line, time, intermediary', () => {
    const errors = validateApplication(
      filled({
        callId: '',
        communityId: '',
        receivedTime: '',
        budget: [{ description: '', amount: '12.345', currency: 'usd1', rate: '0' }],
        recipient: 'intermediary',
      }),
      null,
    );
    expect(errors.get('callId')).toEqual({ key: 'chooseCall' });
    expect(errors.get('communityId')).toEqual({ key: 'chooseCommunity' });
    expect(errors.get('receivedTime')).toEqual({ key: 'badTime' });
    expect(errors.get('budget.0.description')).toEqual({ key: 'required' });
    expect(errors.get('budget.0.currency')).toEqual({ key: 'badCurrency' });
    expect(errors.get('budget.0.rate')).toEqual({ key: 'badRate' });
    expect(errors.get('intermediaryName')).toEqual({ key: 'intermediaryRequired' });
    expect(validateApplication(filled({ budget: [] }), context).get('budget')).toEqual({ key: 'needBudgetLine' });
    expect(validateApplication(filled({ budget: [{ description: 'x', amount: '-5', currency: 'USD', rate: '1' }] }), context).get('budget.0.amount')).toEqual({ key: 'badAmount' });
  });

  it('sends no translation without its language, and no intermediary for a community paid directly', () => {
    const input = toApplicationInput(filled({ translation: 'We need radio equipment.', intermediaryName: 'Ally' }), context);
    expect(input.translation).toBe('');
    expect(input.translationLanguage).toBeNull();
    expect(input.intermediaryName).toBe('');
  });
});
