// The call form's model: a new call's defaults (US$5,000, the computer's zone), the round trip from a stored call, amounts
// and weights as people type them, each schema refusal as a translated key on its own field; and the grants formatting
// helpers (a deadline in the call's time zone, two-decimal scores, new row ids).
import { describe, expect, it } from 'vitest';
import { callInputSchema, type Call } from '../../../common/grants/call.schema.js';
import { emptyCallValues, newCriterion, toCallFormValues, toCallInput, validateCall, type CallFormValues } from '../../../renderer/features/grants/calls/call-form-model.js';
import { formatInZone, formatScore, nextRowId, parseAmount, parseCount, parseWeight, timeZoneChoices } from '../../../renderer/features/grants/grants-format.js';

const ME = { vaultId: 'vault-me', name: 'Ana Torres' };
const BO = { vaultId: 'vault-bo', name: 'Bo Santos' };

/** A call the form would save: one English text, one criterion, two members with a quorum of 2. */
function filled(): CallFormValues {
  const values = emptyCallValues('en', '2027-01-04', 'America/Bogota');
  values.texts = [{ language: 'en', title: 'Seed fund', text: 'Small grants for seeds.' }];
  values.regions = ['latin_america'];
  values.closesDate = '2027-03-31';
  values.envelope = '20000';
  values.rubric = [{ ...newCriterion([]), name: 'Need', levels: ['none', 'a little', 'some', 'clear', 'strong', 'urgent'] }];
  values.workingGroup = [ME, BO];
  values.quorum = '2';
  return values;
}

describe('the call form model', () => {
  it('starts a call open, in the interface language, at US$5,000 a grant, in the given zone, with one empty criterion', () => {
    const values = emptyCallValues('es', '2027-01-04', 'America/Lima');
    expect(values).toMatchObject({ kind: 'open', currency: 'USD', ceiling: '5000', timeZone: 'America/Lima', opensDate: '2027-01-04', opensTime: '09:00', closesTime: '17:00', quorum: '1' });
    expect(values.texts).toEqual([{ language: 'es', title: '', text: '' }]);
    expect(values.rubric).toHaveLength(1);
    expect(values.rubric[0]?.levels).toHaveLength(6);
  });

  it('gives the contract a call its schema accepts, with dates joined to their times and numbers parsed', () => {
    const input = toCallInput(filled());
    expect(input).toMatchObject({ opensAt: '2027-01-04T09:00', closesAt: '2027-03-31T17:00', ceiling: 5000, envelope: 20000, quorum: 2, targets: [] });
    expect(callInputSchema.safeParse(input).success).toBe(true);
    expect(validateCall(filled()).size).toBe(0);
  });

  it('drops the targets of an open call and keeps those of a targeted one', () => {
    const values = filled();
    values.targets = [{ kind: 'community', id: '0190a0e4-1c2b-7d3e-8f40-000000000010' }];
    expect(toCallInput(values).targets).toEqual([]);
    expect(toCallInput({ ...values, kind: 'targeted' }).targets).toHaveLength(1);
  });

  it('reads a stored call back into the form and out again unchanged', () => {
    const input = callInputSchema.parse(toCallInput(filled()));
    const stored = { ...input, state: 'draft', history: [], closesAtInstant: '', opensAtInstant: '', id: 'x', createdAt: '', updatedAt: '', hlc: '', changedBy: '', deletedAt: null } as Call;
    expect(callInputSchema.parse(toCallInput(toCallFormValues(stored)))).toEqual(input);
  });

  it('puts each refusal on its own field, as a translated key', () => {
    const values = filled();
    values.texts = [
      { language: 'en', title: '', text: '' },
      { language: 'en', title: 'Again', text: '' },
    ];
    values.regions = [];
    values.closesDate = '2026-12-01';
    values.ceiling = '30000';
    values.quorum = '3';
    values.rubric = [{ ...newCriterion([]), name: 'Need', weight: 'heavy' }];
    const errors = validateCall(values);
    expect(errors.get('texts.0.title')).toEqual({ key: 'required' });
    expect(errors.get('texts')).toEqual({ key: 'duplicateLanguage' });
    expect(errors.get('regions')).toEqual({ key: 'needRegion' });
    expect(errors.get('closesDate')).toEqual({ key: 'closesBeforeOpens' });
    expect(errors.get('ceiling')).toEqual({ key: 'ceilingOverEnvelope' });
    expect(errors.get('quorum')).toEqual({ key: 'quorumOverGroup' });
    expect(errors.get('rubric.0.weight')).toEqual({ key: 'badWeight' });
  });

  it('asks for a date, a time, amounts and a quorum the form can read before the schema says anything', () => {
    const values = { ...filled(), closesDate: '', opensTime: '', envelope: 'a lot', quorum: 'two' };
    const errors = validateCall(values);
    expect(errors.get('closesDate')).toEqual({ key: 'badDate' });
    expect(errors.get('opensTime')).toEqual({ key: 'badTime' });
    expect(errors.get('envelope')).toEqual({ key: 'badAmount' });
    expect(errors.get('quorum')).toEqual({ key: 'badQuorum' });
  });

  it('needs a community or request for a targeted call', () => {
    expect(validateCall({ ...filled(), kind: 'targeted' }).get('targets')).toEqual({ key: 'targetsRequired' });
  });
});

describe('the grants formatting helpers', () => {
  it('reads amounts typed with either decimal mark and thousands separators', () => {
    expect(parseAmount('5000')).toBe(5000);
    expect(parseAmount('5,000')).toBe(5000);
    expect(parseAmount('5.000')).toBe(5000);
    expect(parseAmount('5 000,50')).toBe(5000.5);
    expect(parseAmount('1.234,56')).toBe(1234.56);
    expect(parseAmount('1,234.56')).toBe(1234.56);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('five')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
  });

  it('reads weights and counts', () => {
    expect(parseWeight('2,5')).toBe(2.5);
    expect(parseWeight('1')).toBe(1);
    expect(parseWeight('x')).toBeNull();
    expect(parseCount(' 3 ')).toBe(3);
    expect(parseCount('2.5')).toBeNull();
  });

  it('writes a deadline as the clock reads in the call’s zone, in the interface language, with the zone named', () => {
    const instant = '2027-03-31T22:00:00.000Z';
    expect(formatInZone(instant, 'America/Bogota', 'en')).toBe('Mar 31, 2027, 5:00 PM (America/Bogota)');
    expect(formatInZone(instant, 'America/Bogota', 'es')).toContain('17:00');
    expect(formatInZone(instant, 'Asia/Manila', 'fr')).toContain('06:00');
    expect(formatInZone('not a date', 'UTC', 'en')).toBe('not a date');
  });

  it('writes scores with two decimals in the interface language', () => {
    expect(formatScore(3, 'en')).toBe('3.00');
    expect(formatScore(2.666, 'pt')).toBe('2,67');
  });

  it('makes a new row id none of the rows has', () => {
    expect(nextRowId('item', [])).toBe('item-1');
    expect(nextRowId('item', ['item-1', 'item-2'])).toBe('item-3');
    expect(nextRowId('item', ['item-3'])).toBe('item-2');
    expect(nextRowId('item', ['item-2', 'x'])).toBe('item-3');
  });

  it('offers every time zone the computer knows, with the call’s own kept', () => {
    const zones = timeZoneChoices(['Mars/Olympus']);
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/Bogota');
    expect(zones).toContain('Mars/Olympus');
  });
});
